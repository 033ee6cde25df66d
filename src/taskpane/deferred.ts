import { createElement, forwardRef, useSyncExternalStore, type ComponentType } from 'react';

/**
 * A chunk the pane shows its first field without, fetched right after (see later.ts).
 *
 * Unlike React.lazy per component, every component of one chunk becomes ready at the same
 * moment: React.lazy suspends each lazy component once even when its module is already there
 * (its first render always throws the pending promise), so an Accordion whose AccordionItems
 * are lazy too would show its fallback twice. Here a component renders synchronously as soon as
 * the chunk has arrived, and before that suspends (its Suspense boundary shows a placeholder).
 * A chunk that does not arrive keeps the placeholders (status 'failed': the pane says so).
 */
export interface DeferredChunk<M> {
  /** Starts the fetch (once); resolves when the chunk is there. Never rejects. */
  load(): Promise<void>;
  status(): 'pending' | 'loaded' | 'failed';
  /** The chunk's module once it has arrived. */
  current(): M | undefined;
  subscribe(listener: () => void): () => void;
  /** A component of the chunk, typed as it, that suspends until the chunk is there. */
  component<K extends keyof M>(name: K): M[K];
}

export function deferredChunk<M extends object>(fetchChunk: () => Promise<M>): DeferredChunk<M> {
  let module: M | undefined;
  let failed = false;
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  // What a suspended component throws: settles once the chunk is there, never when it failed
  // (the placeholders stay; useDeferredChunk tells the pane).
  let arrived: () => void = () => undefined;
  const arrival = new Promise<void>((resolve) => {
    arrived = resolve;
  });

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const load = (): Promise<void> => {
    loading ??= fetchChunk().then(
      (loaded) => {
        module = loaded;
        // Listeners first (the pane's services take the validation core in the same render),
        // then the suspended components retry.
        notify();
        arrived();
      },
      () => {
        failed = true;
        notify();
      },
    );
    return loading;
  };
  const read = (): M => {
    if (module !== undefined) return module;
    void load();
    // Suspense: React retries the component once this settles.
    throw arrival;
  };

  return {
    load,
    status: () => (module !== undefined ? 'loaded' : failed ? 'failed' : 'pending'),
    current: () => module,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    component<K extends keyof M>(name: K): M[K] {
      const Deferred = forwardRef<unknown, Record<string, unknown>>((props, ref) =>
        createElement(read()[name] as ComponentType<Record<string, unknown>>, { ...props, ref }),
      );
      Deferred.displayName = `Deferred(${String(name)})`;
      return Deferred as unknown as M[K];
    },
  };
}

/** The chunk's module in a component, re-rendering it when the chunk arrives or fails. */
export function useDeferredChunk<M>(chunk: DeferredChunk<M>): { readonly module: M | undefined; readonly failed: boolean } {
  const status = useSyncExternalStore(chunk.subscribe, chunk.status, chunk.status);
  return { module: status === 'loaded' ? chunk.current() : undefined, failed: status === 'failed' };
}
