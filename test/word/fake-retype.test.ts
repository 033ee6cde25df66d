import { createWordDocument } from '../../src/document/word';
import { createFakeWord } from '../../src/document/word/fake';
import type { FakeWord, SnapshotBlock, SnapshotRun } from '../../src/document/word/fake';

/**
 * The preview lets anyone edit the document directly, as in Word; the fake plays that user with
 * retypeControl: like typing in Word, only the characters that changed are changed, and with
 * track changes on only they are tracked (Word's Review pane shows "Inserted: en Veiligheid",
 * not the whole field deleted and typed again).
 */
const TAG = 'annotatie.programma';
const AT = new Date('2025-09-22T10:00:00Z');

async function withProgramma(text: string): Promise<FakeWord> {
  const fake = createFakeWord({ now: () => AT, author: 'Gebruiker preview' });
  fake.user.setParagraphs(['Raadsvoorstel', '']);
  fake.user.placeCursor(1);
  const doc = createWordDocument(fake.host);
  const inserted = await doc.insertTemplate({ programma: text, 'toelichting.kern': 'Eerste alinea\nTweede alinea' }, 'cursor');
  if (!inserted.ok) throw new Error('insert failed');
  return fake;
}

function runsOf(fake: FakeWord, tag: string): SnapshotRun[] {
  const find = (blocks: readonly SnapshotBlock[]): SnapshotRun[] | null => {
    for (const block of blocks) {
      if (block.kind === 'control' && block.tag === tag) return block.blocks.flatMap((inner) => (inner.kind === 'paragraph' ? [...inner.runs] : []));
      const inner = block.kind === 'control' ? block.blocks : block.kind === 'table' ? block.rows.flat(2) : [];
      const found = find(inner);
      if (found) return found;
    }
    return null;
  };
  return find(fake.snapshot().blocks) ?? [];
}

const marked = (runs: readonly SnapshotRun[]) => runs.map((run) => (run.revision ? `${run.revision.type === 'insert' ? '+' : '-'}[${run.text}]` : run.text)).join('');

describe('retypeControl: a user editing a field in place', () => {
  it('with tracking on, tracks only the inserted characters, under the user', async () => {
    const fake = await withProgramma('Alle programma’s');
    fake.user.setTracking('TrackAll');
    fake.user.retypeControl(TAG, 'Alle programma’s en Veiligheid');
    expect(marked(runsOf(fake, TAG))).toBe('Alle programma’s+[ en Veiligheid]');
    expect(runsOf(fake, TAG).find((run) => run.revision)?.revision).toEqual({ type: 'insert', author: 'Gebruiker preview', date: AT.toISOString() });
    expect(fake.controlTexts(TAG)).toEqual(['Alle programma’s en Veiligheid']);
  });

  it('with tracking on, a replaced word is one deletion followed by one insertion', async () => {
    const fake = await withProgramma('Samen leven en ondersteunen');
    fake.user.setTracking('TrackAll');
    fake.user.retypeControl(TAG, 'Samen werken en ondersteunen', { author: 'Griffie Zoetermeer' });
    expect(marked(runsOf(fake, TAG))).toBe('Samen -[leven]+[werken] en ondersteunen');
  });

  it('typing in front of a pending deletion goes after it, as Word places the insertion', async () => {
    const fake = await withProgramma('Vrije tijd');
    fake.user.setTracking('TrackAll');
    fake.user.retypeControl(TAG, 'tijd');
    fake.user.retypeControl(TAG, 'Veel tijd');
    expect(marked(runsOf(fake, TAG))).toBe('-[Vrije ]+[Veel ]tijd');
  });

  it('without tracking, changes the text and records nothing', async () => {
    const fake = await withProgramma('Vrije tijd');
    fake.user.retypeControl(TAG, 'Vrije tijd en sport');
    expect(marked(runsOf(fake, TAG))).toBe('Vrije tijd en sport');
  });

  it('edits one paragraph of a multi-paragraph field in place; a new line replaces the content', async () => {
    const fake = await withProgramma('Vrije tijd');
    fake.user.setTracking('TrackAll');
    fake.user.retypeControl('annotatie.toelichting.kern', 'Eerste alinea\nTweede, langere alinea');
    expect(marked(runsOf(fake, 'annotatie.toelichting.kern'))).toBe('Eerste alineaTweede+[, langere] alinea');
    fake.user.retypeControl('annotatie.toelichting.kern', 'Eerste alinea\nTweede, langere alinea\nDerde alinea');
    expect(fake.controlTexts('annotatie.toelichting.kern')).toEqual(['Eerste alinea\nTweede, langere alinea\nDerde alinea']);
  });

  it('does nothing when the text is the same, and refuses a locked control or a protected document', async () => {
    const fake = await withProgramma('Vrije tijd');
    fake.user.setTracking('TrackAll');
    fake.user.retypeControl(TAG, 'Vrije tijd');
    expect(marked(runsOf(fake, TAG))).toBe('Vrije tijd');
    fake.user.lockControl(TAG, true);
    expect(() => fake.user.retypeControl(TAG, 'Veiligheid')).toThrow(/locked/);
    fake.user.lockControl(TAG, false);
    fake.user.setProtected(true);
    expect(() => fake.user.retypeControl(TAG, 'Veiligheid')).toThrow(/protected/);
  });
});

describe('cursorControlTag', () => {
  it('names the field control select() put the cursor in', async () => {
    const fake = await withProgramma('Vrije tijd');
    expect(fake.cursorControlTag()).toBeNull();
    const doc = createWordDocument(fake.host);
    await doc.detect();
    await doc.select('programma');
    expect(fake.cursorControlTag()).toBe(TAG);
  });
});
