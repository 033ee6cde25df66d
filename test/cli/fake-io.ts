import type { CliIo } from '../../src/cli/io';
import { memoryIo } from './check-memory-io';

export interface Recorded {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/**
 * An in-memory CliIo for the commands that only read (validate): files from a map (missing →
 * ENOENT like node:fs), a path ending in `/` a folder, output recorded, and every write refused
 * as on a read-only disk.
 */
export function fakeIo(files: Readonly<Record<string, string | Uint8Array>> = {}): Recorded {
  const memory = memoryIo(files);
  const readOnly = async (): Promise<never> => Promise.reject(Object.assign(new Error('EROFS: read-only fake'), { code: 'EROFS' }));
  const folder = (path: string): boolean => path.endsWith('/');
  return {
    io: {
      ...memory.io,
      readFile: async (path, maxBytes) => (folder(path) ? { kind: 'not-a-file', what: 'directory' } : memory.io.readFile(path, maxBytes)),
      stat: async (path) => (folder(path) ? { kind: 'directory', size: 0, link: false } : memory.io.stat(path)),
      createExclusive: readOnly,
      link: readOnly,
      rename: readOnly,
      remove: readOnly,
      makeDirectory: readOnly,
    },
    stdout: memory.stdout,
    stderr: memory.stderr,
  };
}
