import type { CliIo } from '../../src/cli/io';

/**
 * An in-memory file system as a CliIo, for the .docx commands (new writes, check walks
 * directories). Directories are implied by the paths of the files in them. Errors carry the
 * node:fs codes the commands translate (ENOENT, EISDIR).
 */
export interface MemoryIo {
  readonly io: CliIo;
  readonly files: Map<string, Uint8Array>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function memoryIo(initial: Readonly<Record<string, string | Uint8Array>> = {}, options: { readonly tty?: boolean } = {}): MemoryIo {
  const files = new Map<string, Uint8Array>(Object.entries(initial).map(([path, data]) => [path, typeof data === 'string' ? new TextEncoder().encode(data) : data]));
  let out = '';
  let err = '';
  const fsError = (code: string, path: string): Error => Object.assign(new Error(`${code}: ${path}`), { code });
  const isDir = (path: string): boolean => [...files.keys()].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
  return {
    files,
    io: {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      readFile: async (path) => {
        const file = files.get(path);
        if (file) return file;
        throw fsError(isDir(path) ? 'EISDIR' : 'ENOENT', path);
      },
      writeFile: async (path, bytes) => {
        if (isDir(path)) throw fsError('EISDIR', path);
        files.set(path, bytes);
      },
      isDirectory: async (path) => {
        if (files.has(path)) return false;
        if (isDir(path)) return true;
        throw fsError('ENOENT', path);
      },
      listDirectory: async (path) => {
        const prefix = `${path.replace(/\/$/, '')}/`;
        const names = new Set<string>();
        for (const file of files.keys()) if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0] ?? '');
        return [...names];
      },
      stderrIsTTY: options.tty ?? false,
    },
    stdout: () => out,
    stderr: () => err,
  };
}
