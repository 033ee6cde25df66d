/**
 * Runs an async iterator ahead of its consumer, up to `limit` items: the folder walk keeps
 * going while documents are checked, so the progress bar can say how many there are, without
 * the walk of a huge tree piling up every path in memory (at most `limit` wait here).
 */
export interface ReadAhead<T> {
  /** The next item, or undefined at the end. */
  readonly next: () => Promise<T | undefined>;
  /** Resolves once `ready()` holds (checked after every item) or the source has ended. */
  readonly until: (ready: () => boolean) => Promise<void>;
  readonly done: () => boolean;
}

export function readAhead<T>(source: AsyncIterator<T>, limit: number): ReadAhead<T> {
  const queue: T[] = [];
  let head = 0;
  let finished = false;
  let failure: { readonly error: unknown } | undefined;
  let wake: (() => void)[] = [];
  let resume: (() => void) | undefined;

  const notify = (): void => {
    const waiting = wake;
    wake = [];
    for (const resolve of waiting) resolve();
  };
  const changed = (): Promise<void> => new Promise((resolve) => wake.push(resolve));

  void (async () => {
    try {
      for (;;) {
        while (queue.length - head >= limit) await new Promise<void>((resolve) => (resume = resolve));
        const step = await source.next();
        if (step.done === true) break;
        queue.push(step.value);
        notify();
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      notify();
    }
  })();

  return {
    next: async () => {
      while (head === queue.length) {
        if (finished) {
          if (failure !== undefined) throw failure.error;
          return undefined;
        }
        await changed();
      }
      const item = queue[head] as T;
      head += 1;
      // Drop what was consumed now and then, so the array does not keep the whole walk.
      if (head > 1024 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      const waiting = resume;
      resume = undefined;
      waiting?.();
      return item;
    },
    until: async (ready) => {
      while (!ready() && !finished) await changed();
    },
    done: () => finished,
  };
}
