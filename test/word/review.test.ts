import { FIELDS } from '../../src/domain/fields';
import type { AnnotatieValues, FieldKey } from '../../src/domain/fields';
import { changesByAuthor } from '../../src/domain/review';
import { SNAPSHOT_PART_NAMESPACE, parseSnapshotPart, snapshotPartXml } from '../../src/document/shape/snapshot-part';
import { SNAPSHOT_PART_SETTING, createWordDocument } from '../../src/document/word';
import { createFakeWord } from '../../src/document/word/fake';
import type { FakeWord, FakeWordOptions } from '../../src/document/word/fake';
import type { AnnotatieDocument, ChangeActionOutcome, ReviewOutcome, WordResult } from '../../src/document/port';
import seedJson from '../../src/preview/seed.json';

/**
 * The griffie's review through the real Word layer on the Word fake: per-field tracked changes
 * by several authors, accept/reject per change, field, author or all, hosts without WordApi 1.6
 * or 1.4, the snapshot of written values, deleted and locked controls, Word on the web's markup
 * view. Every review and action is one round trip unless the test says why not.
 */
const seed: AnnotatieValues = seedJson;
const GRIFFIE = 'Griffie Zoetermeer';
const JANSEN = 'J. Jansen';
const WHEN = new Date('2025-09-22T10:00:00Z');
const WRITTEN = new Date('2025-09-20T08:00:00Z');

function ok<T>(result: WordResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.failure)}`);
  return result;
}

async function syncsOf<T>(fake: FakeWord, operation: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  fake.resetStats();
  const result = await operation();
  return { result, syncs: fake.stats().syncs };
}

/** The seed, written by the pane; then the griffie and a colleague edit in Word with tracking on. */
async function reviewed(options: FakeWordOptions = {}): Promise<{ fake: FakeWord; doc: AnnotatieDocument }> {
  const fake = createFakeWord({ author: 'Behandelend ambtenaar', now: () => WHEN, ...options });
  const doc = createWordDocument(fake.host, { newId: () => 'doc-1', now: () => WRITTEN });
  ok(await doc.insertTemplate(seed, 'start'));
  fake.user.setTracking('TrackAll');
  fake.user.editControl('annotatie.ambtenaar.email', { after: 'zoete', insert: 'r' }, { author: JANSEN });
  fake.user.typeInControl('annotatie.adviesCommissie', 'Voorstel agenderen als hamerstuk', { author: GRIFFIE });
  fake.user.editControl('annotatie.programma', { find: 'Alle programma’s', replace: 'Vrije tijd' }, { author: GRIFFIE });
  return { fake, doc };
}

function changeIds(review: ReviewOutcome): string[] {
  return review.changes.map((change) => `${change.id} ${change.type} ${change.author}: ${change.text ?? '?'}`);
}

describe('review', () => {
  it('lists every field\'s tracked changes with author and date, in one round trip', async () => {
    const { fake, doc } = await reviewed();
    const { result, syncs } = await syncsOf(fake, () => doc.review());
    const review = ok(result);
    expect(syncs).toBe(1);
    expect(changeIds(review)).toEqual([
      'ambtenaar.email#0 insert J. Jansen: r',
      'programma#0 delete Griffie Zoetermeer: Alle programma’s',
      'programma#1 insert Griffie Zoetermeer: Vrije tijd',
      'adviesCommissie#0 delete Griffie Zoetermeer: Voorstel agenderen als debatstuk',
      'adviesCommissie#1 insert Griffie Zoetermeer: Voorstel agenderen als hamerstuk',
    ]);
    expect(review.changes.every((change) => change.date === WHEN.toISOString())).toBe(true);
    expect(review.trackingChanges).toBe(true);
    expect(review.capabilities).toEqual({ trackedChanges: true, reviewedText: true, trackingMode: true, trackedDeletions: true, snapshot: true });
    expect(review.fields.find((field) => field.key === 'programma')?.changes).toHaveLength(2);
    // The domain's grouping, as the Controle tab will show it.
    expect(changesByAuthor(review.changes).map((group) => [group.author, group.fields])).toEqual([
      [JANSEN, ['ambtenaar.email']],
      [GRIFFIE, ['programma', 'adviesCommissie']],
    ]);
  });

  it('reads the current text, not deleted-plus-inserted text, in Word on the web\'s Simple Markup (office-js #5286)', async () => {
    const { doc } = await reviewed({ markupView: 'simple' });
    const review = ok(await doc.review());
    expect(review.values['ambtenaar.email']).toBe('a.e.de.vries@zoetermeer.nl');
    expect(review.values.adviesCommissie).toBe('Voorstel agenderen als hamerstuk');
    expect(review.valuesExact).toBe(true);
    // And read() too: the form must not show "debatstukVoorstel agenderen als hamerstuk".
    expect(ok(await doc.read()).values.adviesCommissie).toBe('Voorstel agenderen als hamerstuk');
  });

  it('in a new session on a document the add-in wrote, still takes one round trip', async () => {
    const { fake } = await reviewed();
    const doc = createWordDocument(fake.host);
    const first = await syncsOf(fake, () => doc.review());
    expect(first.syncs).toBe(1);
    expect(ok(first.result).changes).toHaveLength(5);
  });

  it('on a document the add-in never saw, learns the controls first: two round trips, then one', async () => {
    const { fake } = await reviewed();
    fake.host.settings.set(SNAPSHOT_PART_SETTING, ''); // as a document made by `annotatie new`
    const doc = createWordDocument(fake.host);
    const first = await syncsOf(fake, () => doc.review());
    expect(first.syncs).toBe(2);
    expect(ok(first.result).changes).toHaveLength(5);
    expect((await syncsOf(fake, () => doc.review())).syncs).toBe(1);
  });

  it('in a new session with a field deleted meanwhile, recovers: three round trips, same answer', async () => {
    const { fake } = await reviewed();
    fake.user.deleteControl('annotatie.raadsadviseur.naam', { unlock: true });
    const doc = createWordDocument(fake.host);
    const first = await syncsOf(fake, () => doc.review());
    expect(first.syncs).toBe(3); // the guess fails (ItemNotFound), a scan, then the fields there are
    expect(ok(first.result).findings.map((finding) => `${finding.code}:${finding.field}`)).toEqual(['control_missing:raadsadviseur.naam']);
    expect(ok(first.result).changes).toHaveLength(5);
  });

  it('gives the Mac\'s empty deletion text as unknown (office-js #5178), and still acts on it', async () => {
    const { doc } = await reviewed({ platform: 'mac' });
    const review = ok(await doc.review());
    expect(review.changes.find((change) => change.id === 'programma#0')).toMatchObject({ type: 'delete', text: null });
    const outcome = ok(await doc.rejectChanges({ kind: 'change', field: 'programma', index: 0 }));
    expect(outcome.done.map((change) => change.id)).toEqual(['programma#0']);
    expect(outcome.review.values.programma).toBe('Alle programma’sVrije tijd');
  });
});

describe('a host without WordApi 1.6 or 1.4', () => {
  it('without 1.6 shows original against current text per field and says it cannot list changes', async () => {
    const { fake, doc } = await reviewed({ wordApi: '1.5' });
    const { result, syncs } = await syncsOf(fake, () => doc.review());
    const review = ok(result);
    expect(syncs).toBe(1);
    expect(review.capabilities).toMatchObject({ trackedChanges: false, reviewedText: true, snapshot: true });
    expect(review.changes).toEqual([]);
    const advies = review.fields.find((field) => field.key === 'adviesCommissie');
    expect(advies).toMatchObject({ original: 'Voorstel agenderen als debatstuk', current: 'Voorstel agenderen als hamerstuk' });
    expect(review.valuesExact).toBe(true);
    // Accept/reject needs 1.6: refused at once, no round trip.
    const refused = await syncsOf(fake, () => doc.acceptChanges({ kind: 'all' }));
    expect(refused.result).toMatchObject({ ok: false, failure: { kind: 'notSupported', operation: 'acceptChanges' } });
    expect(refused.syncs).toBe(0);
  });

  it('without 1.4 gives the current values only, and says they may hold deleted text', async () => {
    const { doc } = await reviewed({ wordApi: '1.3' });
    const review = ok(await doc.review());
    expect(review.capabilities).toEqual({ trackedChanges: false, reviewedText: false, trackingMode: false, trackedDeletions: false, snapshot: false });
    expect(review.fields.every((field) => field.original === null && field.changes.length === 0)).toBe(true);
    expect(review.trackingChanges).toBeNull();
    expect(review.snapshot).toBeNull();
    expect(review.editedOutsidePane).toEqual([]);
    // Word on the web in Simple Markup: `text` is all there is, deleted text included (#5286).
    expect(review.valuesExact).toBe(false);
    expect(review.values.adviesCommissie).toBe('Voorstel agenderen als debatstukVoorstel agenderen als hamerstuk');
  });

  it('without 1.4, with nothing pending, the values are exact all the same', async () => {
    const fake = createFakeWord({ wordApi: '1.3', platform: 'windows' });
    const doc = createWordDocument(fake.host);
    ok(await doc.insertTemplate(seed, 'start'));
    const read = ok(await doc.read());
    expect(read.values).toEqual(seed);
  });
});

describe('accept and reject', () => {
  it('accepts one change, and only that one, in one round trip', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    const { result, syncs } = await syncsOf(fake, () => doc.acceptChanges({ kind: 'change', field: 'ambtenaar.email', index: 0 }));
    const outcome = ok(result);
    expect(syncs).toBe(1);
    expect(outcome.done.map((change) => change.id)).toEqual(['ambtenaar.email#0']);
    expect(outcome.notDone).toEqual([]);
    expect(outcome.review.changes).toHaveLength(4);
    expect(outcome.review.values['ambtenaar.email']).toBe('a.e.de.vries@zoetermeer.nl');
    expect(fake.controls('annotatie.ambtenaar.email')[0]?.blocks).toEqual([
      expect.objectContaining({ runs: [{ text: 'a.e.de.vries@zoete' }, { text: 'r' }, { text: 'meer.nl' }] }),
    ]);
  });

  it('rejects one change of a pair: the other stays pending', async () => {
    const { doc } = await reviewed();
    ok(await doc.review());
    const outcome = ok(await doc.rejectChanges({ kind: 'change', field: 'adviesCommissie', index: 1 }));
    expect(outcome.done.map((change) => change.text)).toEqual(['Voorstel agenderen als hamerstuk']);
    expect(outcome.review.values.adviesCommissie).toBe(''); // the deletion is still pending
    expect(outcome.review.fields.find((field) => field.key === 'adviesCommissie')?.changes.map((change) => change.type)).toEqual(['delete']);
  });

  it('accepts all of one field and leaves the other fields pending', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    const { result, syncs } = await syncsOf(fake, () => doc.acceptChanges({ kind: 'field', field: 'adviesCommissie' }));
    const outcome = ok(result);
    expect(syncs).toBe(1);
    expect(outcome.done.map((change) => change.id)).toEqual(['adviesCommissie#0', 'adviesCommissie#1']);
    expect(changeIds(outcome.review)).toEqual([
      'ambtenaar.email#0 insert J. Jansen: r',
      'programma#0 delete Griffie Zoetermeer: Alle programma’s',
      'programma#1 insert Griffie Zoetermeer: Vrije tijd',
    ]);
    // No tracked markup left in the field.
    const advies = fake.snapshot().blocks.flatMap(function find(block): unknown[] {
      if (block.kind === 'control') return block.tag === 'annotatie.adviesCommissie' ? [block] : block.blocks.flatMap(find);
      if (block.kind === 'table') return block.rows.flat(2).flatMap(find);
      return [];
    });
    expect(JSON.stringify(advies)).toContain('Voorstel agenderen als hamerstuk');
    expect(JSON.stringify(advies)).not.toContain('revision');
  });

  it('rejects everything one author did, in every field', async () => {
    const { doc } = await reviewed();
    ok(await doc.review());
    const outcome = ok(await doc.rejectChanges({ kind: 'author', author: GRIFFIE }));
    expect(outcome.done).toHaveLength(4);
    expect(outcome.review.values).toMatchObject({ programma: seed.programma, adviesCommissie: seed.adviesCommissie });
    expect(changeIds(outcome.review)).toEqual(['ambtenaar.email#0 insert J. Jansen: r']);
  });

  it('accepts one author\'s changes within one field only', async () => {
    const { fake, doc } = await reviewed();
    fake.user.editControl('annotatie.adviesCommissie', { after: 'hamerstuk', insert: ' (na overleg)' }, { author: JANSEN });
    ok(await doc.review());
    const outcome = ok(await doc.acceptChanges({ kind: 'author', author: JANSEN, field: 'adviesCommissie' }));
    expect(outcome.done.map((change) => `${change.author}: ${change.text}`)).toEqual([`${JANSEN}:  (na overleg)`]);
    expect(outcome.review.changes.filter((change) => change.author === JANSEN).map((change) => change.field)).toEqual(['ambtenaar.email']);
  });

  it('accepts all, touching nothing outside the annotatie\'s field controls', async () => {
    const { fake, doc } = await reviewed();
    // A tracked edit in the raadsvoorstel's own text, before the annotatie.
    await fake.host.run(async (context) => {
      context.document.body.insertParagraph('Een alinea van de griffie buiten de annotatie', 'Start');
      await context.sync();
    });
    ok(await doc.review());
    const outcome = ok(await doc.acceptChanges({ kind: 'all' }));
    expect(outcome.done).toHaveLength(5);
    expect(outcome.review.changes).toEqual([]);
    const left = await fake.host.run(async (context) => {
      const changes = context.document.body.getTrackedChanges().load('text');
      await context.sync();
      return changes.items.map((change) => change.text);
    });
    expect(left).toEqual(['Een alinea van de griffie buiten de annotatie']);
  });

  it('leaves changes in a control locked for editing and says so; the lock stays (office-js #2886)', async () => {
    const { fake, doc } = await reviewed();
    fake.user.lockControl('annotatie.adviesCommissie', true);
    const review = ok(await doc.review());
    expect(review.fields.find((field) => field.key === 'adviesCommissie')?.locked).toBe(true);
    const outcome = ok(await doc.acceptChanges({ kind: 'all' }));
    expect(outcome.done.map((change) => change.field)).toEqual(['ambtenaar.email', 'programma', 'programma']);
    expect(outcome.notDone.map(({ change, reason }) => `${change.id} ${reason}`)).toEqual(['adviesCommissie#0 locked', 'adviesCommissie#1 locked']);
    expect(fake.controls('annotatie.adviesCommissie')[0]?.cannotEdit).toBe(true);
    expect(outcome.review.changes.map((change) => change.field)).toEqual(['adviesCommissie', 'adviesCommissie']);
  });

  it('when a lock was set after the review, reports what Word refused and what it did', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    fake.user.lockControl('annotatie.programma', true);
    const outcome = ok(await doc.acceptChanges({ kind: 'all' }));
    expect(outcome.refusal).toMatchObject({ kind: 'accessDenied', code: 'AccessDenied' });
    expect(outcome.done.map((change) => change.id)).toEqual(['ambtenaar.email#0']);
    expect(outcome.notDone.map(({ change, reason }) => `${change.id} ${reason}`)).toEqual([
      'programma#0 locked',
      'programma#1 locked',
      'adviesCommissie#0 refused',
      'adviesCommissie#1 refused',
    ]);
  });

  it('when a co-author settled the change meanwhile, does nothing, says so and shows the new state', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    // A co-author accepts the e-mail fix in Word; the pane still shows it.
    await fake.host.run(async (context) => {
      context.document.body.contentControls.getByTag('annotatie.ambtenaar.email').getFirst().getTrackedChanges().acceptAll();
      await context.sync();
    });
    const before = JSON.stringify(fake.snapshot());
    const { result, syncs } = await syncsOf(fake, () => doc.rejectChanges({ kind: 'change', field: 'ambtenaar.email', index: 0 }));
    const outcome = ok(result);
    expect(syncs).toBe(2); // the refused action, and the fresh review
    expect(outcome.done).toEqual([]);
    expect(outcome.notDone.map(({ change, reason }) => `${change.id} ${reason}`)).toEqual(['ambtenaar.email#0 changed']);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    expect(outcome.review.changes.map((change) => change.field)).not.toContain('ambtenaar.email');
  });

  it('never walks out of the field: with fewer changes than shown, nothing in the next field is touched', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    // Co-author rejects the griffie's new Programma text; its deletion (index 0) stays.
    await fake.host.run(async (context) => {
      const changes = context.document.body.contentControls.getByTag('annotatie.programma').getFirst().getTrackedChanges();
      changes.getFirst().getNext().reject();
      await context.sync();
    });
    const before = JSON.stringify(fake.snapshot());
    // Index 1 of Programma no longer exists; getNext() would land in Advies commissie.
    const outcome = ok(await doc.acceptChanges({ kind: 'change', field: 'programma', index: 1 }));
    expect(outcome.done).toEqual([]);
    expect(outcome.notDone.map(({ reason }) => reason)).toEqual(['changed']);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('says which change Word acted on when the field\'s list shifted meanwhile', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    // A co-author types in front of the griffie's new advice: position 1 is now the co-author's.
    fake.user.editControl('annotatie.adviesCommissie', { before: 'Voorstel agenderen als hamerstuk', insert: 'Advies: ' }, { author: JANSEN });
    const outcome = ok(await doc.acceptChanges({ kind: 'change', field: 'adviesCommissie', index: 1 }));
    expect(outcome.notDone.map(({ change, reason }) => `${change.text} ${reason}`)).toEqual(['Voorstel agenderen als hamerstuk changed']);
    expect(outcome.done.map((change) => `${change.author}: ${change.text}`)).toEqual([`${JANSEN}: Advies: `]);
    expect(outcome.unexpected).toEqual(outcome.done);
    // The griffie's insertion is still pending, shown in the fresh review.
    expect(outcome.review.fields.find((field) => field.key === 'adviesCommissie')?.changes.map((change) => change.author)).toEqual([GRIFFIE, GRIFFIE]);
  });

  it('reports the changes a whole-field accept settled that the review did not show', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    fake.user.editControl('annotatie.adviesCommissie', { after: 'hamerstuk', insert: ' (na overleg)' }, { author: JANSEN });
    const outcome = ok(await doc.acceptChanges({ kind: 'field', field: 'adviesCommissie' }));
    expect(outcome.done).toHaveLength(3);
    expect(outcome.unexpected.map((change) => `${change.author}: ${change.text}`)).toEqual([`${JANSEN}:  (na overleg)`]);
  });

  it('in a protected document on the web reports Word\'s NotAllowed and that nothing was done', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    fake.user.setProtected(true);
    const outcome = ok(await doc.acceptChanges({ kind: 'all' }));
    expect(outcome.refusal).toMatchObject({ kind: 'accessDenied', code: 'NotAllowed' });
    expect(outcome.done).toEqual([]);
    expect(outcome.notDone).toHaveLength(5);
    expect(outcome.notDone.every(({ reason }) => reason === 'refused')).toBe(true);
  });

  it('reviews first when no review was shown yet (one more round trip)', async () => {
    const { fake } = await reviewed();
    const doc = createWordDocument(fake.host);
    ok(await doc.read());
    const { result, syncs } = await syncsOf(fake, () => doc.acceptChanges({ kind: 'field', field: 'programma' }));
    expect(ok(result).done).toHaveLength(2);
    expect(syncs).toBe(2);
  });

  it('a lost connection is a failure, with the fields whose outcome is unknown', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    fake.disconnect({ when: 'afterApply' });
    const result: WordResult<ChangeActionOutcome> = await doc.acceptChanges({ kind: 'field', field: 'programma' });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'connectionLost', uncertain: ['programma'] } });
  });
});

describe('a field whose control was deleted', () => {
  it('when another field\'s control went meanwhile, still accepts the selected change (one retry)', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    fake.user.setTracking('Off');
    fake.user.deleteControl('annotatie.raadsadviseur.naam', { unlock: true });
    const { result, syncs } = await syncsOf(fake, () => doc.acceptChanges({ kind: 'change', field: 'ambtenaar.email', index: 0 }));
    const outcome = ok(result);
    // The batch fails before changing anything (the missing control); the fresh review guesses
    // the same way and recovers (three round trips); then the retry. Rare, and nothing was lost.
    expect(syncs).toBe(5);
    expect(outcome.done.map((change) => change.id)).toEqual(['ambtenaar.email#0']);
    expect(outcome.review.findings.map((finding) => finding.code)).toEqual(['control_missing']);
  });

  it('is a control_missing finding, not a field of the review, and not "edited outside the pane"', async () => {
    const { fake, doc } = await reviewed();
    fake.user.setTracking('Off');
    fake.user.deleteControl('annotatie.programma', { unlock: true });
    const review = ok(await doc.review());
    expect(review.findings).toEqual([{ field: 'programma', code: 'control_missing', severity: 'error' }]);
    expect(review.fields.map((field) => field.key)).not.toContain('programma');
    expect(review.editedOutsidePane).not.toContain('programma');
    expect(review.changes.map((change) => change.field)).not.toContain('programma');
  });

  it('when deleted after the review, accepting its changes reports the control as missing', async () => {
    const { fake, doc } = await reviewed();
    ok(await doc.review());
    fake.user.setTracking('Off');
    fake.user.deleteControl('annotatie.programma', { unlock: true });
    const outcome = ok(await doc.acceptChanges({ kind: 'field', field: 'programma' }));
    expect(outcome.notDone.map(({ reason }) => reason)).toEqual(['controlMissing', 'controlMissing']);
    expect(outcome.done).toEqual([]);
  });
});

describe('the snapshot of values the add-in last wrote', () => {
  const snapshotOf = (fake: FakeWord) => {
    const parts = fake.customXmlParts().filter((part) => part.namespaceUri === SNAPSHOT_PART_NAMESPACE);
    expect(parts).toHaveLength(1);
    const read = parseSnapshotPart(parts[0]?.xml ?? '');
    if (!read.ok) throw new Error(read.detail);
    return read.snapshot;
  };

  it('is written by insertTemplate in the same round trip, every field included', async () => {
    const fake = createFakeWord();
    const doc = createWordDocument(fake.host, { now: () => WRITTEN });
    const { result, syncs } = await syncsOf(fake, () => doc.insertTemplate(seed, 'start'));
    expect(ok(result).snapshotWritten).toBe(true);
    expect(syncs).toBe(1);
    const snapshot = snapshotOf(fake);
    expect(snapshot.written).toBe(WRITTEN.toISOString());
    expect(Object.keys(snapshot.values).sort()).toEqual(FIELDS.map((field) => field.key).sort());
    expect(snapshot.values).toMatchObject(seed);
  });

  it('lists the fields edited in Word since, and no longer once the pane writes them', async () => {
    const { fake, doc } = await reviewed();
    const review = ok(await doc.review());
    expect(review.editedOutsidePane).toEqual(['ambtenaar.email', 'programma', 'adviesCommissie']);
    expect(review.fields.filter((field) => field.editedOutsidePane).map((field) => field.key)).toEqual(review.editedOutsidePane);
    const { result, syncs } = await syncsOf(fake, () => doc.write({ programma: 'Veiligheid', onderwerp: 'Nieuw onderwerp' }));
    expect(ok(result).snapshotWritten).toBe(true);
    expect(syncs).toBe(1);
    expect(snapshotOf(fake).values).toMatchObject({ programma: 'Veiligheid', onderwerp: 'Nieuw onderwerp', adviesCommissie: seed.adviesCommissie });
    expect(ok(await doc.review()).editedOutsidePane).toEqual(['ambtenaar.email', 'adviesCommissie']);
  });

  it('does not adopt a value the pane sends back unchanged: the edit is still someone else\'s', async () => {
    const { fake, doc } = await reviewed();
    const review = ok(await doc.review());
    // The form shows the document's values and sends them all; Programma is the griffie's text.
    const written = ok(await doc.write({ ...review.values, onderwerp: 'Nieuw onderwerp' }));
    expect(written.written).toEqual(['onderwerp']);
    expect(snapshotOf(fake).values.programma).toBe(seed.programma);
    expect(ok(await doc.review()).editedOutsidePane).toContain('programma');
  });

  it('flags a field whose pane-written change a reviewer rejected', async () => {
    const fake = createFakeWord({ now: () => WHEN });
    const doc = createWordDocument(fake.host);
    ok(await doc.insertTemplate(seed, 'start'));
    fake.user.setTracking('TrackAll');
    ok(await doc.read());
    ok(await doc.write({ programma: 'Vrije tijd' }));
    expect(ok(await doc.review()).editedOutsidePane).toEqual([]);
    ok(await doc.rejectChanges({ kind: 'field', field: 'programma' }));
    expect(ok(await doc.review()).editedOutsidePane).toEqual(['programma']);
  });

  it('is found again by a new session in its first round trip (the part id is kept in the settings)', async () => {
    const { fake } = await reviewed();
    expect(fake.host.settings.get(SNAPSHOT_PART_SETTING)).toEqual(expect.stringMatching(/^\{/));
    const reopened = createWordDocument(fake.host);
    const { result, syncs } = await syncsOf(fake, () => reopened.review());
    expect(syncs).toBe(1);
    const review = ok(result);
    expect(review.snapshot?.values.programma).toBe(seed.programma);
    expect(review.editedOutsidePane).toEqual(['ambtenaar.email', 'programma', 'adviesCommissie']);
  });

  it('is read on desktop through the part\'s xml property, without the stored id (WordApiDesktop 1.3)', async () => {
    const fake = createFakeWord({ platform: 'windows' });
    const writer = createWordDocument(fake.host);
    ok(await writer.insertTemplate(seed, 'start'));
    fake.host.settings.set(SNAPSHOT_PART_SETTING, '');
    fake.user.typeInControl('annotatie.programma', 'Vrije tijd');
    const reader = createWordDocument(fake.host);
    const { result, syncs } = await syncsOf(fake, () => reader.read());
    expect(syncs).toBe(1);
    expect(ok(result).values.programma).toBe('Vrije tijd');
    expect(ok(await reader.review()).editedOutsidePane).toEqual(['programma']);
  });

  it('a snapshot written by another tool (the .docx writer) is read by the Word layer', async () => {
    const fake = createFakeWord();
    ok(await createWordDocument(fake.host).insertTemplate(seed, 'start'));
    const part = fake.customXmlParts().find((candidate) => candidate.namespaceUri === SNAPSHOT_PART_NAMESPACE);
    if (!part) throw new Error('no snapshot part');
    part.xml = snapshotPartXml({ version: 1, written: '2025-01-01T00:00:00Z', values: { onderwerp: 'Iets anders' } });
    const review = ok(await createWordDocument(fake.host).review());
    expect(review.snapshot?.written).toBe('2025-01-01T00:00:00Z');
    expect(review.editedOutsidePane).toEqual(['onderwerp']);
  });

  it('a part removed meanwhile (undo) does not fail a write: the values land, the snapshot is redone later', async () => {
    const fake = createFakeWord();
    const doc = createWordDocument(fake.host);
    ok(await doc.insertTemplate(seed, 'start'));
    ok(await doc.read());
    const index = fake.engine.customXmlParts.findIndex((part) => part.namespaceUri === SNAPSHOT_PART_NAMESPACE);
    fake.engine.customXmlParts.splice(index, 1);
    const written = ok(await doc.write({ onderwerp: 'Nieuw' }));
    expect(written).toMatchObject({ written: ['onderwerp'], snapshotWritten: false });
    expect(fake.controlTexts('annotatie.onderwerp')).toEqual(['Nieuw']);
    // The check after the failure re-read the parts: the next write adds a fresh one.
    expect(ok(await doc.write({ onderwerp: 'Nieuwer' })).snapshotWritten).toBe(true);
    expect(snapshotOf(fake).values).toEqual({ onderwerp: 'Nieuwer' });
  });

  it('a value typed with the pane in a new session keeps the fields written before', async () => {
    const fake = createFakeWord();
    ok(await createWordDocument(fake.host).insertTemplate(seed, 'start'));
    const later = createWordDocument(fake.host);
    ok(await later.read());
    ok(await later.write({ onderwerp: 'Nieuw' }));
    expect(snapshotOf(fake).values).toMatchObject({ onderwerp: 'Nieuw', programma: seed.programma });
  });

  it.each<FieldKey>(['toelichting.kern', 'medePortefeuillehouders'])('compares multi-line %s as written', async (key) => {
    const fake = createFakeWord();
    const doc = createWordDocument(fake.host);
    ok(await doc.insertTemplate({ ...seed, [key]: 'Eerste\nTweede' }, 'start'));
    expect(ok(await doc.review()).editedOutsidePane).toEqual([]);
  });
});
