import { DEFAULT_PROFILE, profileFromJson } from '../../../src/domain';
import { findingsOf } from '../helpers';

describe('email_domain_typo', () => {
  it.each([
    ['the seed’s dropped r', 'a.e.de.vries@zoetemeer.nl', 'a.e.de.vries@zoetermeer.nl', 'zoetemeer.nl'],
    ['dropped e', 'w.i.van.vaals@zoetermer.nl', 'w.i.van.vaals@zoetermeer.nl', 'zoetermer.nl'],
    ['swapped letters', 'j.jansen@zoetermere.nl', 'j.jansen@zoetermeer.nl', 'zoetermere.nl'],
    ['doubled letter', 'j.jansen@zoetermeeer.nl', 'j.jansen@zoetermeer.nl', 'zoetermeeer.nl'],
    ['wrong top-level letter', 'j.jansen@zoetermeer.nk', 'j.jansen@zoetermeer.nl', 'zoetermeer.nk'],
    ['.com instead of .nl', 'j.jansen@zoetermeer.com', 'j.jansen@zoetermeer.nl', 'zoetermeer.com'],
    ['capitals keep the local part', 'J.Jansen@Zoetemeer.NL', 'J.Jansen@zoetermeer.nl', 'zoetemeer.nl'],
    ['two edits', 'j.jansen@zoetemer.nl', 'j.jansen@zoetermeer.nl', 'zoetemer.nl'],
  ])('%s: %s', (_name, text, suggestion, domain) => {
    expect(findingsOf('email_domain_typo', { 'ambtenaar.email': text })).toEqual([
      { field: 'ambtenaar.email', code: 'email_domain_typo', severity: 'error', suggestion, params: { domain, expected: 'zoetermeer.nl' } },
    ]);
  });

  it.each([
    ['the right domain', 'j.jansen@zoetermeer.nl'],
    ['a different organisation', 'j.jansen@denhaag.nl'],
    ['three edits away', 'j.jansen@zoetrmr.nl'],
    ['a national domain', 'j.jansen@minbzk.nl'],
    ['not an address at all', 'zoetemeer.nl'],
  ])('no typo for %s', (_name, text) => {
    expect(findingsOf('email_domain_typo', { 'raadsadviseur.email': text })).toEqual([]);
  });

  it('checks against the profile’s own domains', () => {
    const result = profileFromJson({ ...DEFAULT_PROFILE, emailDomains: ['ede.nl'] }, 'ede.json');
    if (!result.ok) throw new Error(result.error);
    // Short domains allow one edit only: two edits from ede.nl are other real domains.
    expect(findingsOf('email_domain_typo', { 'ambtenaar.email': 'p@edr.nl' }, result.profile)).toHaveLength(1);
    expect(findingsOf('email_domain_typo', { 'ambtenaar.email': 'p@eye.com' }, result.profile)).toHaveLength(0);
  });
});
