import type { Language, MessageSet } from '../../domain/i18n';
import type { PdfErrorKind } from './types';

/** One line for people per kind, per language (a clause: the CLI puts the file name before it). */
export const PDF_ERROR_TEXTS: MessageSet<PdfErrorKind> = {
  nl: {
    not_pdf: 'dit is geen PDF-bestand',
    encrypted: 'de PDF is met een wachtwoord beveiligd; sla hem zonder beveiliging op en probeer het opnieuw',
    corrupt: 'de PDF is beschadigd',
    too_large: 'de PDF is te groot om te lezen (meer dan 50 MB)',
    timeout: 'het lezen van de PDF duurde te lang en is afgebroken (mogelijk een beschadigd of kwaadwillig bestand)',
    out_of_memory: 'de PDF vroeg te veel geheugen en is geweigerd (mogelijk een beschadigd of kwaadwillig bestand)',
    no_text: 'de PDF bevat geen tekst, alleen afbeeldingen: waarschijnlijk een scan. Laat er eerst tekstherkenning (OCR) op los, of gebruik het Word-document',
    unavailable: 'PDF-bestanden kunnen niet worden gelezen: pdfjs-dist ontbreekt; voer npm ci uit',
  },
  en: {
    not_pdf: 'this is not a PDF file',
    encrypted: 'the PDF is password-protected; save it without protection and try again',
    corrupt: 'the PDF is damaged',
    too_large: 'the PDF is too large to read (over 50 MB)',
    timeout: 'reading the PDF took too long and was stopped (possibly a damaged or malicious file)',
    out_of_memory: 'the PDF needed too much memory and was refused (possibly a damaged or malicious file)',
    no_text: 'the PDF holds no text, only images: probably a scan. Run text recognition (OCR) on it first, or use the Word document',
    unavailable: 'PDF files cannot be read: pdfjs-dist is missing; run npm ci',
  },
};

/** One line for people, without the technical detail. */
export function pdfErrorMessage(kind: PdfErrorKind, lang: Language): string {
  return PDF_ERROR_TEXTS[lang][kind];
}
