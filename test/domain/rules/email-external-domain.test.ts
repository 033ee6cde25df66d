import { findingsOf } from '../helpers';

describe('email_external_domain', () => {
  it.each([
    ['another municipality', 'a.bakker@denhaag.nl', 'denhaag.nl'],
    ['a personal address', 'annet.devries@gmail.com', 'gmail.com'],
    ['a subdomain of the municipality', 'x@mail.zoetermeer.nl', 'mail.zoetermeer.nl'],
  ])('%s', (_name, text, domain) => {
    expect(findingsOf('email_external_domain', { 'raadsadviseur.email': text })).toEqual([
      { field: 'raadsadviseur.email', code: 'email_external_domain', severity: 'warning', params: { domain, expected: 'zoetermeer.nl' } },
    ]);
  });

  it.each([
    ['own domain', 'a@zoetermeer.nl'],
    ['own domain in capitals', 'a@ZOETERMEER.NL'],
    ['a typo (that is email_domain_typo)', 'a@zoetemeer.nl'],
    ['not an address (that is email_format)', 'a@'],
    ['empty', ''],
  ])('not for %s', (_name, text) => {
    expect(findingsOf('email_external_domain', { 'raadsadviseur.email': text })).toEqual([]);
  });
});
