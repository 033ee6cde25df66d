/**
 * Pins the clock's date for tests that run code which reads today from the clock (validation
 * without an explicit `today`: the CLI without --today, the task pane). Only `Date` is faked;
 * timers, microtasks and I/O run for real, so async code and Testing Library behave as usual.
 *
 * The default is the day the seed annotatie was written (1 September 2025, a Monday), before its
 * planning dates: tests written in 2025 keep their meaning once those dates are in the past.
 */
export const SEED_DAY = new Date('2025-09-01T10:00:00Z');

const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/** Call at the top of a describe or file: fakes Date from beforeAll to afterAll. */
export function pinClock(now: Date = SEED_DAY): void {
  beforeAll(() => {
    jest.useFakeTimers({ now, doNotFake: [...REAL_TIMERS] });
  });
  afterAll(() => {
    jest.useRealTimers();
  });
}
