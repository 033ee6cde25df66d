/**
 * Page furniture: what a printed page carries besides the annotatie — page numbers ("Pagina 2",
 * "2 van 3", "- 2 -") and document numbers ("Z/25/123456", "Kenmerk: 2025-0042"). Such lines
 * belong to no field; the recogniser returns them as unrecognised and reads on across them, so
 * a paragraph broken by a page turn is one paragraph again.
 *
 * Every pattern is anchored, without nested quantifiers, and tried only on lines under 60
 * characters: linear, whatever the input.
 */
// A bare number of four digits is a year (“2021” wrapped off a title), not a page number.
const PAGE_NUMBER = /^(?:(?:(?:pagina|page|blad|blz\.?|p\.)\s*)\d{1,4}|\d{1,3})(?:\s*(?:van|of|\/)\s*\d{1,4})?$/iu;
const DASHED_NUMBER = /^[-–—]\s*\d{1,4}\s*[-–—]$/u;
const DOCUMENT_NUMBER = /^(?:(?:ons\s+)?(?:kenmerk|zaaknummer|documentnummer|registratienummer|corsanummer|nummer|nr\.?|ref\.?)\s*[:.]?\s*)?[\p{L}\d]{0,6}[/\-._]?[\p{L}\d/\-._]*\d{4,}[\p{L}\d/\-._]*$/iu;

export function isPageFurniture(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 60) return false;
  if (PAGE_NUMBER.test(text) || DASHED_NUMBER.test(text)) return true;
  // A document number is one token of letters, digits and separators with at least four digits
  // in a row, and no spaces except after its name. Dates and phone numbers are values, not this.
  // Four digits alone are a year, not a document number.
  if (!DOCUMENT_NUMBER.test(text) || /^\d{1,4}$/u.test(text)) return false;
  return !/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/u.test(text) && !/^\d{4}-\d{1,2}-\d{1,2}$/u.test(text) && !/^[+(]?\d[\d\s()-]{8,}$/u.test(text);
}
