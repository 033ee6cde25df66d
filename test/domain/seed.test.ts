import seed from '../../src/preview/seed.json';
import { DEFAULT_PROFILE, parseValuesJson, validate, reportFindings, exitCodeFor } from '../../src/domain';
import { SEED_TODAY } from './helpers';

describe('the seed annotatie (Zoetermeer, 2025)', () => {
  const { values, findings: readFindings } = parseValuesJson(seed);
  // As on the day it was written: its dates lie ahead (planning_in_past has its own tests).
  const findings = validate(values, DEFAULT_PROFILE, { today: SEED_TODAY });

  it('reads without unknown keys or type problems', () => {
    expect(readFindings).toEqual([]);
  });

  it('gives exactly one finding: the e-mail domain typo nobody caught', () => {
    expect(findings).toEqual([
      {
        field: 'ambtenaar.email',
        code: 'email_domain_typo',
        severity: 'error',
        suggestion: 'a.e.de.vries@zoetermeer.nl',
        params: { domain: 'zoetemeer.nl', expected: 'zoetermeer.nl' },
      },
    ]);
    expect(exitCodeFor(findings)).toBe(1);
  });

  it('says so in natural Dutch and English', () => {
    expect(reportFindings(findings, 'nl')[0]?.message).toBe(
      'Het domein ‘zoetemeer.nl’ lijkt op een tikfout; bedoelt u a.e.de.vries@zoetermeer.nl?',
    );
    expect(reportFindings(findings, 'en')[0]?.message).toBe(
      'The domain ‘zoetemeer.nl’ looks like a typo; did you mean a.e.de.vries@zoetermeer.nl?',
    );
  });

  it('is clean once the typo is fixed', () => {
    expect(validate({ ...values, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' }, DEFAULT_PROFILE, { today: SEED_TODAY })).toEqual([]);
  });
});
