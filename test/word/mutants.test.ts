import type { RequestContextApi, WordHost } from '../../src/document/word/api';
import { createWordDocument } from '../../src/document/word';
import { createFakeWord } from '../../src/document/word/fake';
import type { AnnotatieDocument } from '../../src/document/port';

/**
 * Would the tests notice a layer that forgets a load or a sync? Here the layer runs on a
 * sabotaged host that silently drops every `load()` or every `sync()` — the two bugs
 * office-addin-mock lets through — and every reading operation must then fail, never return
 * made-up values.
 */
type Sabotage = 'load' | 'sync';

function sabotaged<T extends object>(target: T, drop: Sabotage): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (drop === 'sync' && property === 'sync') return async () => undefined;
      if (drop === 'load' && property === 'load') return () => sabotaged(object, drop);
      if (typeof value === 'function') {
        return (...args: unknown[]) => {
          const result: unknown = Reflect.apply(value as (...a: unknown[]) => unknown, object, args);
          return typeof result === 'object' && result !== null && !(result instanceof Promise) ? sabotaged(result, drop) : result;
        };
      }
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return sabotaged(value, drop);
      return value;
    },
    set(object, property, value) {
      return Reflect.set(object, property, value, object);
    },
  });
}

function sabotagedHost(host: WordHost, drop: Sabotage): WordHost {
  return { ...host, run: (batch) => host.run((context: RequestContextApi) => batch(sabotaged(context, drop))) };
}

async function seeded() {
  const fake = createFakeWord();
  await createWordDocument(fake.host).insertTemplate({ onderwerp: 'Rekenkameronderzoek' }, 'start');
  return fake;
}

const READING: readonly [string, (doc: AnnotatieDocument) => Promise<{ ok: boolean }>][] = [
  ['detect', (doc) => doc.detect()],
  ['read', (doc) => doc.read()],
];

describe.each<Sabotage>(['load', 'sync'])('a layer that forgets every %s', (drop) => {
  it.each(READING)('fails %s with PropertyNotLoaded instead of inventing an answer', async (_name, operation) => {
    const fake = await seeded();
    const doc = createWordDocument(sabotagedHost(fake.host, drop));
    expect(await operation(doc)).toMatchObject({ ok: false, failure: { code: 'PropertyNotLoaded' } });
  });

  it('still passes the same operations on the honest host (the sabotage is what fails them)', async () => {
    const fake = await seeded();
    const doc = createWordDocument(fake.host);
    for (const [, operation] of READING) expect(await operation(doc)).toMatchObject({ ok: true });
  });
});

it('a forgotten sync in a write still lands, because Word.run sends what is queued at the end (as office.js does)', async () => {
  const fake = await seeded();
  const doc = createWordDocument(sabotagedHost(fake.host, 'sync'));
  fake.resetStats();
  expect(await doc.write({ onderwerp: 'Nieuw' })).toMatchObject({ ok: true, written: ['onderwerp'] });
  expect(fake.stats().syncs).toBe(1);
  expect(fake.controlTexts('annotatie.onderwerp')).toEqual(['Nieuw']);
});
