import type { PLANNING_KEYS } from './fields';

/**
 * The three BOB phases by name, as profiles and the meeting calendar name them: the planning
 * field `planning.beeldvorming` is phase `beeldvorming`.
 */
export const PHASES = ['beeldvorming', 'oordeelsvorming', 'besluitvorming'] as const;
export type Phase = (typeof PHASES)[number];
export type PlanningKey = (typeof PLANNING_KEYS)[number];

const PHASE_OF: Readonly<Record<PlanningKey, Phase>> = {
  'planning.beeldvorming': 'beeldvorming',
  'planning.oordeelsvorming': 'oordeelsvorming',
  'planning.besluitvorming': 'besluitvorming',
};

export function phaseOf(key: PlanningKey): Phase {
  return PHASE_OF[key];
}
