import { PLANNING_KEYS } from '../fields';
import type { Rule } from './rule';

/** `planning_all_nvt`: all three BOB phases are "n.v.t." — then the voorstel is never on any agenda. */
export const planningAllNvtRule: Rule = {
  code: 'planning_all_nvt',
  check: (context) =>
    PLANNING_KEYS.every((key) => context.date(key).kind === 'nvt') ? [{ field: null, code: 'planning_all_nvt', severity: 'error' }] : [],
};
