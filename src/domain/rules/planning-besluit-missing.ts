import { foldChoice } from '../text';
import type { Rule } from './rule';

/**
 * `planning_besluit_missing`: Doel bespreking asks the council to decide (the profile's
 * besluitDoelBespreking) but Besluitvorming is "n.v.t." — a decision needs a decision meeting.
 */
export const planningBesluitMissingRule: Rule = {
  code: 'planning_besluit_missing',
  check: (context) => {
    if (context.date('planning.besluitvorming').kind !== 'nvt') return [];
    const doel = context.text('doelBespreking');
    if (doel.length > 500 || foldChoice(doel) !== foldChoice(context.profile.besluitDoelBespreking)) return [];
    return [{ field: 'planning.besluitvorming', code: 'planning_besluit_missing', severity: 'error', params: { doel: context.profile.besluitDoelBespreking } }];
  },
};
