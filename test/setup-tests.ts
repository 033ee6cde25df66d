// Shared test setup. jsdom lacks ResizeObserver, which Fluent's MessageBar and overflow
// utilities construct on mount; a no-op stand-in is enough because jsdom does no layout.
if (typeof window !== 'undefined') {
  require('@testing-library/jest-dom');
  if (!('ResizeObserver' in window)) {
    class NoLayoutResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;
  }
}
