import type { ZipErrorKind } from './zip';
import type { XmlErrorKind } from '../xml/tokenizer';

/**
 * Why a file could not be read as a .docx. Expected failures are values (STYLE habit 4): the
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

const MESSAGES: Readonly<Record<DocxErrorKind, Readonly<Record<'nl' | 'en', string>>>> = {
  not_zip: { nl: 'dit is geen .docx-bestand (geen zip-archief)', en: 'this is not a .docx file (not a zip archive)' },
  encrypted: {
    nl: 'het bestand is met een wachtwoord beveiligd of is een oud .doc-bestand; sla het in Word op als .docx zonder wachtwoord',
    en: 'the file is password-protected or an old .doc file; save it in Word as .docx without a password',
  },
  truncated: { nl: 'het bestand is onvolledig (afgebroken zip-archief)', en: 'the file is incomplete (truncated zip archive)' },
  too_large: {
    nl: 'het bestand pakt uit tot een onredelijk grote omvang en is geweigerd (mogelijk een zip-bom)',
    en: 'the file unpacks to an unreasonable size and was refused (possibly a zip bomb)',
  },
  unsupported: { nl: 'het zip-archief gebruikt een vorm die niet wordt ondersteund', en: 'the zip archive uses an unsupported form' },
  corrupt: { nl: 'het zip-archief is beschadigd', en: 'the zip archive is damaged' },
  not_docx: { nl: 'dit zip-archief is geen Word-document (.docx)', en: 'this zip archive is not a Word document (.docx)' },
  checksum: {
    nl: 'het bestand is beschadigd: de inhoud klopt niet met het controlegetal dat het zip-archief erbij bewaart (bijvoorbeeld na een kopieerfout)',
    en: 'the file is damaged: its content does not match the checksum the zip archive keeps with it (for example after a copying error)',
  },
  duplicate_entry: {
    nl: 'het bestand is beschadigd of gemanipuleerd: het zip-archief bevat twee onderdelen met dezelfde naam, zodat niet vaststaat wat het document zegt',
    en: 'the file is damaged or tampered with: the zip archive holds two parts with the same name, so what the document says is not certain',
  },
  overlapping_entries: {
    nl: 'het bestand is beschadigd of gemanipuleerd: onderdelen van het zip-archief overlappen elkaar (mogelijk een zip-bom)',
    en: 'the file is damaged or tampered with: parts of the zip archive overlap each other (possibly a zip bomb)',
  },
  header_mismatch: {
    nl: 'het bestand is beschadigd of gemanipuleerd: de inhoudsopgave van het zip-archief spreekt de onderdelen zelf tegen',
    en: 'the file is damaged or tampered with: the table of contents of the zip archive contradicts the parts themselves',
  },
  xml_dtd: {
    nl: 'het document bevat een DTD-declaratie; die is geweigerd omdat Word die nooit schrijft (mogelijk een XXE-aanval)',
    en: 'the document contains a DTD declaration; it was refused because Word never writes one (possibly an XXE attack)',
  },
  xml_entity: {
    nl: 'het document verwijst naar een onbekende entiteit en is geweigerd',
    en: 'the document refers to an unknown entity and was refused',
  },
  xml_malformed: { nl: 'de XML in het document is beschadigd', en: 'the XML in the document is damaged' },
  xml_too_deep: {
    nl: 'het document is onredelijk diep genest en is geweigerd; Word maakt zulke documenten niet (mogelijk een aanval)',
    en: 'the document is nested unreasonably deep and was refused; Word does not make such documents (possibly an attack)',
  },
  xml_encoding: {
    nl: 'het bestand is beschadigd: de tekst in het document is niet geldig gecodeerd (geen geldige UTF-8 of UTF-16)',
    en: 'the file is damaged: the text in the document is not validly encoded (not valid UTF-8 or UTF-16)',
  },
};

/** One line for people, without the technical detail. */
export function docxErrorMessage(error: DocxError, lang: 'nl' | 'en'): string {
  return MESSAGES[error.kind][lang];
}
