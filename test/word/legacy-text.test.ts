import { createWordDocument } from '../../src/document/word';
import { createFakeWord } from '../../src/document/word/fake';
import type { FakeWordOptions } from '../../src/document/word/fake';
import { locateSpan, spanOfText } from '../../src/document/word/legacy-text';
import type { LegacyTextSpan } from '../../src/document/port';

const OLD = ['Annotatie raadsvoorstel Parkeerbeleid', '', 'Portefeuillehouder: Wethouder Jansen', 'Programma', 'Mobiliteit', ''];

function setUp(options: FakeWordOptions = {}, paragraphs: readonly string[] = OLD) {
  const fake = createFakeWord(options);
  const doc = createWordDocument(fake.host, { newId: () => 'doc-1' });
  fake.user.setParagraphs(paragraphs);
  fake.user.placeCursor(0);
  return { fake, doc };
}

async function spanOf(doc: ReturnType<typeof setUp>['doc']): Promise<LegacyTextSpan> {
  const read = await doc.readLegacyText();
  if (!read.ok || read.span === null) throw new Error(`no span: ${JSON.stringify(read)}`);
  return read.span;
}

describe('readLegacyText', () => {
  it('reads every paragraph and the control scan in one round trip', async () => {
    const { fake, doc } = setUp();
    fake.resetStats();
    const read = await doc.readLegacyText();
    expect(fake.stats().syncs).toBe(1);
    expect(read).toMatchObject({ ok: true, annotatiePresent: false, trackingChanges: false });
    if (!read.ok) return;
    expect(read.paragraphs.map((paragraph) => paragraph.text)).toEqual(OLD);
    // The trailing empty paragraph is not part of the old text.
    expect(read.span).toEqual({ start: 0, texts: OLD.slice(0, 5), after: 1 });
  });

  it('says an annotatie is there (and gives no text to convert) when the document has one', async () => {
    const { fake, doc } = setUp();
    const inserted = await doc.insertTemplate({ onderwerp: 'Nieuw' }, 'start');
    expect(inserted.ok).toBe(true);
    fake.resetStats();
    const read = await doc.readLegacyText();
    expect(fake.stats().syncs).toBe(1);
    expect(read).toMatchObject({ ok: true, annotatiePresent: true, paragraphs: [], span: null });
  });

  it('marks headings and paragraphs in tables', async () => {
    const { fake, doc } = setUp();
    await fake.host.run(async (context) => {
      context.document.body.paragraphs.getFirst().styleBuiltIn = 'Heading1';
      await context.sync();
    });
    // An old template's contact table, as the user's document holds it.
    fake.engine.body.blocks.splice(3, 0, fake.engine.newTable(fake.engine.body, 1, 2, [['Telefoon', '+31 79 3468000']]));
    const read = await doc.readLegacyText();
    if (!read.ok) throw new Error('read failed');
    expect(read.paragraphs.slice(0, 5)).toEqual([
      { text: OLD[0], heading: true, inTable: false },
      { text: '', heading: false, inTable: false },
      { text: OLD[2], heading: false, inTable: false },
      { text: 'Telefoon', heading: false, inTable: true },
      { text: '+31 79 3468000', heading: false, inTable: true },
    ]);
  });

  it('says tracking is on when it is', async () => {
    const { fake, doc } = setUp();
    fake.user.setTracking('TrackAll');
    const read = await doc.readLegacyText();
    expect(read).toMatchObject({ ok: true, trackingChanges: true });
  });

  it('is refused without a round trip on a Word below WordApi 1.3', async () => {
    const { fake, doc } = setUp({ wordApi: '1.2' });
    fake.resetStats();
    const read = await doc.readLegacyText();
    expect(read).toMatchObject({ ok: false, failure: { kind: 'notSupported', operation: 'readLegacyText' } });
    expect(fake.stats().syncs).toBe(0);
  });
});

describe('removeLegacyText', () => {
  it('removes exactly the old paragraphs after the structured annotatie went in before them', async () => {
    const { fake, doc } = setUp({}, ['Voorwoord dat blijft', ...OLD, 'Bijlage die blijft']);
    const span = await spanOf(doc);
    // Remove only the annotatie's part: the pane hands back the span it read; here its middle.
    const old: LegacyTextSpan = { start: 1, texts: OLD.slice(0, 5), after: 2 };
    expect(span.texts.length).toBe(OLD.length + 2);
    const inserted = await doc.insertTemplate({ onderwerp: 'Parkeerbeleid' }, 'start');
    expect(inserted.ok).toBe(true);
    const before = fake.text().split('\n');
    fake.resetStats();
    const removed = await doc.removeLegacyText(old);
    expect(removed).toEqual({ ok: true, status: 'removed', removed: 5, tracked: false });
    expect(fake.stats().syncs).toBe(2);
    const after = fake.text().split('\n');
    // Everything else is still there: the new annotatie, the text before and after the old one.
    const expected = [...before];
    const at = expected.indexOf(OLD[0] as string);
    expected.splice(at, 5);
    expect(after).toEqual(expected);
    expect(after).toContain('Voorwoord dat blijft');
    expect(after).toContain('Bijlage die blijft');
    expect(after).toContain('Parkeerbeleid');
    expect(fake.controlTexts('annotatie.onderwerp')).toEqual(['Parkeerbeleid']);
  });

  it('deletes as tracked changes when tracking is on, so rejecting them brings the text back', async () => {
    const { fake, doc } = setUp();
    const span = await spanOf(doc);
    await doc.insertTemplate({}, 'start');
    fake.user.setTracking('TrackAll');
    const removed = await doc.removeLegacyText(span);
    expect(removed).toEqual({ ok: true, status: 'removed', removed: 5, tracked: true });
    // Still in the document, as pending deletions by the user.
    const deleted = fake
      .snapshot()
      .blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : []))
      .filter((run) => run.revision?.type === 'delete')
      .map((run) => run.text);
    expect(deleted).toEqual(OLD.filter((text) => text !== '').slice(0, 4));
    expect(fake.text()).not.toContain('Wethouder Jansen');
    await fake.host.run(async (context) => {
      context.document.body.getTrackedChanges().rejectAll();
      await context.sync();
    });
    expect(fake.text()).toContain('Portefeuillehouder: Wethouder Jansen');
  });

  it('refuses, removing nothing, when the old text was edited since it was read', async () => {
    const { fake, doc } = setUp();
    const span = await spanOf(doc);
    await doc.insertTemplate({}, 'start');
    const inserted = fake.text();
    fake.user.typeAtEndOfParagraph(-3, ' (nog doen)');
    const edited = fake.text();
    expect(edited).not.toBe(inserted);
    const removed = await doc.removeLegacyText(span);
    expect(removed).toEqual({ ok: true, status: 'changed', removed: 0, tracked: false });
    expect(fake.text()).toBe(edited);
  });

  it('refuses when a paragraph was typed in between the old ones', async () => {
    const { fake, doc } = setUp();
    const span = await spanOf(doc);
    await fake.host.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph('Nieuwe alinea', 'After');
      await context.sync();
    });
    const before = fake.text();
    const removed = await doc.removeLegacyText(span);
    expect(removed).toMatchObject({ ok: true, status: 'changed', removed: 0 });
    expect(fake.text()).toBe(before);
  });

  it('says what Word refused (a protected document), and nothing is removed', async () => {
    const { fake, doc } = setUp();
    const span = await spanOf(doc);
    fake.user.setProtected(true);
    const before = fake.text();
    const removed = await doc.removeLegacyText(span);
    expect(removed).toMatchObject({ ok: false, failure: { kind: 'accessDenied', operation: 'removeLegacyText' } });
    expect(fake.text()).toBe(before);
  });
});

describe('finding the old text again', () => {
  const span: LegacyTextSpan = { start: 2, texts: ['a', 'b'], after: 1 };

  it('takes the place with as many paragraphs after it as when read', () => {
    expect(locateSpan(span, ['x', 'a', 'b', 'y', 'a', 'b', 'z'])).toBe(4);
  });

  it('takes the same start when paragraphs were added after it', () => {
    expect(locateSpan(span, ['x', 'y', 'a', 'b', 'z', 'a', 'b', 'q', 'r'])).toBe(2);
  });

  it('takes the one place it occurs otherwise, and none when it occurs twice elsewhere', () => {
    expect(locateSpan(span, ['a', 'b'])).toBe(0);
    expect(locateSpan(span, ['a', 'b', 'q', 'a', 'b', 'r', 's', 't'])).toBe(-1);
  });

  it('never matches a place where one paragraph differs', () => {
    expect(locateSpan(span, ['x', 'x', 'a', 'b!', 'z'])).toBe(-1);
  });

  it('spans the non-empty stretch', () => {
    expect(spanOfText(['', 'a', '', 'b', '', ''])).toEqual({ start: 1, texts: ['a', '', 'b'], after: 2 });
    expect(spanOfText(['', ' '])).toBeNull();
  });
});
