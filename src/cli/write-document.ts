import type { Language } from '../domain/fields';
import { DEFAULT_ZIP_LIMITS, docxErrorMessage, readDocx } from '../document/ooxml';
import type { CliIo } from './io';
import type { Failure } from './failure';
import { READ_LIMITS, readBytes, systemReason } from './files';
import { writeAtomically } from './atomic-write';
import { DOCX_TEXTS } from './docx-texts';
import { byteSize } from './messages';

/**
 * Writes a .docx that `new` or `import --out` made: atomically (atomic-write.ts; exclusive
 * unless `replace`), and only if it reads back. Before the file gets its name, the temporary
 * file is read from the disk the way `check` reads a document (bounded by READ_LIMITS.docx, then
 * readDocx with the default limits) and must hold an annotatie. The writer has no limit of its
 * own, so a value of some 14 million `&` (70 MB once escaped) makes a part larger than the
 * reader's 64 MiB (issue 8, class 10: what the tool writes, it must read); a short write on a
 * network share is caught the same way. Undefined when written, else the failure to report.
 */
export async function writeDocument(io: CliIo, path: string, bytes: Uint8Array, options: { readonly replace: boolean; readonly lang: Language }): Promise<Failure | undefined> {
  const { lang } = options;
  const texts = DOCX_TEXTS[lang];
  const verify = async (temporary: string): Promise<string | undefined> => {
    const written = await readBytes(io, temporary, lang, READ_LIMITS.docx);
    if (!written.ok) {
      if (written.code === 'file_too_large') return texts.outputTooLarge(path, byteSize(READ_LIMITS.docx, lang));
      return texts.outputUnreadable(path, written.message);
    }
    const read = readDocx(written.value);
    if (read.status === 'annotatie') return undefined;
    if (read.status === 'no-annotatie') return texts.outputUnreadable(path, texts.outputWithoutAnnotatie);
    if (read.error.kind === 'too_large') return texts.outputTooLarge(path, byteSize(DEFAULT_ZIP_LIMITS.maxEntryBytes, lang));
    return texts.outputUnreadable(path, docxErrorMessage(read.error, lang));
  };
  const result = await writeAtomically(io, path, bytes, { replace: options.replace, verify });
  if (result.ok) return undefined;
  if (result.code === 'file_exists') return { code: 'file_exists', message: texts.exists(path) };
  if (result.code === 'refused') return { code: 'output_unreadable', message: result.reason };
  return { code: 'cannot_write', message: texts.cannotWrite(path, systemReason(result.error, lang)) };
}
