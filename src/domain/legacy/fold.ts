/**
 * Comparison forms for labels. OCR and typists vary spacing, case, punctuation and accents
 * ("Mede-portefeuillehouder (s)", "DOEL BESPREKING:", "Achtergrond informatie"); folding keeps
 * only the letters and digits, lower-cased and without accents, so all of those compare equal.
 */
export function foldLabel(text: string): string {
  let out = '';
  // NFKD splits "é" into e + accent (dropped below) and ligatures such as "ﬁ" into "fi".
  const decomposed = text.length > 400 ? text.slice(0, 400).normalize('NFKD') : text.normalize('NFKD');
  for (let index = 0; index < decomposed.length; index += 1) {
    const code = decomposed.charCodeAt(index);
    if (code >= 97 && code <= 122) out += decomposed[index];
    else if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if (code >= 48 && code <= 57) out += decomposed[index];
  }
  return out;
}

/** Longest string boundedDistance compares; labels fold to under 40 characters. */
const MAX_COMPARED = 48;

/**
 * Levenshtein distance between a and b if it is at most `max`, else max + 1. Strings longer than
 * MAX_COMPARED never match (max + 1), so one call costs at most 48 × 48 steps, and it stops as
 * soon as a whole row exceeds `max`: fuzzy matching stays linear in the size of the document
 * however it was damaged.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || a.length > MAX_COMPARED || b.length > MAX_COMPARED) return max + 1;
  if (a === b) return 0;
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/**
 * How many edits a label of this folded length may have and still count: none for short
 * labels (two edits turn "kern" into another word), up to three for long ones
 * ("achtergrondinformatie"). A guess at OCR damage that still leaves one label nearest.
 */
export function allowedEdits(length: number): number {
  if (length < 6) return 0;
  if (length < 10) return 1;
  if (length < 16) return 2;
  return 3;
}
