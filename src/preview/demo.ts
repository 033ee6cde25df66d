import type { AnnotatieDocument, WordResult, WriteOutcome } from '../document/port';
import type { FakeWord } from '../document/word/fake';
import { FIELD_KEYS, isFieldKey, type AnnotatieValues, type FieldKey } from '../domain/fields';
import type { Profile } from '../domain/profile';
// The seed annotatie (contract §1) as values, typo included: the document the product was
// specified on (provenance in docs/taskpane.md, "The seed"). It lives here because the preview
// ships it; the tests and benches import this same file rather than a copy of their own.
import seedJson from './seed.json';
import { LEGACY_DEMO_PARAGRAPHS } from './legacy-demo';

export type DemoName = 'seed' | 'empty' | 'legacy';

/**
 * Who the preview's user is in tracked changes: what the pane writes and what they type in the
 * rendered document, as Word attributes both to the signed-in user.
 */
export const PREVIEW_AUTHOR = 'Gebruiker preview';
/** The demo document's file name, as Word would know it (the `file` of the hand-off). */
export const DEMO_DOCUMENT_NAMES: Readonly<Record<DemoName, string>> = {
  seed: 'Raadsvoorstel arbeidsmigranten.docx',
  empty: 'Nieuw raadsvoorstel.docx',
  legacy: 'Annotatie oude vorm.docx',
};

/**
 * The made-up vergaderkalender the preview plans against under Zoetermeer's embedded profile
 * (profiles/README.md: a copy of test/fixtures/calendar/zoetermeer-2025.ics), so whoever tries
 * the preview sees the meeting days marked and planning_no_meeting with its fix. The real pane
 * fetches a calendar only when a municipality's profile names one (`calendar.url`).
 */
export const DEMO_CALENDAR_URL = 'profiles/zoetermeer-2025-voorbeeld.ics';

/** Zoetermeer's profile with the demo calendar; other profiles as they are. */
export function withDemoCalendar(profile: Profile): Profile {
  if (profile.calendar === undefined || profile.calendar.url !== undefined) return profile;
  return { ...profile, calendar: { ...profile.calendar, url: DEMO_CALENDAR_URL } };
}

/** Who filled in Advies commissie in the seed demo, with track changes on. */
const GRIFFIE_AUTHOR = 'Griffie Zoetermeer';

function seedValues(): AnnotatieValues {
  const values: Partial<Record<FieldKey, string>> = {};
  for (const [key, value] of Object.entries(seedJson as Record<string, unknown>)) {
    if (isFieldKey(key) && typeof value === 'string') values[key] = value;
  }
  return values;
}

const SEED_VALUES: AnnotatieValues = seedValues();

/**
 * Puts the demo document into the Word fake through the REAL Word layer (insertTemplate), then
 * plays the griffie's part as a Word user would: track changes on, Advies commissie typed in.
 */
export async function setUpDemo(fake: FakeWord, document: AnnotatieDocument, demo: DemoName): Promise<void> {
  if (demo === 'legacy') {
    // An annotatie written before the add-in: text only, no controls (see legacy-demo.ts).
    fake.user.setParagraphs(LEGACY_DEMO_PARAGRAPHS);
    fake.user.placeCursor(0);
    return;
  }
  fake.user.setParagraphs(['Raadsvoorstel', '']);
  fake.user.placeCursor(1);
  if (demo === 'empty') return;
  const { adviesCommissie, ...rest } = SEED_VALUES;
  const inserted = await document.insertTemplate(rest, 'cursor');
  // A programmer error in the preview itself (the fake refused its own template).
  if (!inserted.ok) throw new Error(`demo: insertTemplate failed: ${JSON.stringify(inserted.failure)}`);
  fake.user.setTracking('TrackAll');
  fake.user.setAuthor(GRIFFIE_AUTHOR);
  fake.user.typeInControl('annotatie.adviesCommissie', adviesCommissie ?? '');
  fake.user.setAuthor(PREVIEW_AUTHOR);
}

/**
 * The fake document lives in memory, so the preview remembers what the pane saved into it and
 * writes it again after a reload: "save, reload, values back" works as it does in a real file.
 */
export interface SavedEdits {
  load(): AnnotatieValues;
  add(values: AnnotatieValues): void;
  clear(): void;
}

/** `name`: the demo, with the profile file when the preview runs under another municipality's. */
export function savedEdits(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, name: string): SavedEdits {
  const key = `annotatie.preview.saved.${name}`;
  const load = (): AnnotatieValues => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '{}');
      if (typeof parsed !== 'object' || parsed === null) return {};
      const values: Partial<Record<FieldKey, string>> = {};
      for (const [name, value] of Object.entries(parsed)) if (isFieldKey(name) && typeof value === 'string') values[name] = value;
      return values;
    } catch {
      return {};
    }
  };
  return {
    load,
    add(values) {
      try {
        storage.setItem(key, JSON.stringify({ ...load(), ...values }));
      } catch {
        // Storage blocked: the preview forgets on reload, as an unsaved document would.
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

/** The document the pane gets in the preview: the Word layer, remembering successful writes. */
export function rememberingWrites(document: AnnotatieDocument, edits: SavedEdits): AnnotatieDocument {
  return {
    detect: () => document.detect(),
    read: () => document.read(),
    insertTemplate: (values, where) => document.insertTemplate(values, where),
    select: (key) => document.select(key),
    repair: (values) => document.repair(values),
    identity: () => document.identity(),
    review: () => document.review(),
    acceptChanges: (selection) => document.acceptChanges(selection),
    rejectChanges: (selection) => document.rejectChanges(selection),
    readLegacyText: () => document.readLegacyText(),
    removeLegacyText: (span) => document.removeLegacyText(span),
    async write(changes): Promise<WordResult<WriteOutcome>> {
      const result = await document.write(changes);
      const written = result.ok ? result.written : result.failure.written;
      edits.add(Object.fromEntries(FIELD_KEYS.filter((key) => written.includes(key)).map((key) => [key, changes[key] ?? ''])));
      return result;
    },
  };
}
