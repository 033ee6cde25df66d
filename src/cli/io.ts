import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { link, lstat, mkdir, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { Language } from '../domain/fields';

/** What a path is, as far as the command line cares; links are followed (see PathInfo.link). */
export type PathKind = 'file' | 'directory' | 'fifo' | 'device' | 'socket' | 'other';

export interface PathInfo {
  readonly kind: PathKind;
  /** Bytes, for files; what the file system says now, not what a read will find. */
  readonly size: number;
  /** Whether the path itself is a symbolic link (kind is then its target's). */
  readonly link: boolean;
}

/** One name in a directory, with the kind the directory listing already knows (no stat needed). */
export interface DirEntry {
  readonly name: string;
  /** `link` and `other` need a stat to know what they lead to. */
  readonly kind: 'file' | 'directory' | 'link' | 'other';
}

/**
 * A bounded read (issue 8, class 6): never more than `maxBytes + 1` bytes are read, however
 * large the file says it is or grows while we read, and only regular files are read at all: a
 * FIFO would block forever, `/dev/zero` never ends.
 */
export type FileRead =
  | { readonly kind: 'file'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'not-a-file'; readonly what: Exclude<PathKind, 'file'> };

/** An open file that we create; see atomic-write.ts for how they are used together. */
export interface WriteHandle {
  readonly write: (bytes: Uint8Array) => Promise<void>;
  /** Flushes the file's data to the disk (fsync), so a rename after it never exposes a hole. */
  readonly sync: () => Promise<void>;
  readonly close: () => Promise<void>;
}

/**
 * Everything a command touches outside itself. Commands get this instead of reaching for
 * process and fs, so golden tests can run them in-process, record stdout, stderr and the exit
 * code, and fail any step on purpose. Failures are thrown as node:fs errors (with `code`:
 * ENOENT, EACCES, EEXIST, ENOSPC …); expected outcomes of a read are values (FileRead).
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Resolves once stdout has taken what was written (a slow pipe reader otherwise makes
   * everything we print pile up in memory). Optional: in-memory streams never push back.
   */
  readonly drain?: () => Promise<void>;
  readonly readFile: (path: string, maxBytes: number) => Promise<FileRead>;
  readonly stat: (path: string) => Promise<PathInfo>;
  readonly listDirectory: (path: string) => Promise<readonly DirEntry[]>;
  /**
   * The path with symbolic links resolved, so a folder walk visits each real folder once: a
   * link back to a parent otherwise loops (QA counted one file 11 times). Optional because
   * in-memory test file systems have no links.
   */
  readonly realPath?: (path: string) => Promise<string>;
  /** Creates `path` exclusively (fails with EEXIST when anything is there) and opens it for writing. */
  readonly createExclusive: (path: string) => Promise<WriteHandle>;
  /** A second name for an existing file; fails with EEXIST when `to` exists (atomic, POSIX link(2)). */
  readonly link: (from: string, to: string) => Promise<void>;
  /** Atomically puts `from` in the place of `to`, replacing what was there (POSIX rename(2)). */
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly remove: (path: string) => Promise<void>;
  /** Makes a folder and any missing folders above it (mkdir -p); nothing when it exists. */
  readonly makeDirectory: (path: string) => Promise<void>;
  /** Flushes a directory's entries (fsync of the folder), so a rename survives a power cut. Best effort. */
  readonly syncDirectory?: (path: string) => Promise<void>;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly stderrIsTTY: boolean;
  /**
   * The bundled check worker (lib/cli/check-worker.cjs) and how many threads may run it; absent
   * when checking must stay in this thread (tests, or a machine with one core).
   */
  readonly workers?: { readonly script: string; readonly count: number };
  /**
   * The bundled PDF worker (lib/cli/pdf-worker.cjs) that `import` starts on its first PDF; absent
   * in tests, where pdf-reader.ts finds the built one itself.
   */
  readonly pdfWorker?: string;
}

export interface CommandContext {
  readonly io: CliIo;
  /** Arguments after the command name, with the global --lang option already removed. */
  readonly args: readonly string[];
  readonly lang: Language;
}

/** A command returns its exit code (contract §6): 0 no errors, 1 error findings, 2 usage or file problem. */
export type Command = (context: CommandContext) => Promise<number>;

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

function kindOf(stats: Stats): PathKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/**
 * Opening a FIFO for reading blocks until a writer comes, and stat-then-open leaves a window in
 * which the name can be swapped for one. So the file is opened without blocking (O_NONBLOCK has
 * no effect on regular files, POSIX open(2)) and the open descriptor is what we stat: what we
 * judge is what we read. Windows has no O_NONBLOCK and no FIFOs by that name; 0 there.
 */
const OPEN_FOR_READING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 1024 * 1024;

/**
 * Synchronous on purpose: a check reads thousands of small files, and the promise API costs
 * about 8× the CPU per file (open → stat → read → close, ~130 µs against ~16 µs, measured on
 * 3,000 documents), which made the worker threads slower than one thread. Nothing else waits
 * on this thread meanwhile: the main thread's only other work is writing reports, which wait
 * for the check anyway, and a worker thread is there to do exactly this.
 */
async function boundedRead(path: string, maxBytes: number): Promise<FileRead> {
  await Promise.resolve(); // callers see an answer after they asked, as with real async I/O
  const fd = openSync(path, OPEN_FOR_READING);
  try {
    const stats = fstatSync(fd);
    const kind = kindOf(stats);
    if (kind !== 'file') return { kind: 'not-a-file', what: kind };
    if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
    // Read to the end, but never past maxBytes + 1: a file that grows while we read (a log being
    // written, a sparse file extended) is refused as soon as it is over, not read whole.
    let data = Buffer.allocUnsafe(Math.min(maxBytes + 1, stats.size + 1));
    let length = 0;
    for (;;) {
      if (length === data.length) {
        if (data.length > maxBytes) break;
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, data.length * 2 + CHUNK));
        data.copy(grown, 0, 0, length);
        data = grown;
      }
      const bytesRead = readSync(fd, data, length, Math.min(data.length - length, CHUNK), null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { kind: 'too-large', size: Math.max(stats.size, length) };
    return { kind: 'file', bytes: new Uint8Array(data.buffer, data.byteOffset, length) };
  } finally {
    closeSync(fd);
  }
}

async function pathInfo(path: string): Promise<PathInfo> {
  const own = await lstat(path);
  if (!own.isSymbolicLink()) return { kind: kindOf(own), size: own.size, link: false };
  const target = await stat(path); // ENOENT for a dangling link: the caller says so
  return { kind: kindOf(target), size: target.size, link: true };
}

export interface NodeIoOptions {
  /** Where the bundled check worker is; without it every check runs in this thread. */
  readonly workerScript?: string;
  readonly workerCount?: number;
  /** Where the bundled PDF worker is (see CliIo.pdfWorker). */
  readonly pdfWorkerScript?: string;
}

export function nodeIo(options: NodeIoOptions = {}): CliIo {
  const count = options.workerCount ?? 0;
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    drain: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', resolve)) : Promise.resolve()),
    readFile: boundedRead,
    stat: pathInfo,
    listDirectory: async (path) =>
      (await readdir(path, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        kind: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'link' : 'other',
      })),
    realPath: (path) => realpath(path),
    createExclusive: async (path) => {
      // 'wx' is O_CREAT | O_EXCL: the kernel refuses when the name exists, even a dangling link.
      const handle = await open(path, 'wx', 0o666);
      return {
        write: async (bytes) => {
          await handle.writeFile(bytes);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
    link: (from, to) => link(from, to),
    rename: (from, to) => rename(from, to),
    remove: (path) => unlink(path),
    makeDirectory: async (path) => {
      await mkdir(path, { recursive: true });
    },
    syncDirectory: async (path) => {
      const handle = await open(path, constants.O_RDONLY);
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(options.workerScript !== undefined && count > 1 ? { workers: { script: options.workerScript, count } } : {}),
    ...(options.pdfWorkerScript !== undefined ? { pdfWorker: options.pdfWorkerScript } : {}),
  };
}
