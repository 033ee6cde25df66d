import type { Recognition } from './types';

/**
 * Whether a recognition found an annotatie at all: at least three fields, at least one of them
 * found by its own label. A letter or a report with one word that happens to be a label
 * ("Inleiding") does not count, so `import` says "no annotatie recognised" instead of
 * writing a nearly empty document.
 */
export function looksLikeAnnotatie(recognition: Recognition): boolean {
  const fields = Object.values(recognition.fields);
  return fields.length >= 3 && fields.some((field) => field?.label !== null && field?.label !== undefined);
}
