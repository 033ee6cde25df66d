import type { CliIo } from '../../src/cli/io';

export interface Recorded {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** An in-memory CliIo: files from a map (missing → ENOENT like node:fs), output recorded. */
export function fakeIo(files: Readonly<Record<string, string | Uint8Array>> = {}): Recorded {
  let out = '';
  let err = '';
  const fsError = (code: string, path: string): Error => Object.assign(new Error(`${code}: ${path}`), { code });
  return {
    io: {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      readFile: async (path) => {
        if (path.endsWith('/')) throw fsError('EISDIR', path);
        const file = files[path];
        if (file === undefined) throw fsError('ENOENT', path);
        return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      },
      writeFile: async () => {
        throw fsError('EROFS', 'read-only fake');
      },
      isDirectory: async (path) => path.endsWith('/'),
      listDirectory: async () => [],
      stderrIsTTY: false,
    },
    stdout: () => out,
    stderr: () => err,
  };
}
