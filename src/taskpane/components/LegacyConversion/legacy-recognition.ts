import type { LegacyTextParagraph } from '../../../document/port';
import { CONFIDENT, looksLikeAnnotatie, recogniseAnnotatie } from '../../../domain/legacy';
import type { LegacyBlock, Recognition } from '../../../domain/legacy';
import type { FieldKey } from '../../../domain/fields';
import type { Profile } from '../../../domain/profile';

/**
 * The document's paragraphs as recogniser input, read both ways: as the author's paragraphs (an
 * old-template Word document) and reflowed (text pasted from a PDF, one paragraph per printed
 * line, as the seed). The reading that finds more fields wins; on a tie, the one with more
 * confidence in total. Recognition is pure and fast (the seed takes milliseconds), so trying
 * both costs nothing the user notices.
 */
export function recogniseParagraphs(paragraphs: readonly LegacyTextParagraph[], profile: Profile): Recognition | null {
  const blocks: LegacyBlock[] = paragraphs.map((paragraph) => ({ kind: 'paragraph', text: paragraph.text, ...(paragraph.heading ? { heading: true } : {}) }));
  const readings = [recogniseAnnotatie({ blocks, reflow: false }, profile), recogniseAnnotatie({ blocks, reflow: true }, profile)];
  const score = (recognition: Recognition): [number, number] => {
    const fields = Object.values(recognition.fields);
    return [fields.length, fields.reduce((sum, field) => sum + (field?.confidence ?? 0), 0)];
  };
  const [a, b] = readings.map(score) as [[number, number], [number, number]];
  const best = b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? readings[1] : readings[0];
  return best && looksLikeAnnotatie(best) ? best : null;
}

/** The fields a user should check: recognised with less than CONFIDENT confidence. */
export function doubtfulFields(recognition: Recognition): ReadonlySet<FieldKey> {
  const keys = Object.entries(recognition.confidence)
    .filter(([, confidence]) => (confidence ?? 1) < CONFIDENT)
    .map(([key]) => key as FieldKey);
  return new Set(keys);
}
