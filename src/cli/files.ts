import type { Language, Profile } from '../domain';
import { DEFAULT_PROFILE, loadProfile } from '../domain';
import type { CliIo } from './io';
import { CLI_TEXTS } from './messages';

/** Reading input files for commands: every expected failure is a one-line message, never a stack trace. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string; readonly message: string };

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

export async function readBytes(io: CliIo, path: string, lang: Language): Promise<Read<Uint8Array>> {
  const texts = CLI_TEXTS[lang];
  try {
    return { ok: true, value: await io.readFile(path) };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { ok: false, code: 'file_missing', message: texts.fileMissing(path) };
    if (code === 'EISDIR') return { ok: false, code: 'file_is_directory', message: texts.fileIsDirectory(path) };
    return { ok: false, code: 'file_unreadable', message: texts.fileUnreadable(path, systemReason(error, lang)) };
  }
}

/** UTF-8 text of a file, without the byte-order mark Windows editors (Notepad) put in front. */
export async function readText(io: CliIo, path: string, lang: Language): Promise<Read<string>> {
  const bytes = await readBytes(io, path, lang);
  if (!bytes.ok) return bytes;
  const text = new TextDecoder('utf-8').decode(bytes.value);
  return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export async function readJson(io: CliIo, path: string, lang: Language): Promise<Read<unknown>> {
  const text = await readText(io, path, lang);
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
  const text = await readText(io, path, lang);
  if (!text.ok) return text;
  const result = loadProfile(text.value, path, lang);
  return result.ok ? { ok: true, value: result.profile } : { ok: false, code: 'bad_profile', message: CLI_TEXTS[lang].badProfile(result.error) };
}
