import { cleanText, squash } from '../text';

/**
 * `Agendapunt.agendapuntTitel` has `maxLength: 100` in ODS Open Raadsinformatie 2.0.0-beta.4.
 * OpenAPI 3.0 takes maxLength from JSON Schema (Wright draft 00, §5.6), which counts "characters
 * as defined by RFC 7159": Unicode code points, not UTF-16 units, so "😀" counts once though
 * JavaScript's length says 2. ajv counts the same way (its `unicode` option, on by default).
 */
export const ORI_TITLE_MAX = 100;

/** `InformatieObject.titel` allows 200 (same schema). */
export const ORI_INFORMATIEOBJECT_TITLE_MAX = 200;

/**
 * The one-line text a title becomes in the ORI export: characters a document cannot hold and
 * bidi controls removed (as the document writers do), whitespace runs and line breaks one space.
 */
export function oriText(text: string): string {
  return squash(cleanText(text));
}

/** Length in Unicode code points (what JSON Schema's maxLength counts). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // A high surrogate followed by a low one is one code point; a lone surrogate counts alone.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}

/** The first `max` code points of `text`, with "…" as the last one when it was cut. */
export function truncateCodePoints(text: string, max: number): string {
  if (codePointLength(text) <= max) return text;
  let taken = 0;
  let end = 0;
  while (end < text.length && taken < max - 1) {
    const unit = text.charCodeAt(end);
    end += unit >= 0xd800 && unit <= 0xdbff && end + 1 < text.length ? 2 : 1;
    taken += 1;
  }
  return `${text.slice(0, end).trimEnd()}…`;
}
