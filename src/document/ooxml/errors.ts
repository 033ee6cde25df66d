import type { Language, MessageSet } from '../../domain/i18n';
import type { ZipErrorKind } from './zip';
import type { XmlErrorKind } from '../xml/tokenizer';

/**
 * Why a file could not be read as a .docx. Expected failures are values, not exceptions: the
 * reader returns one of these; the CLI turns it into one Dutch (or English) line and exit 2.
 */
export type DocxErrorKind =
  | ZipErrorKind
  /** A zip, but no Word document: no [Content_Types].xml or no WordprocessingML main document part. */
  | 'not_docx'
  | `xml_${XmlErrorKind}`;

export interface DocxError {
  readonly kind: DocxErrorKind;
  /** Technical detail (entry name, offset) for --json output and bug reports; not for end users. */
  readonly detail: string;
}

/** The one line for people per kind, per language (a clause: the CLI puts the file name before it). */
export const DOCX_ERROR_TEXTS: MessageSet<DocxErrorKind> = {
  nl: {
    not_zip: 'dit is geen .docx-bestand (geen zip-archief)',
    encrypted: 'het bestand is met een wachtwoord beveiligd of is een oud .doc-bestand; sla het in Word op als .docx zonder wachtwoord',
    truncated: 'het bestand is onvolledig (afgebroken zip-archief)',
    too_large: 'het bestand pakt uit tot een onredelijk grote omvang en is geweigerd (mogelijk een zip-bom)',
    unsupported: 'het zip-archief gebruikt een vorm die niet wordt ondersteund',
    corrupt: 'het zip-archief is beschadigd',
    not_docx: 'dit zip-archief is geen Word-document (.docx)',
    checksum: 'het bestand is beschadigd: de inhoud klopt niet met het controlegetal dat het zip-archief erbij bewaart (bijvoorbeeld na een kopieerfout)',
    duplicate_entry: 'het bestand is beschadigd of gemanipuleerd: het zip-archief bevat twee onderdelen met dezelfde naam, zodat niet vaststaat wat het document zegt',
    overlapping_entries: 'het bestand is beschadigd of gemanipuleerd: onderdelen van het zip-archief overlappen elkaar (mogelijk een zip-bom)',
    header_mismatch: 'het bestand is beschadigd of gemanipuleerd: de inhoudsopgave van het zip-archief spreekt de onderdelen zelf tegen',
    xml_dtd: 'het document bevat een DTD-declaratie; die is geweigerd omdat Word die nooit schrijft (mogelijk een XXE-aanval)',
    xml_entity: 'het document verwijst naar een onbekende entiteit en is geweigerd',
    xml_malformed: 'de XML in het document is beschadigd',
    xml_too_deep: 'het document is onredelijk diep genest en is geweigerd; Word maakt zulke documenten niet (mogelijk een aanval)',
    xml_encoding: 'het bestand is beschadigd: de tekst in het document is niet geldig gecodeerd (geen geldige UTF-8 of UTF-16)',
  },
  en: {
    not_zip: 'this is not a .docx file (not a zip archive)',
    encrypted: 'the file is password-protected or an old .doc file; save it in Word as .docx without a password',
    truncated: 'the file is incomplete (truncated zip archive)',
    too_large: 'the file unpacks to an unreasonable size and was refused (possibly a zip bomb)',
    unsupported: 'the zip archive uses an unsupported form',
    corrupt: 'the zip archive is damaged',
    not_docx: 'this zip archive is not a Word document (.docx)',
    checksum: 'the file is damaged: its content does not match the checksum the zip archive keeps with it (for example after a copying error)',
    duplicate_entry: 'the file is damaged or tampered with: the zip archive holds two parts with the same name, so what the document says is not certain',
    overlapping_entries: 'the file is damaged or tampered with: parts of the zip archive overlap each other (possibly a zip bomb)',
    header_mismatch: 'the file is damaged or tampered with: the table of contents of the zip archive contradicts the parts themselves',
    xml_dtd: 'the document contains a DTD declaration; it was refused because Word never writes one (possibly an XXE attack)',
    xml_entity: 'the document refers to an unknown entity and was refused',
    xml_malformed: 'the XML in the document is damaged',
    xml_too_deep: 'the document is nested unreasonably deep and was refused; Word does not make such documents (possibly an attack)',
    xml_encoding: 'the file is damaged: the text in the document is not validly encoded (not valid UTF-8 or UTF-16)',
  },
};

/** One line for people, without the technical detail. */
export function docxErrorMessage(error: DocxError, lang: Language): string {
  return DOCX_ERROR_TEXTS[lang][error.kind];
}
