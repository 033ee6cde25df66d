import type { Finding, Language, Profile, ValidationContext } from '../../domain';
import { validate } from '../../domain';
import { docxErrorMessage, readDocx } from '../../document/ooxml';
import type { AnnotatieRead, DocxError } from '../../document/ooxml';
import type { CliIo } from '../io';
import { READ_LIMITS, readBytes } from '../files';
import { DOCX_TEXTS } from '../docx-texts';

export { DOCX_TEXTS } from '../docx-texts';

export type DocumentOutcome =
  | { readonly status: 'annotatie'; readonly read: AnnotatieRead; readonly findings: readonly Finding[] }
  | { readonly status: 'no-annotatie'; readonly message: string }
  | { readonly status: 'unreadable'; readonly message: string; readonly code: string; readonly error?: DocxError };

/**
 * Reads and checks one document (what `check` and `export` share): the document findings
 * (control_missing/duplicate) plus the domain's validation of the values. A field whose
 * control is missing gets control_missing only, not also `required`: one cause, one finding.
 * The file is read bounded (READ_LIMITS.docx): a FIFO, a device or a file above the limit is
 * refused before it costs anything.
 */
export async function checkDocument(io: CliIo, file: string, profile: Profile, lang: Language, context: ValidationContext = {}): Promise<DocumentOutcome> {
  const texts = DOCX_TEXTS[lang];
  const bytes = await readBytes(io, file, lang, READ_LIMITS.docx);
  if (!bytes.ok) return { status: 'unreadable', message: bytes.message, code: bytes.code };
  const read = readDocx(bytes.value);
  if (read.status === 'unreadable') return { status: 'unreadable', message: texts.unreadable(file, docxErrorMessage(read.error, lang)), code: read.error.kind, error: read.error };
  if (read.status === 'no-annotatie') return { status: 'no-annotatie', message: texts.noAnnotatie(file) };
  const missing = new Set(read.findings.filter((finding) => finding.code === 'control_missing').map((finding) => finding.field));
  const findings = [...read.findings, ...validate(read.values, profile, context).filter((finding) => !(finding.code === 'required' && missing.has(finding.field)))];
  return { status: 'annotatie', read, findings };
}
