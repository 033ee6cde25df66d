import type { CliIo, DirEntry, FileRead, PathKind, WriteHandle } from '../../src/cli/io';

/**
 * An in-memory file system as a CliIo, for the commands (new writes, check walks directories).
 * Directories are implied by the paths of the files in them. Errors carry the node:fs codes the
 * commands translate (ENOENT, EEXIST, EISDIR). `log` records, in order, every file read and
 * every write to stdout, so a test can see that output streams.
 */
export interface MemoryIo {
  readonly io: CliIo;
  readonly files: Map<string, Uint8Array>;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** `read <path>` and `stdout` events, in the order they happened. */
  readonly log: string[];
}

export interface MemoryIoOptions {
  readonly tty?: boolean;
  /** Paths that are not regular files (a FIFO, a device, a socket): listed, never readable. */
  readonly special?: Readonly<Record<string, Exclude<PathKind, 'file' | 'directory'>>>;
}

export function memoryIo(initial: Readonly<Record<string, string | Uint8Array>> = {}, options: MemoryIoOptions = {}): MemoryIo {
  const files = new Map<string, Uint8Array>(Object.entries(initial).map(([path, data]) => [path, typeof data === 'string' ? new TextEncoder().encode(data) : data]));
  const special = new Map(Object.entries(options.special ?? {}));
  const log: string[] = [];
  let out = '';
  let err = '';
  const fsError = (code: string, path: string): Error => Object.assign(new Error(`${code}: ${path}`), { code });
  const paths = (): string[] => [...files.keys(), ...special.keys()];
  const isDir = (path: string): boolean => paths().some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
  const exists = (path: string): boolean => files.has(path) || special.has(path) || isDir(path);
  const kindOf = (path: string): PathKind => {
    if (files.has(path)) return 'file';
    const other = special.get(path);
    if (other !== undefined) return other;
    if (isDir(path)) return 'directory';
    throw fsError('ENOENT', path);
  };
  return {
    files,
    log,
    io: {
      stdout: (text) => {
        log.push('stdout');
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      readFile: async (path, maxBytes): Promise<FileRead> => {
        log.push(`read ${path}`);
        const kind = kindOf(path);
        if (kind !== 'file') return { kind: 'not-a-file', what: kind };
        const bytes = files.get(path) ?? new Uint8Array();
        return bytes.length > maxBytes ? { kind: 'too-large', size: bytes.length } : { kind: 'file', bytes };
      },
      stat: async (path) => {
        const kind = kindOf(path);
        return { kind, size: files.get(path)?.length ?? 0, link: false };
      },
      listDirectory: async (path) => {
        if (!isDir(path)) throw fsError(exists(path) ? 'ENOTDIR' : 'ENOENT', path);
        const prefix = `${path.replace(/\/$/, '')}/`;
        const names = new Map<string, DirEntry>();
        for (const file of paths()) {
          if (!file.startsWith(prefix)) continue;
          const [name = '', ...deeper] = file.slice(prefix.length).split('/');
          const kind = deeper.length > 0 ? 'directory' : files.has(file) ? 'file' : 'other';
          names.set(name, { name, kind });
        }
        return [...names.values()];
      },
      createExclusive: async (path): Promise<WriteHandle> => {
        if (exists(path)) throw fsError('EEXIST', path);
        files.set(path, new Uint8Array());
        return {
          write: async (bytes) => {
            const before = files.get(path) ?? new Uint8Array();
            const after = new Uint8Array(before.length + bytes.length);
            after.set(before);
            after.set(bytes, before.length);
            files.set(path, after);
          },
          sync: async () => undefined,
          close: async () => undefined,
        };
      },
      link: async (from, to) => {
        const bytes = files.get(from);
        if (bytes === undefined) throw fsError('ENOENT', from);
        if (exists(to)) throw fsError('EEXIST', to);
        files.set(to, bytes);
      },
      rename: async (from, to) => {
        const bytes = files.get(from);
        if (bytes === undefined) throw fsError('ENOENT', from);
        if (isDir(to)) throw fsError('EISDIR', to);
        files.set(to, bytes);
        files.delete(from);
      },
      remove: async (path) => {
        if (!files.delete(path)) throw fsError('ENOENT', path);
      },
      // Folders are implied by the files in them; one that is a file already is refused as on disk.
      makeDirectory: async (path) => {
        if (files.has(path) || special.has(path)) throw fsError('EEXIST', path);
      },
      stderrIsTTY: options.tty ?? false,
    },
    stdout: () => out,
    stderr: () => err,
  };
}
