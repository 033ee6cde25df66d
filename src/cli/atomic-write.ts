import { basename, dirname, join } from 'node:path';
import type { CliIo } from './io';

export type WriteOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'file_exists' }
  | { readonly ok: false; readonly code: 'cannot_write'; readonly error: unknown }
  /** `verify` found the written file wanting; `reason` is what it said. Nothing was put at the path. */
  | { readonly ok: false; readonly code: 'refused'; readonly reason: string };

export interface WriteOptions {
  readonly replace: boolean;
  /**
   * Called with the temporary file once it is complete and flushed, before it gets the name:
   * a reason to refuse it, or undefined to go on. (new and import read their output back here,
   * so what the tool writes is what it reads: issue 8, class 10.)
   */
  readonly verify?: (temporary: string) => Promise<string | undefined>;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** File systems that cannot make a second name for a file (FAT, exFAT, many SMB shares) say so with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** The temporary file: hidden, beside the target (a rename is only atomic within one file system), and never a .docx name, so `check DIR` does not take it for a document. */
function temporaryName(path: string, random: string): string {
  return join(dirname(path), `.${basename(path)}.${random}.tmp`);
}

function randomPart(): string {
  return Math.random().toString(36).slice(2, 10);
}

/**
 * Writes `bytes` to `path` so that no moment leaves a half-written document there (issue 8,
 * class 9): the bytes go to a temporary file in the same folder, are flushed to the disk
 * (fsync), and only then get the name.
 * - Without `replace` the name is taken with link(2), which fails when the name exists:
 *   of two runs writing one path at the same moment exactly one wins, the other is told the
 *   file exists. Where the file system has no hard links, the name is first reserved with an
 *   exclusive create (O_EXCL) and the finished file renamed over the empty reservation.
 * - With `replace` the finished file is renamed over the old one (rename(2) is atomic): until
 *   that moment the old document is untouched, whatever fails (a full disk, a kill).
 * With `verify`, the finished temporary file is judged before either of those; a refusal leaves
 * everything as it was.
 * On any failure the temporary file is removed, and what was at `path` before is still there.
 */
export async function writeAtomically(io: CliIo, path: string, bytes: Uint8Array, options: WriteOptions): Promise<WriteOutcome> {
  // Only what this run created is ever removed: a name taken by someone else is left alone.
  let temporary = '';
  try {
    for (let attempt = 0; ; attempt += 1) {
      const name = temporaryName(path, randomPart());
      try {
        const handle = await io.createExclusive(name);
        temporary = name;
        try {
          await handle.write(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        break;
      } catch (error) {
        // A leftover of ours with the same random name: try another name (a few times).
        if (errorCode(error) === 'EEXIST' && attempt < 4) continue;
        throw error;
      }
    }
  } catch (error) {
    await removeQuietly(io, temporary);
    return { ok: false, code: 'cannot_write', error };
  }

  if (options.verify !== undefined) {
    let reason: string | undefined;
    try {
      reason = await options.verify(temporary);
    } catch (error) {
      await removeQuietly(io, temporary);
      return { ok: false, code: 'cannot_write', error };
    }
    if (reason !== undefined) {
      await removeQuietly(io, temporary);
      return { ok: false, code: 'refused', reason };
    }
  }

  let reserved = false;
  try {
    if (options.replace) {
      await io.rename(temporary, path);
    } else {
      try {
        await io.link(temporary, path);
        await removeQuietly(io, temporary);
      } catch (error) {
        if (!NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error;
        const reservation = await io.createExclusive(path);
        reserved = true;
        await reservation.close();
        await io.rename(temporary, path);
      }
    }
  } catch (error) {
    await removeQuietly(io, temporary);
    if (reserved) await removeQuietly(io, path); // our own empty reservation, never the user's file
    return errorCode(error) === 'EEXIST' ? { ok: false, code: 'file_exists' } : { ok: false, code: 'cannot_write', error };
  }
  // The new name is in the folder's entries: flush those too, or a power cut can lose the rename.
  try {
    await io.syncDirectory?.(dirname(path));
  } catch {
    // Some file systems (and Windows) cannot open a folder for this; the file itself is flushed.
  }
  return { ok: true };
}

async function removeQuietly(io: CliIo, path: string): Promise<void> {
  if (path === '') return;
  try {
    await io.remove(path);
  } catch {
    // Already gone, or never created: nothing to clean up.
  }
}
