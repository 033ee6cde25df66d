import { createFakeWord, FakeWordError } from '../../src/document/word/fake';
import type { ContentControlApi, RequestContextApi } from '../../src/document/word/api';

/**
 * The fake must catch the bugs office-addin-mock lets through: a forgotten load, a forgotten
 * sync, an API newer than the host, an edit in a protected document. These tests drive the fake
 * directly, the way buggy layer code would.
 */

const PROPERTY_NOT_LOADED =
  'The property \'text\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.';

async function withControl(fake = createFakeWord()): Promise<ReturnType<typeof createFakeWord>> {
  await fake.host.run(async (context) => {
    const control = context.document.body.insertParagraph('Rekenkamer', 'End').insertContentControl();
    control.tag = 'annotatie.portefeuillehouder';
    await context.sync();
  });
  fake.resetStats();
  return fake;
}

function first(context: RequestContextApi): ContentControlApi {
  return context.document.body.contentControls.getByTag('annotatie.portefeuillehouder').getFirst();
}

describe('the Word fake is as strict as Word', () => {
  it('throws PropertyNotLoaded with Word\'s message when a property was never loaded', async () => {
    const fake = await withControl();
    await expect(
      fake.host.run(async (context) => {
        const control = first(context);
        await context.sync();
        return control.text;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded', message: PROPERTY_NOT_LOADED });
  });

  it('throws PropertyNotLoaded when the load was queued but never synced', async () => {
    const fake = await withControl();
    await expect(
      fake.host.run(async (context) => {
        const control = first(context).load('text');
        return control.text;
      }),
    ).rejects.toBeInstanceOf(FakeWordError);
  });

  it('gives the loaded value after load and sync, and counts that one sync', async () => {
    const fake = await withControl();
    const text = await fake.host.run(async (context) => {
      const control = first(context).load('text');
      await context.sync();
      return control.text;
    });
    expect(text).toBe('Rekenkamer');
    expect(fake.stats().syncs).toBe(1);
  });

  it('throws for collection items that were not loaded', async () => {
    const fake = await withControl();
    await expect(
      fake.host.run(async (context) => {
        const controls = context.document.body.contentControls;
        await context.sync();
        return controls.items.length;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('does not change the document before sync: queued writes are invisible until then', async () => {
    const fake = await withControl();
    let before = '';
    await fake.host.run(async (context) => {
      first(context).insertText('Wethouder', 'Replace');
      before = fake.text();
      await context.sync();
    });
    expect(before).toContain('Rekenkamer');
    expect(fake.text()).toContain('Wethouder');
  });

  it('sends work still queued when the batch returns in a final round trip, as Word.run does', async () => {
    const fake = await withControl();
    await fake.host.run(async (context) => {
      first(context).insertText('Wethouder', 'Replace');
    });
    expect(fake.stats().syncs).toBe(1);
    expect(fake.text()).toContain('Wethouder');
  });

  it('applies a batch up to the failing operation and not beyond', async () => {
    const fake = await withControl();
    fake.failAt({ operation: 4, code: 'GeneralException' });
    await expect(
      fake.host.run(async (context) => {
        context.document.body.insertParagraph('een', 'End'); // 1
        context.document.body.insertParagraph('twee', 'End'); // 2
        context.document.body.insertParagraph('drie', 'End'); // 3
        context.document.body.insertParagraph('vier', 'End'); // 4 fails
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException', debugInfo: { errorLocation: 'Body.insertParagraph' } });
    expect(fake.text().split('\n')).toEqual(['', 'Rekenkamer', 'een', 'twee', 'drie']);
  });

  it('can fail the n-th operation at one location', async () => {
    const fake = await withControl();
    fake.failAt({ location: 'Body.insertParagraph', operation: 2, code: 'AccessDenied' });
    await expect(
      fake.host.run(async (context) => {
        context.document.body.insertParagraph('een', 'End');
        first(context).insertText('Wethouder', 'Replace');
        context.document.body.insertParagraph('twee', 'End');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied', debugInfo: { errorLocation: 'Body.insertParagraph' } });
    expect(fake.text().split('\n')).toEqual(['', 'Wethouder', 'een']);
  });

  it.each([
    ['1.4', 'ApiNotFound'],
    ['1.3', 'ApiNotFound'],
  ])('rejects WordApi 1.5 getByChangeTrackingStates on a WordApi %s host with %s', async (wordApi, code) => {
    const fake = await withControl(createFakeWord({ wordApi }));
    expect(fake.host.isSetSupported('WordApi', '1.5')).toBe(false);
    await expect(
      fake.host.run(async (context) => {
        const live = context.document.body.contentControls.getByChangeTrackingStates(['Normal' as Word.ChangeTrackingState]).load('tag');
        await context.sync();
        return live.items.length;
      }),
    ).rejects.toMatchObject({ code });
  });

  // Word on the web answers NotAllowed ("The action isn't supported in Word Online",
  // office-js-docs #981, office-js #191); desktop AccessDenied (Office-Add-in-samples #1530).
  it.each([
    ['web' as const, 'NotAllowed'],
    ['windows' as const, 'AccessDenied'],
    ['mac' as const, 'AccessDenied'],
  ])('refuses every edit in a protected document on %s with %s', async (platform, code) => {
    const fake = await withControl(createFakeWord({ platform }));
    fake.user.setProtected(true);
    await expect(
      fake.host.run(async (context) => {
        first(context).insertText('Wethouder', 'Replace');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code });
    expect(fake.text()).toContain('Rekenkamer');
  });

  it('refuses edits inside a control locked for editing', async () => {
    const fake = await withControl();
    await fake.host.run(async (context) => {
      first(context).cannotEdit = true;
      await context.sync();
    });
    await expect(
      fake.host.run(async (context) => {
        first(context).insertText('Wethouder', 'Replace');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('fails getFirst on an empty collection with ItemNotFound, and gives a null object for getFirstOrNullObject', async () => {
    const fake = await withControl();
    await expect(
      fake.host.run(async (context) => {
        context.document.body.contentControls.getByTag('annotatie.onbekend').getFirst().insertText('x', 'Replace');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    const isNull = await fake.host.run(async (context) => {
      const control = context.document.body.contentControls.getByTag('annotatie.onbekend').getFirstOrNullObject().load('tag');
      await context.sync();
      return control.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it('reads back a value the code set, before any sync, as office.js does; the document changes only at sync', async () => {
    const fake = await withControl();
    await fake.host.run(async (context) => {
      const control = first(context);
      control.title = 'Portefeuillehouder';
      expect(control.title).toBe('Portefeuillehouder');
      expect(fake.controls('annotatie.portefeuillehouder')[0]?.title).toBe('');
      await context.sync();
    });
    expect(fake.controls('annotatie.portefeuillehouder')[0]?.title).toBe('Portefeuillehouder');
  });

  it('reads properties of a null object as undefined once its nullness is loaded', async () => {
    const fake = await withControl();
    const tag = await fake.host.run(async (context) => {
      const control = context.document.body.contentControls.getByTag('annotatie.onbekend').getFirstOrNullObject().load('tag');
      await context.sync();
      return control.isNullObject ? control.tag : 'not null';
    });
    expect(tag).toBeUndefined();
  });

  it('rejects a proxy used after its Word.run has ended (InvalidObjectPath)', async () => {
    const fake = await withControl();
    const leaked = await fake.host.run(async (context) => {
      const control = first(context).load('tag');
      await context.sync();
      return control;
    });
    expect(() => leaked.insertText('te laat', 'Replace')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('records edits as tracked changes with author and date when tracking is on', async () => {
    const fake = await withControl(createFakeWord({ author: 'J. Griffie', now: () => new Date('2025-09-22T10:00:00Z') }));
    fake.user.setTracking('TrackAll');
    await fake.host.run(async (context) => {
      first(context).insertText('Wethouder', 'Replace');
      await context.sync();
    });
    const control = fake.snapshot().blocks.find((block) => block.kind === 'control');
    expect(control).toMatchObject({
      kind: 'control',
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { text: 'Rekenkamer', revision: { type: 'delete', author: 'J. Griffie', date: '2025-09-22T10:00:00.000Z' } },
            { text: 'Wethouder', revision: { type: 'insert', author: 'J. Griffie', date: '2025-09-22T10:00:00.000Z' } },
          ],
        },
      ],
    });
  });

  it('counts simulated latency per round trip, changeable between calls', async () => {
    const fake = await withControl(createFakeWord({ latencyMs: 40 }));
    await fake.host.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(fake.stats()).toMatchObject({ syncs: 2, simulatedMs: 80 });
    fake.setLatency(300); // Word on a Mac: up to hundreds of ms
    await fake.host.run(async (context) => context.sync());
    expect(fake.stats()).toMatchObject({ syncs: 3, simulatedMs: 380 });
  });

  it('does not let the user delete a control marked cannot-delete', async () => {
    const fake = await withControl();
    await fake.host.run(async (context) => {
      first(context).cannotDelete = true;
      await context.sync();
    });
    expect(() => fake.user.deleteControl('annotatie.portefeuillehouder')).toThrow(/cannot be deleted/);
  });

  it('renders the document as escaped HTML with controls and tracked changes', async () => {
    const fake = await withControl(createFakeWord({ author: 'A & B' }));
    fake.user.setTracking('TrackAll');
    await fake.host.run(async (context) => {
      first(context).insertText('<script>alert(1)</script>', 'Replace');
      await context.sync();
    });
    const html = fake.renderHtml();
    expect(html).toContain('data-tag="annotatie.portefeuillehouder"');
    expect(html).toContain('<ins title="A &amp; B');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});
