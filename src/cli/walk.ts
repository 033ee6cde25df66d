import { join } from 'node:path';
import type { CliIo, PathInfo } from './io';

/**
 * Why the walk passed something by (issue 8, class 7: every skip is said). `incomplete` ones
 * mean a document may have gone unchecked, so the run ends in exit 2; the others are the
 * ordinary content of a folder, or a second way to something already checked.
 */
export const SKIP_CODES = {
  not_docx: { incomplete: false },
  /** `import DIR`: not a .docx, .pdf or .txt file (the counterpart of not_docx for check). */
  not_importable: { incomplete: false },
  word_lock_file: { incomplete: false },
  link_loop: { incomplete: false },
  already_walked: { incomplete: false },
  broken_link: { incomplete: false },
  vanished: { incomplete: false },
  depth_limit: { incomplete: true },
  folder_unreadable: { incomplete: true },
  unreadable: { incomplete: true },
} as const;

export type SkipCode = keyof typeof SKIP_CODES;

export type WalkEntry =
  /** A document to check (or import): a file of the wanted kind found in a folder, or whatever path was given as a file. */
  | { readonly kind: 'file'; readonly path: string }
  /**
   * Passed by. `detail` is the system's reason (folder_unreadable, unreadable) or the path the
   * folder was already walked as (already_walked).
   */
  | { readonly kind: 'skipped'; readonly path: string; readonly code: SkipCode; readonly detail?: unknown }
  /** A folder that was given and holds no file of the wanted kind at all. */
  | { readonly kind: 'empty'; readonly path: string };

/** A backstop for absurdly deep trees (links are followed once, see walkDocx); real archives are nowhere near this deep. */
export const MAX_DEPTH = 32;

/** Word's owner/lock files (`~$name.docx`) are not documents. */
function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/**
 * Which files a walk is after: `check` wants .docx files, `import` .docx, .pdf and .txt. Every
 * other file is a skip with `otherCode`, so the walk never passes anything by in silence.
 */
export interface WantedFiles {
  readonly accepts: (name: string) => boolean;
  readonly otherCode: Extract<SkipCode, 'not_docx' | 'not_importable'>;
}

const DOCX_FILES: WantedFiles = { accepts: (name) => /\.docx$/i.test(name), otherCode: 'not_docx' };

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * The .docx files under the given paths, one entry at a time and in a stable order: paths as
 * given, folders depth-first with names sorted. Lazy (an async generator), so the first
 * document is checked while the walk has barely begun and a tree of any size costs one folder
 * listing per level. (Memory was not the reason: 25,000 paths in a list take about 4 MB of
 * heap, measured; the reports were what filled memory, see check.ts.) A path given that does not exist, or is not a folder, is yielded as a file:
 * checking it says what is wrong with it. Never throws: what cannot be walked is a skip entry.
 */
export function walkDocx(io: CliIo, paths: readonly string[]): AsyncGenerator<WalkEntry, void, undefined> {
  return walkFiles(io, paths, DOCX_FILES);
}

/** walkDocx for any kind of file (WantedFiles); `import DIR` walks with it. */
export async function* walkFiles(io: CliIo, paths: readonly string[], wanted: WantedFiles): AsyncGenerator<WalkEntry, void, undefined> {
  // Real path of every folder walked → the path it was first walked as: a symlinked folder
  // that leads back to one (a loop, or a second way into the same archive) is walked once.
  const walked = new Map<string, string>();

  const realPathOf = async (path: string): Promise<string> => (io.realPath ? io.realPath(path) : path);

  /** Yields the folder's entries; returns how many documents it held (for "no .docx here"). */
  async function* walk(dir: string, depth: number, ancestors: readonly string[]): AsyncGenerator<WalkEntry, number, undefined> {
    let real: string;
    try {
      real = await realPathOf(dir);
    } catch (error) {
      yield errorCode(error) === 'ENOENT' ? { kind: 'skipped', path: dir, code: 'vanished' } : { kind: 'skipped', path: dir, code: 'folder_unreadable', detail: error };
      return 0;
    }
    const first = walked.get(real);
    if (first !== undefined) {
      yield ancestors.includes(real) ? { kind: 'skipped', path: dir, code: 'link_loop' } : { kind: 'skipped', path: dir, code: 'already_walked', detail: first };
      return 0;
    }
    walked.set(real, dir);
    let entries;
    try {
      entries = [...(await io.listDirectory(dir))].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      yield { kind: 'skipped', path: dir, code: 'folder_unreadable', detail: error };
      return 0;
    }
    let found = 0;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let kind: PathInfo['kind'] | 'file' | 'directory';
      if (entry.kind === 'file' || entry.kind === 'directory') {
        kind = entry.kind;
      } else {
        try {
          kind = (await io.stat(path)).kind;
        } catch (error) {
          const code = errorCode(error);
          if (code === 'ENOENT') yield { kind: 'skipped', path, code: entry.kind === 'link' ? 'broken_link' : 'vanished' };
          else if (code === 'ELOOP') yield { kind: 'skipped', path, code: 'link_loop' };
          else yield { kind: 'skipped', path, code: 'unreadable', detail: error };
          continue;
        }
      }
      if (kind === 'directory') {
        if (depth + 1 > MAX_DEPTH) yield { kind: 'skipped', path, code: 'depth_limit' };
        else found += yield* walk(path, depth + 1, [...ancestors, real]);
      } else if (isLockFile(entry.name)) {
        yield { kind: 'skipped', path, code: 'word_lock_file' };
      } else if (wanted.accepts(entry.name)) {
        // A FIFO or device named .docx is still a "document" to the user: checking it says
        // what it is instead of hanging on it (files.ts reads only regular files).
        found += 1;
        yield { kind: 'file', path };
      } else {
        yield { kind: 'skipped', path, code: wanted.otherCode };
      }
    }
    return found;
  }

  for (const path of paths) {
    let info: PathInfo | undefined;
    try {
      info = await io.stat(path);
    } catch {
      info = undefined; // missing or unreadable: checking it as a file says which
    }
    if (info?.kind !== 'directory') {
      yield { kind: 'file', path };
      continue;
    }
    const before = walked.size;
    const found = yield* walk(path, 0, []);
    // A folder given twice (or inside another given folder) is not "empty" the second time.
    if (found === 0 && walked.size > before) yield { kind: 'empty', path };
  }
}
