import { failureKindText, type ChangeActionOutcome, type NotDoneReason } from '../../../document/port';
import { FIELDS, fieldByKey, type FieldKey, type Language } from '../../../domain/fields';
import type { FieldChange } from '../../../domain/review';
import { countText, dateTimeText, t, type ReviewStringKey as StringKey } from '../../i18n-review';

/**
 * The Controle tab's sentences about tracked changes and what an accept or reject did: pure, so
 * they are tested per case without rendering. The words themselves are in i18n-review.ts.
 */

export function changeTypeText(language: Language, type: FieldChange['type']): string {
  return t(language, type === 'insert' ? 'changeInserted' : 'changeDeleted');
}

/** A change's date in the UI language's style, or "datum onbekend" (w:date is optional). */
export function changeDateText(language: Language, iso: string | null): string {
  if (iso === null) return t(language, 'unknownDate');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? t(language, 'unknownDate') : dateTimeText(language, date);
}

export function authorText(language: Language, author: string): string {
  return author.trim() === '' ? t(language, 'unknownAuthor') : author;
}

/** Longer texts shortened for a button's name or a list: the full text is on screen anyway. */
function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "ingevoegd “Voorstel agenderen als debatstuk” door Griffie Zoetermeer". */
export function describeChange(language: Language, change: FieldChange): string {
  return t(language, 'changeDescription', {
    type: t(language, change.type === 'insert' ? 'changeInsertedLower' : 'changeDeletedLower'),
    text: change.text === null ? t(language, 'changeTextUnknown') : short(change.text),
    author: authorText(language, change.author),
  });
}

/** Field labels in field order, each once. */
function fieldList(language: Language, keys: readonly FieldKey[]): string {
  return FIELDS.filter((field) => keys.includes(field.key))
    .map((field) => fieldByKey(field.key).label[language])
    .join(', ');
}

const NOT_DONE: Readonly<Record<NotDoneReason, StringKey>> = {
  locked: 'notDoneLocked',
  changed: 'notDoneChanged',
  controlMissing: 'notDoneMissing',
  refused: 'notDoneRefused',
};

export interface OutcomeText {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly lines: readonly string[];
}

/**
 * What the user reads after an accept or reject, told honestly: how many were done, what was
 * not done and why (per reason, with the fields), and what Word did beyond what was shown (a
 * co-author's newer change in a field accepted as a whole).
 */
export function outcomeText(language: Language, outcome: ChangeActionOutcome): OutcomeText {
  const accept = outcome.action === 'accept';
  const done = outcome.done.length;
  const lines: string[] = [];
  if (done > 0) lines.push(accept ? countText(language, 'acceptedOne', 'acceptedMany', done) : countText(language, 'rejectedOne', 'rejectedMany', done));
  else lines.push(t(language, accept ? 'noneAccepted' : 'noneRejected'));
  for (const reason of ['locked', 'changed', 'controlMissing', 'refused'] as const) {
    const fields = outcome.notDone.filter((entry) => entry.reason === reason).map((entry) => entry.change.field);
    if (fields.length === 0) continue;
    const refusal = outcome.refusal ? failureKindText(outcome.refusal.kind, language) : '';
    lines.push(t(language, NOT_DONE[reason], { fields: fieldList(language, fields), reason: refusal }).trim());
  }
  if (outcome.unexpected.length > 0) {
    const changes = outcome.unexpected.map((change) => `${fieldByKey(change.field).label[language]}: ${describeChange(language, change)}`).join('; ');
    lines.push(t(language, accept ? 'unexpectedAccepted' : 'unexpectedRejected', { changes }));
  }
  const troubled = outcome.notDone.length > 0 || outcome.unexpected.length > 0;
  const intent = done === 0 && outcome.notDone.length > 0 ? 'error' : troubled ? 'warning' : done === 0 ? 'info' : 'success';
  return { intent, lines };
}
