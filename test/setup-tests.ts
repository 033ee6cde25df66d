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
  // jsdom has no TextDecoder/TextEncoder, which every browser Word runs in has; Node's are the
  // same WHATWG classes, so the .docx and schema code behaves here as it does in the pane.
  if (!('TextDecoder' in globalThis)) {
    const { TextDecoder, TextEncoder } = require('node:util') as Pick<typeof globalThis, 'TextDecoder' | 'TextEncoder'>;
    Object.assign(globalThis, { TextDecoder, TextEncoder });
  }
}
