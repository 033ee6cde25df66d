import type { Language } from '../../domain/fields';
import type { PdfErrorKind } from './types';

const MESSAGES: Readonly<Record<PdfErrorKind, Readonly<Record<Language, string>>>> = {
  not_pdf: { nl: 'dit is geen PDF-bestand', en: 'this is not a PDF file' },
  encrypted: {
    nl: 'de PDF is met een wachtwoord beveiligd; sla hem zonder beveiliging op en probeer het opnieuw',
    en: 'the PDF is password-protected; save it without protection and try again',
  },
  corrupt: { nl: 'de PDF is beschadigd', en: 'the PDF is damaged' },
  too_large: { nl: 'de PDF is te groot om te lezen (meer dan 50 MB)', en: 'the PDF is too large to read (over 50 MB)' },
  timeout: {
    nl: 'het lezen van de PDF duurde te lang en is afgebroken (mogelijk een beschadigd of kwaadwillig bestand)',
    en: 'reading the PDF took too long and was stopped (possibly a damaged or malicious file)',
  },
  out_of_memory: {
    nl: 'de PDF vroeg te veel geheugen en is geweigerd (mogelijk een beschadigd of kwaadwillig bestand)',
    en: 'the PDF needed too much memory and was refused (possibly a damaged or malicious file)',
  },
  no_text: {
    nl: 'de PDF bevat geen tekst, alleen afbeeldingen: waarschijnlijk een scan. Laat er eerst tekstherkenning (OCR) op los, of gebruik het Word-document',
    en: 'the PDF holds no text, only images: probably a scan. Run text recognition (OCR) on it first, or use the Word document',
  },
  unavailable: {
    nl: 'PDF-bestanden kunnen niet worden gelezen: pdfjs-dist ontbreekt; voer npm ci uit',
    en: 'PDF files cannot be read: pdfjs-dist is missing; run npm ci',
  },
};

/** One line for people, without the technical detail. */
export function pdfErrorMessage(kind: PdfErrorKind, lang: Language): string {
  return MESSAGES[kind][lang];
}
