import type { Language, Profile } from '../domain';
import { DEFAULT_PROFILE, loadProfile } from '../domain';
import { DEFAULT_ZIP_LIMITS } from '../document/ooxml';
import type { CliIo } from './io';
import { CLI_TEXTS } from './messages';

const MiB = 1024 * 1024;

/**
 * The most the command line reads of any one file (issue 8, class 6). Above it the file is
 * refused from its size alone, and a read never takes more than the limit plus one byte, so a
 * file that lies about its size or grows while we read costs no more.
 * - A .docx: the zip reader accepts at most `maxTotalBytes` (192 MiB) unpacked, and a zip's
 *   file is never larger than what it unpacks to plus its headers (stored entries are their
 *   bytes, deflated ones smaller; headers of a real document are a few KiB). 200 MiB is that
 *   with room to spare, and a round number in the message.
 * - A values file: the text of one annotatie, twenty fields. Even a toelichting of a hundred
 *   pages is well under 1 MiB; 16 MiB leaves room for anything real and parses in a blink.
 * - A profile: e-mail domains, option lists and house styles, a few KiB; 1 MiB is plenty.
 */
export const READ_LIMITS = {
  docx: Math.max(200 * MiB, DEFAULT_ZIP_LIMITS.maxTotalBytes + MiB),
  values: 16 * MiB,
  profile: 1 * MiB,
} as const;

/** Reading input files for commands: every expected failure is a one-line message, never a stack trace. */
export type Read<T> =
  | { readonly ok: true; readonly value: T }
  /** `size`: for file_too_large, the size found, so a caller can say it in its own words. */
  | { readonly ok: false; readonly code: string; readonly message: string; readonly size?: number };

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/**
 * Why the system refused, in words: an ambtenaar cannot act on "EACCES". Codes we have no words
 * for keep the code, so the message can still be looked up.
 */
export function systemReason(error: unknown, lang: Language): string {
  const code = errorCode(error);
  const words = code === undefined ? undefined : CLI_TEXTS[lang].systemReasons[code];
  if (words !== undefined) return words;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * The bytes of a regular file of at most `limit` bytes, or why not: a folder, a FIFO, a device or
 * a socket is refused before anything is read, a larger file from its size.
 */
export async function readBytes(io: CliIo, path: string, lang: Language, limit: number): Promise<Read<Uint8Array>> {
  const texts = CLI_TEXTS[lang];
  try {
    const read = await io.readFile(path, limit);
    if (read.kind === 'file') return { ok: true, value: read.bytes };
    if (read.kind === 'too-large') return { ok: false, code: 'file_too_large', message: texts.fileTooLarge(path, read.size, limit), size: read.size };
    if (read.what === 'directory') return { ok: false, code: 'file_is_directory', message: texts.fileIsDirectory(path) };
    return { ok: false, code: 'not_a_file', message: texts.notAFile(path, read.what) };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { ok: false, code: 'file_missing', message: texts.fileMissing(path) };
    if (code === 'EISDIR') return { ok: false, code: 'file_is_directory', message: texts.fileIsDirectory(path) };
    return { ok: false, code: 'file_unreadable', message: texts.fileUnreadable(path, systemReason(error, lang)) };
  }
}

/** UTF-8 text of a file, without the byte-order mark Windows editors (Notepad) put in front. */
async function readText(io: CliIo, path: string, lang: Language, limit: number): Promise<Read<string>> {
  const bytes = await readBytes(io, path, lang, limit);
  if (!bytes.ok) return bytes;
  const text = new TextDecoder('utf-8').decode(bytes.value);
  return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A values file (validate VALUES.json, new --from VALUES.json), parsed. */
export async function readJson(io: CliIo, path: string, lang: Language): Promise<Read<unknown>> {
  const text = await readText(io, path, lang, READ_LIMITS.values);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch (error) {
    return { ok: false, code: 'invalid_json', message: CLI_TEXTS[lang].invalidJson(path, error instanceof Error ? error.message : String(error)) };
  }
}

/** The profile named by --profile, or Zoetermeer's when none is given. */
export async function readProfile(io: CliIo, path: string | undefined, lang: Language): Promise<Read<Profile>> {
  if (path === undefined) return { ok: true, value: DEFAULT_PROFILE };
  const text = await readProfileText(io, path, lang);
  if (!text.ok) return text;
  const result = loadProfile(text.value, path, lang);
  return result.ok ? { ok: true, value: result.profile } : { ok: false, code: 'bad_profile', message: CLI_TEXTS[lang].badProfile(result.error) };
}

/** The text of a --profile file, bounded like every read; check hands it on to its workers. */
export function readProfileText(io: CliIo, path: string, lang: Language): Promise<Read<string>> {
  return readText(io, path, lang, READ_LIMITS.profile);
}
