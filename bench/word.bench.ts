import type { Figure } from './figure';
import { round2 } from './figure';
import { SNAPSHOT_PART_SETTING, createWordDocument } from '../src/document/word';
import { createFakeWord } from '../src/document/word/fake';
import type { AnnotatieValues } from '../src/domain/fields';
import seedJson from '../src/preview/seed.json';
import { LEGACY_DEMO_PARAGRAPHS } from '../src/preview/legacy-demo';

/**
 * Round trips per action and their simulated cost on Word on the web (40 ms per round trip,
 * the notes' "tens of ms"), measured by the fake that counts every context.sync(). Also the
 * number of queued operations (batch size) and the fake's own CPU time per action.
 */
const LATENCY_MS = 40;
const seed: AnnotatieValues = seedJson;

export async function run(): Promise<readonly Figure[]> {
  const figures: Figure[] = [];
  const record = (action: string, stats: { syncs: number; operations: number; simulatedMs: number }, cpuMs: number) => {
    figures.push(
      { name: `word.${action}.syncs`, value: stats.syncs, unit: 'syncs', note: 'context.sync() round trips per action' },
      { name: `word.${action}.simulatedMs`, value: stats.simulatedMs, unit: 'ms', note: `${LATENCY_MS} ms per round trip (Word on the web)` },
      { name: `word.${action}.operations`, value: stats.operations, unit: 'ops', note: 'queued commands in the batch' },
      { name: `word.${action}.fakeCpuMs`, value: round2(cpuMs), unit: 'ms', note: 'CPU time of the layer + fake, median of 21' },
    );
  };

  const actions: readonly [string, (doc: ReturnType<typeof createWordDocument>, fake: ReturnType<typeof createFakeWord>) => Promise<unknown>, boolean][] = [
    ['detect', (doc) => doc.detect(), true],
    ['insertTemplate', (doc) => doc.insertTemplate(seed, 'start'), false],
    ['read', (doc) => doc.read(), true],
    ['write', (doc) => doc.write({ onderwerp: 'Nieuw onderwerp', 'toelichting.kern': 'Eerste alinea\nTweede alinea', 'planning.besluitvorming': '20-10-2025' }), true],
    ['select', (doc) => doc.select('toelichting.behandeladvies'), true],
  ];

  for (const [action, perform, needsTemplate] of actions) {
    const samples: number[] = [];
    let stats = { syncs: 0, operations: 0, simulatedMs: 0 };
    for (let round = 0; round < 21; round += 1) {
      const fake = createFakeWord({ latencyMs: LATENCY_MS });
      const doc = createWordDocument(fake.host, { newId: () => 'bench' });
      if (needsTemplate) await doc.insertTemplate(seed, 'start');
      if (action === 'write') await doc.read();
      fake.resetStats();
      const start = process.hrtime.bigint();
      const result = (await perform(doc, fake)) as { ok: boolean };
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!result.ok) throw new Error(`word.${action} failed in the bench: ${JSON.stringify(result)}`);
      stats = fake.stats();
    }
    samples.sort((a, b) => a - b);
    record(action, stats, samples[Math.floor(samples.length / 2)] ?? Number.NaN);
  }

  // The griffie's review: the seed written by the pane, then three fields edited in Word with
  // tracking on by two authors (five tracked changes); review after a read, as the pane does.
  const griffie = async () => {
    const fake = createFakeWord({ latencyMs: LATENCY_MS });
    const doc = createWordDocument(fake.host, { newId: () => 'bench' });
    await doc.insertTemplate(seed, 'start');
    fake.user.setTracking('TrackAll');
    fake.user.editControl('annotatie.ambtenaar.email', { after: 'zoete', insert: 'r' }, { author: 'J. Jansen' });
    fake.user.typeInControl('annotatie.adviesCommissie', 'Voorstel agenderen als hamerstuk', { author: 'Griffie Zoetermeer' });
    fake.user.editControl('annotatie.programma', { find: 'Alle programma’s', replace: 'Vrije tijd' }, { author: 'Griffie Zoetermeer' });
    return { fake, doc };
  };
  // `before`: what the pane did first in the same session ('none': a pane just opened on a
  // document the add-in wrote; 'foreign': one it never saw, e.g. made by `annotatie new`).
  const reviewActions: readonly [string, (doc: ReturnType<typeof createWordDocument>) => Promise<{ ok: boolean }>, 'read' | 'review' | 'none' | 'foreign'][] = [
    ['readWithChanges', (doc) => doc.read(), 'read'],
    ['readWithChangesNewSession', (doc) => doc.read(), 'none'],
    ['readWithChangesForeignDocument', (doc) => doc.read(), 'foreign'],
    ['review', (doc) => doc.review(), 'read'],
    ['reviewNewSession', (doc) => doc.review(), 'none'],
    ['reviewForeignDocument', (doc) => doc.review(), 'foreign'],
    ['acceptOneChange', (doc) => doc.acceptChanges({ kind: 'change', field: 'adviesCommissie', index: 1 }), 'review'],
    ['acceptOneAuthor', (doc) => doc.acceptChanges({ kind: 'author', author: 'Griffie Zoetermeer' }), 'review'],
    ['rejectOneField', (doc) => doc.rejectChanges({ kind: 'field', field: 'programma' }), 'review'],
    ['acceptAll', (doc) => doc.acceptChanges({ kind: 'all' }), 'review'],
  ];
  for (const [action, perform, before] of reviewActions) {
    const samples: number[] = [];
    let stats = { syncs: 0, operations: 0, simulatedMs: 0 };
    for (let round = 0; round < 21; round += 1) {
      const { fake, doc: writer } = await griffie();
      if (before === 'foreign') fake.host.settings.set(SNAPSHOT_PART_SETTING, '');
      const doc = before === 'none' || before === 'foreign' ? createWordDocument(fake.host, { newId: () => 'bench' }) : writer;
      if (before === 'read') await doc.read();
      if (before === 'review') await doc.review();
      fake.resetStats();
      const start = process.hrtime.bigint();
      const result = await perform(doc);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!result.ok) throw new Error(`word.${action} failed in the bench: ${JSON.stringify(result)}`);
      stats = fake.stats();
    }
    samples.sort((a, b) => a - b);
    record(action, stats, samples[Math.floor(samples.length / 2)] ?? Number.NaN);
  }

  // Repair after the user deleted three controls (after a read, as the pane does).
  {
    const samples: number[] = [];
    let stats = { syncs: 0, operations: 0, simulatedMs: 0 };
    for (let round = 0; round < 21; round += 1) {
      const fake = createFakeWord({ latencyMs: LATENCY_MS });
      const doc = createWordDocument(fake.host, { newId: () => 'bench' });
      await doc.insertTemplate(seed, 'start');
      for (const tag of ['annotatie.programma', 'annotatie.ambtenaar.email', 'annotatie.toelichting.kern']) fake.user.deleteControl(tag, { unlock: true });
      await doc.read();
      fake.resetStats();
      const start = process.hrtime.bigint();
      const result = await doc.repair(seed);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!result.ok || result.recreated.length !== 3) throw new Error(`word.repair failed in the bench: ${JSON.stringify(result)}`);
      stats = fake.stats();
    }
    samples.sort((a, b) => a - b);
    record('repair', stats, samples[Math.floor(samples.length / 2)] ?? Number.NaN);
  }

  // Converting an old annotatie (the seed's text, one paragraph per line, as the preview's
  // demo=legacy): reading the body's text, then removing it after the annotatie went in.
  for (const action of ['readLegacyText', 'removeLegacyText'] as const) {
    const samples: number[] = [];
    let stats = { syncs: 0, operations: 0, simulatedMs: 0 };
    for (let round = 0; round < 21; round += 1) {
      const fake = createFakeWord({ latencyMs: LATENCY_MS });
      const doc = createWordDocument(fake.host, { newId: () => 'bench' });
      fake.user.setParagraphs(LEGACY_DEMO_PARAGRAPHS);
      const read = await doc.readLegacyText();
      if (!read.ok || read.span === null) throw new Error(`word.readLegacyText failed in the bench: ${JSON.stringify(read)}`);
      const span = read.span;
      if (action === 'removeLegacyText') await doc.insertTemplate(seed, 'start');
      fake.resetStats();
      const start = process.hrtime.bigint();
      const result = action === 'readLegacyText' ? await doc.readLegacyText() : await doc.removeLegacyText(span);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!result.ok) throw new Error(`word.${action} failed in the bench: ${JSON.stringify(result)}`);
      stats = fake.stats();
    }
    samples.sort((a, b) => a - b);
    record(action, stats, samples[Math.floor(samples.length / 2)] ?? Number.NaN);
  }
  return figures;
}
