import type { Figure } from './figure';
import { round2 } from './figure';
import { createWordDocument } from '../src/document/word';
import { createFakeWord } from '../src/document/word/fake';
import type { AnnotatieValues } from '../src/domain/fields';
import seedJson from '../test/fixtures/values/seed.json';

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
  return figures;
}
