import { createFakeWord } from '../../src/document/word/fake';
import type { FakeWord, FakeWordOptions } from '../../src/document/word/fake';
import type { ContentControlApi, RequestContextApi, TrackedChangeApi } from '../../src/document/word/api';
import type { FakeDocument } from '../../src/document/word/fake/proxies';

/**
 * Where the griffie's review lives, the fake must do what Word does, including the surprises.
 * Each case names its source: an office-js issue, the @types/office-js d.ts (Microsoft's API
 * reference), or one of Microsoft's Script Lab samples (OfficeDev/office-js-snippets).
 */

const TAG = 'annotatie.adviesCommissie';
const AT = new Date('2025-09-22T10:00:00Z');

async function withControl(options: FakeWordOptions = {}, text = 'Voorstel agenderen als debatstuk'): Promise<FakeWord> {
  const fake = createFakeWord({ now: () => AT, ...options });
  await fake.host.run(async (context) => {
    fake.user.setParagraphs(['Raadsvoorstel']);
    const control = context.document.body.insertParagraph(text, 'End').insertContentControl();
    control.tag = TAG;
    await context.sync();
  });
  fake.resetStats();
  return fake;
}

function control(context: RequestContextApi): ContentControlApi {
  return context.document.body.contentControls.getByTag(TAG).getFirst();
}

async function read<T>(fake: FakeWord, batch: (context: RequestContextApi) => () => T): Promise<T> {
  return fake.host.run(async (context) => {
    const result = batch(context);
    await context.sync();
    return result();
  });
}

/** The griffie replaces the advice with track changes on. */
async function griffieEdits(options: FakeWordOptions = {}): Promise<FakeWord> {
  const fake = await withControl(options);
  fake.user.setTracking('TrackAll');
  fake.user.typeInControl(TAG, 'Voorstel agenderen als hamerstuk', { author: 'Griffie Zoetermeer' });
  return fake;
}

describe('ContentControl.text under pending tracked changes depends on the markup view', () => {
  const textOf = (fake: FakeWord) =>
    read(fake, (context) => {
      const loaded = control(context).load('text');
      return () => loaded.text;
    });

  it.each([
    // office-js #5286: Word on the web, Simple Markup: deleted text is in `text`.
    ['web', 'simple', true, 'Voorstel agenderen als debatstukVoorstel agenderen als hamerstuk'],
    // office-js #1267: Word on the web, redlined (All Markup) deleted text is in the text read.
    ['web', 'all', true, 'Voorstel agenderen als debatstukVoorstel agenderen als hamerstuk'],
    ['web', 'none', true, 'Voorstel agenderen als hamerstuk'],
    // office-js #2314: desktop, revisions in balloons: `text` does not show them…
    ['windows', 'all', true, 'Voorstel agenderen als hamerstuk'],
    // …shown inline: it does.
    ['windows', 'all', false, 'Voorstel agenderen als debatstukVoorstel agenderen als hamerstuk'],
    ['mac', 'simple', true, 'Voorstel agenderen als hamerstuk'],
  ] as const)('on %s in %s markup (balloons: %s) gives %p', async (platform, markupView, revisionsInBalloons, expected) => {
    const fake = await griffieEdits({ platform, markupView, revisionsInBalloons });
    expect(await textOf(fake)).toBe(expected);
  });

  it('defaults to Word on the web in Simple Markup, the surprising case', async () => {
    const fake = await griffieEdits();
    expect(await textOf(fake)).toBe('Voorstel agenderen als debatstukVoorstel agenderen als hamerstuk');
    fake.user.setMarkupView('none');
    expect(await textOf(fake)).toBe('Voorstel agenderen als hamerstuk');
  });

  it('getReviewedText gives the current and the original text whatever the view (WordApi 1.4, d.ts)', async () => {
    const fake = await griffieEdits();
    const [current, original] = await read(fake, (context) => {
      const results = [control(context).getReviewedText('Current'), control(context).getReviewedText('Original')];
      return () => results.map((result) => result.value);
    });
    expect([current, original]).toEqual(['Voorstel agenderen als hamerstuk', 'Voorstel agenderen als debatstuk']);
  });

  it('throws ValueNotLoaded for a ClientResult read before its sync (office.js resource string)', async () => {
    const fake = await griffieEdits();
    await expect(
      fake.host.run(async (context) => {
        const result = control(context).getReviewedText('Current');
        return result.value;
      }),
    ).rejects.toMatchObject({ code: 'ValueNotLoaded' });
  });
});

describe('getTrackedChanges (WordApi 1.6)', () => {
  const load = (collection: { load(names: string): unknown; items: TrackedChangeApi[] }) => {
    collection.load('items/author,items/date,items/text,items/type');
    return () => collection.items.map((change) => ({ type: change.type, author: change.author, date: change.date, text: change.text }));
  };

  it('lists each change with author, a Date, text and type, for several authors (d.ts Word.TrackedChange)', async () => {
    const fake = await griffieEdits();
    fake.user.editControl(TAG, { after: 'hamerstuk', insert: ' (na overleg)' }, { author: 'J. Jansen' });
    const changes = await read(fake, (context) => load(control(context).getTrackedChanges()));
    expect(changes).toEqual([
      { type: 'Deleted', author: 'Griffie Zoetermeer', date: AT, text: 'Voorstel agenderen als debatstuk' },
      { type: 'Added', author: 'Griffie Zoetermeer', date: AT, text: 'Voorstel agenderen als hamerstuk' },
      { type: 'Added', author: 'J. Jansen', date: AT, text: ' (na overleg)' },
    ]);
    expect(changes[0]?.date).toBeInstanceOf(Date);
  });

  it('gives them on the body and on a range as well', async () => {
    const fake = await griffieEdits();
    const counts = await read(fake, (context) => {
      const body = context.document.body.getTrackedChanges().load('$none');
      const range = control(context).getRange('Whole').getTrackedChanges().load('$none');
      return () => [body.items.length, range.items.length];
    });
    expect(counts).toEqual([2, 2]);
  });

  it('gives "" for a deletion\'s text on Word for Mac (office-js #5178)', async () => {
    const fake = await griffieEdits({ platform: 'mac' });
    const changes = await read(fake, (context) => load(control(context).getTrackedChanges()));
    expect(changes.map((change) => change.text)).toEqual(['', 'Voorstel agenderen als hamerstuk']);
  });

  it.each([
    // Accepting the deletion: the old text is gone for good; only the insertion is left to decide.
    ['accept', 'Deleted', 'Voorstel agenderen als hamerstuk', ''],
    ['reject', 'Deleted', 'Voorstel agenderen als debatstukVoorstel agenderen als hamerstuk', 'Voorstel agenderen als debatstuk'],
  ] as const)('%s() settles one change, the other stays pending (Script Lab "Manage tracked changes")', async (verb, _type, current, original) => {
    const fake = await griffieEdits();
    await fake.host.run(async (context) => {
      const first = control(context).getTrackedChanges().getFirst();
      if (verb === 'accept') first.accept();
      else first.reject();
      await context.sync();
    });
    const [now, before, left] = await read(fake, (context) => {
      const results = [control(context).getReviewedText('Current'), control(context).getReviewedText('Original')];
      const changes = control(context).getTrackedChanges().load('$none');
      return () => [results[0]?.value, results[1]?.value, changes.items.length];
    });
    expect(now).toBe(current);
    expect(before).toBe(original);
    expect(left).toBe(1);
  });

  it.each([
    ['acceptAll', 'Door de griffie toegevoegd\nVoorstel agenderen als hamerstuk'],
    ['rejectAll', 'Voorstel agenderen als debatstuk'],
  ] as const)('%s on the body settles every change in the collection', async (verb, expected) => {
    const fake = await griffieEdits();
    await fake.host.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph('Door de griffie toegevoegd', 'After');
      await context.sync();
    });
    await fake.host.run(async (context) => {
      const changes = context.document.body.getTrackedChanges();
      if (verb === 'acceptAll') changes.acceptAll();
      else changes.rejectAll();
      await context.sync();
    });
    const left = await read(fake, (context) => {
      const changes = context.document.body.getTrackedChanges().load('$none');
      return () => changes.items.length;
    });
    expect(left).toBe(0);
    expect(fake.text().split('\n').slice(1).join('\n')).toBe(expected);
  });

  it('acceptAll on a control settles only that control\'s changes', async () => {
    const fake = await griffieEdits();
    await fake.host.run(async (context) => {
      context.document.body.insertParagraph('Door de griffie toegevoegd', 'Start');
      await context.sync();
    });
    await fake.host.run(async (context) => {
      control(context).getTrackedChanges().acceptAll();
      await context.sync();
    });
    const left = await read(fake, (context) => load(context.document.body.getTrackedChanges()));
    expect(left).toEqual([{ type: 'Added', author: 'Gebruiker', date: AT, text: 'Door de griffie toegevoegd' }]);
    expect(fake.controlTexts(TAG)).toEqual(['Voorstel agenderen als hamerstuk']);
  });

  it('getRange gives the change\'s own text, getNext walks on through the document', async () => {
    const fake = await griffieEdits();
    const texts = await read(fake, (context) => {
      const first = control(context).getTrackedChanges().getFirst();
      const range = first.getRange('Whole').load('text');
      const next = first.getNext().load('text');
      return () => [range.text, next.text];
    });
    expect(texts).toEqual(['Voorstel agenderen als debatstuk', 'Voorstel agenderen als hamerstuk']);
    await expect(
      fake.host.run(async (context) => {
        control(context).getTrackedChanges().getFirst().getNext().getNext();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: 'TrackedChange.getNext' } });
  });

  it('refuses accept/reject inside a control locked for editing (office-js #2886)', async () => {
    const fake = await griffieEdits();
    fake.user.lockControl(TAG, true);
    for (const verb of ['accept', 'acceptAll'] as const) {
      await expect(
        fake.host.run(async (context) => {
          const changes = control(context).getTrackedChanges();
          if (verb === 'accept') changes.getFirst().accept();
          else changes.acceptAll();
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(fake.controlTexts(TAG)).toEqual(['Voorstel agenderen als hamerstuk']);
    const left = await read(fake, (context) => {
      const changes = control(context).getTrackedChanges().load('$none');
      return () => changes.items.length;
    });
    expect(left).toBe(2);
  });

  it('rejecting someone else\'s insertion that was deleted gives the insertion back', async () => {
    const fake = await griffieEdits();
    fake.user.typeInControl(TAG, 'Terug naar de commissie', { author: 'J. Jansen' });
    await fake.host.run(async (context) => {
      const changes = control(context).getTrackedChanges().load('items/author,items/type,items/text');
      await context.sync();
      // J. Jansen's deletion of the griffie's text.
      const deletion = changes.items.find((change) => change.author === 'J. Jansen' && change.type === 'Deleted' && change.text.includes('hamerstuk'));
      deletion?.reject();
      await context.sync();
    });
    const changes = await read(fake, (context) => load(control(context).getTrackedChanges()));
    expect(changes.filter((change) => change.text === 'Voorstel agenderen als hamerstuk')).toEqual([
      { type: 'Added', author: 'Griffie Zoetermeer', date: AT, text: 'Voorstel agenderen als hamerstuk' },
    ]);
  });
});

describe('Document.changeTrackingMode can be set (WordApi 1.4, Script Lab "Manage change tracking")', () => {
  it('switches tracking and reads it back', async () => {
    const fake = await withControl();
    const mode = await fake.host.run(async (context) => {
      const document = context.document as FakeDocument;
      document.changeTrackingMode = 'TrackMineOnly';
      await context.sync();
      document.load('changeTrackingMode');
      await context.sync();
      return document.changeTrackingMode;
    });
    expect(mode).toBe('TrackMineOnly');
    expect(fake.engine.trackingMode).toBe('TrackMineOnly');
  });

  it('refuses a mode that does not exist with InvalidArgument', async () => {
    const fake = await withControl();
    await expect(
      fake.host.run(async (context) => {
        (context.document as FakeDocument).changeTrackingMode = 'Sometimes' as 'Off';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('ranges are ranges, not paragraphs', () => {
  it('the selection is a collapsed range (a cursor) after a click (d.ts Range.isEmpty)', async () => {
    const fake = await withControl();
    fake.user.placeCursor(0);
    const empty = await read(fake, (context) => {
      const selection = context.document.getSelection().load('isEmpty,text');
      return () => [selection.isEmpty, selection.text];
    });
    expect(empty).toEqual([true, '']);
  });

  it.each([
    ['Start', true, ''],
    ['End', true, ''],
    ['Select', false, 'Voorstel agenderen als debatstuk'],
  ] as const)('ContentControl.select(%s) leaves a cursor (%s) or selects the control', async (mode, isEmpty, text) => {
    const fake = await withControl();
    const selection = await read(fake, (context) => {
      control(context).select(mode);
      const range = context.document.getSelection().load('isEmpty,text');
      return () => [range.isEmpty, range.text];
    });
    expect(selection).toEqual([isEmpty, text]);
  });

  it('search gives the matched text, not its paragraph', async () => {
    const fake = await withControl({}, 'a.e.de.vries@zoetemeer.nl en zoetemeer');
    const found = await read(fake, (context) => {
      const all = control(context).search('zoetemeer').load('text');
      const whole = control(context).search('zoetemeer', { matchWholeWord: true }).load('text');
      return () => [all.items.map((range) => range.text), whole.items.length];
    });
    expect(found).toEqual([['zoetemeer', 'zoetemeer'], 2]);
  });

  it('search does not find a phrase broken by a tracked deletion (office-js #5874)', async () => {
    const fake = await withControl({}, 'Hello big World');
    fake.user.setTracking('TrackAll');
    fake.user.editControl(TAG, { delete: 'big ' });
    const found = await read(fake, (context) => {
      const ranges = control(context).search('Hello World').load('text');
      const current = control(context).getReviewedText('Current');
      return () => [ranges.items.length, current.value];
    });
    expect(found).toEqual([0, 'Hello World']);
  });
});

describe('insert locations a method does not take fail the batch with InvalidArgument (d.ts: "The value must be …")', () => {
  const cases: readonly [string, (context: RequestContextApi) => void][] = [
    ['Body.insertParagraph("Before")', (context) => context.document.body.insertParagraph('x', 'Before' as 'Start')],
    ['Paragraph.insertParagraph("Start")', (context) => context.document.body.paragraphs.getFirst().insertParagraph('x', 'Start' as 'Before')],
    ['ContentControl.insertParagraph("Replace")', (context) => control(context).insertParagraph('x', 'Replace' as 'End')],
    ['ContentControl.insertText("Before")', (context) => control(context).insertText('x', 'Before' as 'End')],
    ['Range.insertParagraph("End")', (context) => context.document.getSelection().insertParagraph('x', 'End' as 'After')],
  ];
  it.each(cases)('%s', async (_name, call) => {
    const fake = await withControl();
    const before = fake.text();
    await expect(
      fake.host.run(async (context) => {
        call(context);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(fake.text()).toBe(before);
  });
});

describe('office.js details the fake keeps', () => {
  it('load("$none") loads a collection\'s items and no property (Script Lab "Insert list")', async () => {
    const fake = await withControl();
    const count = await read(fake, (context) => {
      const paragraphs = context.document.body.paragraphs.load('$none');
      return () => paragraphs.items.length;
    });
    expect(count).toBe(2);
  });

  it('a navigation property read twice is the same proxy, so what was loaded on it is there (office.js caches it)', async () => {
    const fake = await withControl();
    const text = await read(fake, (context) => {
      const target = control(context);
      target.paragraphs.load('text');
      return () => target.paragraphs.items.map((paragraph) => paragraph.text);
    });
    expect(text).toEqual(['Voorstel agenderen als debatstuk']);
  });

  it.each([
    ['1.5', 'getTrackedChanges', (target: ContentControlApi) => target.getTrackedChanges()],
    ['1.3', 'getReviewedText', (target: ContentControlApi) => target.getReviewedText('Current')],
  ] as const)('on a WordApi %s host, %s throws ApiNotFound when called, before any sync (office.js throwIfApiNotSupported)', async (wordApi, _name, call) => {
    const fake = await withControl({ wordApi });
    await expect(
      fake.host.run(async (context) => {
        call(control(context));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(fake.stats().syncs).toBe(0);
  });

  it('a custom XML part\'s xml is a loadable property on desktop only (WordApiDesktop 1.3, d.ts)', async () => {
    for (const [platform, supported] of [
      ['windows', true],
      ['web', false],
    ] as const) {
      const fake = await withControl({ platform });
      fake.engine.addCustomXmlPart('<x xmlns="urn:test">1</x>');
      expect(fake.host.isSetSupported('WordApiDesktop', '1.3')).toBe(supported);
      const loaded = fake.host.run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace('urn:test').load('items/xml');
        await context.sync();
        return parts.items[0]?.xml;
      });
      if (supported) await expect(loaded).resolves.toBe('<x xmlns="urn:test">1</x>');
      else await expect(loaded).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('getItem on a part that is gone fails with ItemNotFound; setXml and getXml work on one that is there', async () => {
    const fake = await withControl();
    const part = fake.engine.addCustomXmlPart('<x xmlns="urn:test">1</x>');
    const xml = await read(fake, (context) => {
      const item = context.document.customXmlParts.getItem(part.id);
      item.setXml('<x xmlns="urn:test">2</x>');
      const result = item.getXml();
      return () => result.value;
    });
    expect(xml).toBe('<x xmlns="urn:test">2</x>');
    await expect(
      fake.host.run(async (context) => {
        context.document.customXmlParts.getItem('{00000000-0000-0000-0000-000000000000}').getXml();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('Range.intersectWith fails with ItemNotFound when the ranges neither overlap nor touch (d.ts)', async () => {
    const fake = await withControl();
    const touching = await read(fake, (context) => {
      const same = control(context).getRange('Whole').intersectWith(control(context).getRange('Start')).load('isEmpty');
      return () => same.isEmpty;
    });
    expect(touching).toBe(true);
    fake.user.placeCursor(0);
    await expect(
      fake.host.run(async (context) => {
        context.document.getSelection().intersectWith(control(context).getRange('Whole'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: 'Range.intersectWith' } });
  });
});
