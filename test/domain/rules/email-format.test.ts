import { findingMessage } from '../../../src/domain';
import { findingsOf } from '../helpers';

describe('email_format', () => {
  it.each([
    ['no @', 'a.e.de.vries.zoetermeer.nl', undefined],
    ['two @', 'a@b@zoetermeer.nl', undefined],
    ['space inside a name: de.vries or devries?', 'a.e.de vries@zoetermeer.nl', undefined],
    ['spaces around the @', 'a.e.de.vries @ zoetermeer.nl', 'a.e.de.vries@zoetermeer.nl'],
    ['a space after a dot', 'a.e. de.vries@zoetermeer.nl', 'a.e.de.vries@zoetermeer.nl'],
    ['comma for a dot', 'a.e.de.vries@zoetermeer,nl', 'a.e.de.vries@zoetermeer.nl'],
    ['no dotted domain', 'a.e.de.vries@denhaag', undefined],
    ['the municipal domain without its dot', 'a.e.de.vries@zoetermeernl', 'a.e.de.vries@zoetermeer.nl'],
    ['the municipal domain without its top level', 'a.e.de.vries@zoetermeer', undefined],
    ['a doubled dot', 'a.e.de.vries@zoetermeer..nl', 'a.e.de.vries@zoetermeer.nl'],
    ['nothing before @', '@zoetermeer.nl', undefined],
    ['Outlook display form', 'Annet de Vries <a.e.de.vries@zoetermeer.nl>', 'a.e.de.vries@zoetermeer.nl'],
    ['pasted mailto', 'mailto:a.e.de.vries@zoetermeer.nl', 'a.e.de.vries@zoetermeer.nl'],
    ['mailto with a typo in the domain', 'mailto:a.e.de.vries@zoetemeer.nl', 'a.e.de.vries@zoetermeer.nl'],
    ['trailing dot', 'a.e.de.vries@zoetermeer.nl.', 'a.e.de.vries@zoetermeer.nl'],
    ['double dot in local part', 'a..vries@zoetermeer.nl', undefined],
    ['numeric top-level domain', 'a@zoetermeer.123', undefined],
    ['a phone number in the wrong field', '079 3468269', undefined],
  ])('%s: %j', (_name, text, suggestion) => {
    const findings = findingsOf('email_format', { 'ambtenaar.email': text });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ field: 'ambtenaar.email', code: 'email_format', severity: 'error' });
    expect(findings[0]?.suggestion).toBe(suggestion);
  });

  it.each([
    ['a.e.de.vries@zoetermeer.nl'],
    ['A.E.de.Vries@Zoetermeer.NL'],
    ['  w.i.van.vaals@zoetermeer.nl  '],
    ['griffie+raad@zoetermeer.nl'],
    ['iemand@rekenkamer-zoetermeer.nl'],
    ['x@sub.domein.example.org'],
  ])('accepts %j', (text) => {
    expect(findingsOf('email_format', { 'raadsadviseur.email': text })).toEqual([]);
  });
});

describe('email_format: more than one address in the field', () => {
  // The generic advice ("zonder spaties") sends the user to remove the space after the ";", which
  // only makes it worse: the fix is one address per field.
  it.each([
    ['Outlook separator', 'a.e.de.vries@zoetermeer.nl; w.i.van.vaals@zoetermeer.nl', '2'],
    ['comma list', 'a.e.de.vries@zoetermeer.nl, w.i.van.vaals@zoetermeer.nl', '2'],
    ['no space after the separator', 'a.e.de.vries@zoetermeer.nl;w.i.van.vaals@zoetermeer.nl', '2'],
    ['separated by a space only', 'a.e.de.vries@zoetermeer.nl w.i.van.vaals@zoetermeer.nl', '2'],
    ['three, one of them broken', 'a@zoetermeer.nl; b@zoetemeer.nl; c@', '3'],
  ])('%s: %j', (_name, text, count) => {
    const findings = findingsOf('email_format', { 'ambtenaar.email': text });
    expect(findings).toEqual([{ field: 'ambtenaar.email', code: 'email_format', severity: 'error', params: { value: text, reason: 'multiple', count } }]);
    const [finding] = findings;
    if (!finding) throw new Error('no finding');
    expect(findingMessage(finding, 'nl')).toBe(`‘${text}’ bevat ${count} e-mailadressen. Vul hier één adres in.`);
    expect(findingMessage(finding, 'en')).toBe(`‘${text}’ holds ${count} email addresses. Enter one address here.`);
    expect(findingMessage(finding, 'nl')).not.toContain('spaties');
  });

  it.each([
    ['a comma for a dot', 'a.e.de.vries@zoetermeer,nl'],
    ['a space inside a name', 'a.e.de vries@zoetermeer.nl'],
    ['two @ in one address', 'a@b@zoetermeer.nl'],
    ['Outlook display form', 'Annet de Vries <a.e.de.vries@zoetermeer.nl>'],
  ])('one address, however broken: %s', (_name, text) => {
    for (const finding of findingsOf('email_format', { 'ambtenaar.email': text })) expect(finding.params?.reason).toBeUndefined();
  });
});
