import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { AnnotatieValues } from '../../src/domain/fields';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

/**
 * `annotatie export` byte for byte: stdout, stderr and the exit code of each run are recorded in
 * test/cli/golden/ and must not change, whatever code computes them (the task pane's hand-off
 * shares that code, src/domain/export.ts). To record a deliberate change of the output, run
 * `UPDATE_GOLDEN=1 npx jest test/cli/export-golden.test.ts` and review the diff.
 */
const SEED: AnnotatieValues = seed;
const TRICKY: AnnotatieValues = {
  ...SEED,
  'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl',
  onderwerp: '=HYPERLINK("http://x","klik"), met "aanhalingstekens"',
  medePortefeuillehouders: 'Wethouder B.G. Velzen\nWethouder A. de Groot',
  'toelichting.kern': 'Eerste alinea\nTweede alinea, met een komma',
  'planning.oordeelsvorming': '29 september 2025',
  'raadsadviseur.telefoon': '14 079',
  adviesCommissie: '',
};
const FILES = { 'seed.docx': writeDocx(SEED), 'tricky.docx': writeDocx(TRICKY), 'kapot.docx': 'geen zip' };
const dir = join(__dirname, 'golden');

describe.each([
  ['json-one', ['seed.docx', '--json']],
  ['json-two', ['seed.docx', 'tricky.docx', '--json']],
  ['json-with-error', ['seed.docx', 'kapot.docx', 'tricky.docx', '--json']],
  ['csv', ['seed.docx', 'tricky.docx', '--csv']],
  ['csv-with-error', ['kapot.docx', 'tricky.docx', '--csv']],
  ['human', ['tricky.docx']],
  ['human-two-en', ['seed.docx', 'tricky.docx', '--lang', 'en']],
])('annotatie export %s', (name, args) => {
  it('prints exactly what it printed before', async () => {
    const fs = memoryIo(FILES);
    const exit = await main(['export', ...args], fs.io);
    const recorded = `exit ${exit}\n--- stdout\n${fs.stdout()}--- stderr\n${fs.stderr()}`;
    const file = join(dir, `export-${name}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, recorded);
    }
    // A missing recording is a failure, not a pass: run with UPDATE_GOLDEN=1 once, on purpose.
    expect(existsSync(file)).toBe(true);
    expect(recorded).toBe(readFileSync(file, 'utf8'));
  });
});
