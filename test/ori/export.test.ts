import type { OriExport, Profile } from '../../src/domain';
import { DEFAULT_PROFILE, oriExport, profileFromJson } from '../../src/domain';
import { withValues } from '../domain/helpers';
import { zoetermeerCalendar } from '../domain/calendar/fixture';
import { errorsOf, oriValidators } from './openapi-schema';

const { InformatieObject, Vergadering, Agendapunt } = oriValidators();

/** Every part of an export against the vendored schema, with ajv's reasons when one fails. */
function expectValid(exported: OriExport): void {
  expect(InformatieObject(exported.informatieobject) ? [] : errorsOf(InformatieObject)).toEqual([]);
  for (const vergadering of exported.vergaderingen) expect(Vergadering(vergadering) ? [] : errorsOf(Vergadering)).toEqual([]);
  for (const agendapunt of exported.agendapunten) expect(Agendapunt(agendapunt) ? [] : errorsOf(Agendapunt)).toEqual([]);
}

function profileWith(change: (json: Record<string, unknown>) => void): Profile {
  const json = JSON.parse(JSON.stringify(DEFAULT_PROFILE)) as Record<string, unknown>;
  change(json);
  const result = profileFromJson(json, 'p.json');
  if (!result.ok) throw new Error(result.error);
  return result.profile;
}

describe('oriExport: the annotatie in the shapes of Open Raadsinformatie 2.0.0-beta.4', () => {
  it('the seed with the calendar: the proposal, and a meeting and agenda item per dated phase', () => {
    const exported = oriExport(withValues({ aardBijeenkomst: 'Commissie Stad', adviesCommissie: 'Voorstel agenderen als debatstuk' }), DEFAULT_PROFILE, zoetermeerCalendar());
    expectValid(exported);
    const gemeente = { gemeentecode: '0637' };
    expect(exported).toEqual({
      informatieobject: { informatieobjecttype: 'voorstel', titel: 'Rekenkameronderzoek Arbeidsmigranten in Zoetermeer', portefeuillehouder: 'Rekenkamer', gemeente },
      vergaderingen: [
        {
          vergaderingstype: 'commissievergadering',
          geplandeVergaderdatum: '2025-09-29',
          naam: 'Commissie Stad',
          geplandeAanvangVergadering: '2025-09-29T17:30:00Z',
          geplandeEindeVergadering: '2025-09-29T20:00:00Z',
          status: 'gepland',
          gemeente,
        },
        {
          vergaderingstype: 'raadsvergadering',
          geplandeVergaderdatum: '2025-10-13',
          naam: 'Raadsvergadering',
          geplandeAanvangVergadering: '2025-10-13T18:00:00Z',
          geplandeEindeVergadering: '2025-10-13T20:30:00Z',
          status: 'gepland',
          gemeente,
        },
      ],
      agendapunten: [
        // This UID is 45 characters, more than VerwijzingNaarResource.id allows: the local key stands in.
        { vergadering: { id: 'oordeelsvorming-2025-09-29' }, agendapuntTitel: 'Rekenkameronderzoek Arbeidsmigranten in Zoetermeer', gemeente },
        { vergadering: { id: 'raad-20251013@raad.zoetermeer.test' }, agendapuntTitel: 'Rekenkameronderzoek Arbeidsmigranten in Zoetermeer', indicatieHamerstuk: false, gemeente },
      ],
    });
  });

  it('without a calendar: dates and types only, each agenda item pointing at its meeting by a local key', () => {
    const exported = oriExport(withValues({ 'planning.beeldvorming': '8-9-2025' }), DEFAULT_PROFILE);
    expectValid(exported);
    expect(exported.vergaderingen).toEqual([
      { vergaderingstype: 'commissievergadering', geplandeVergaderdatum: '2025-09-08', gemeente: { gemeentecode: '0637' } },
      { vergaderingstype: 'commissievergadering', geplandeVergaderdatum: '2025-09-29', gemeente: { gemeentecode: '0637' } },
      { vergaderingstype: 'raadsvergadering', geplandeVergaderdatum: '2025-10-13', gemeente: { gemeentecode: '0637' } },
    ]);
    expect(exported.agendapunten.map((agendapunt) => agendapunt.vergadering.id)).toEqual(['beeldvorming-2025-09-08', 'oordeelsvorming-2025-09-29', 'besluitvorming-2025-10-13']);
  });

  it('leaves out what is not known: an ambiguous day, a date without a meeting, the location when there is none', () => {
    const calendar = zoetermeerCalendar();
    // Two commissies on 29-9 and Aard bijeenkomst names neither: no meeting identity rather than the wrong one.
    const ambiguous = oriExport(withValues({ aardBijeenkomst: 'Reguliere raad' }), DEFAULT_PROFILE, calendar);
    expect(ambiguous.vergaderingen[0]).toEqual({ vergaderingstype: 'commissievergadering', geplandeVergaderdatum: '2025-09-29', gemeente: { gemeentecode: '0637' } });
    expect(ambiguous.agendapunten[0]?.vergadering).toEqual({ id: 'oordeelsvorming-2025-09-29' });
    const located = oriExport(withValues({ aardBijeenkomst: 'Commissie Samenleving' }), DEFAULT_PROFILE, calendar);
    expect(located.vergaderingen[0]).toMatchObject({ naam: 'Commissie Samenleving', locatie: 'Commissiekamer 1' });
    const noMeeting = oriExport(withValues({ 'planning.besluitvorming': '14-10-2025' }), DEFAULT_PROFILE, calendar);
    expect(noMeeting.vergaderingen[1]).not.toHaveProperty('status');
    expectValid(noMeeting);
  });

  it('an all-day meeting has a date but no times', () => {
    const exported = oriExport(withValues({ 'planning.besluitvorming': '6-11-2025' }), DEFAULT_PROFILE, zoetermeerCalendar());
    expectValid(exported);
    expect(exported.vergaderingen[1]).toEqual({
      vergaderingstype: 'raadsvergadering',
      geplandeVergaderdatum: '2025-11-06',
      naam: 'Raadsvergadering begroting 2026',
      status: 'gepland',
      gemeente: { gemeentecode: '0637' },
    });
  });

  it.each<[string, boolean | undefined]>([
    ['Voorstel agenderen als hamerstuk', true],
    ['voorstel agenderen als hamerstuk', true],
    ['Voorstel agenderen als debatstuk', false],
    ['Terug naar de commissie', undefined],
    ['n.v.t.', undefined],
    ['', undefined],
  ])('indicatieHamerstuk from Advies commissie %j: %s, on the council’s agenda item only', (advice, flag) => {
    const exported = oriExport(withValues({ adviesCommissie: advice }), DEFAULT_PROFILE);
    expectValid(exported);
    expect(exported.agendapunten[0]).not.toHaveProperty('indicatieHamerstuk');
    if (flag === undefined) expect(exported.agendapunten[1]).not.toHaveProperty('indicatieHamerstuk');
    else expect(exported.agendapunten[1]?.indicatieHamerstuk).toBe(flag);
  });

  it('n.v.t., empty and unreadable phases give no meeting', () => {
    const exported = oriExport(withValues({ 'planning.beeldvorming': 'n.v.t.', 'planning.oordeelsvorming': '', 'planning.besluitvorming': 'volgende maand' }), DEFAULT_PROFILE);
    expect(exported.vergaderingen).toEqual([]);
    expect(exported.agendapunten).toEqual([]);
    expectValid(exported);
  });

  it('cuts a title to what the schema allows, in code points, with …', () => {
    const onderwerp = `${'Woningbouw '.repeat(12)}😀${'x'.repeat(200)}`;
    const exported = oriExport(withValues({ onderwerp }), DEFAULT_PROFILE);
    expectValid(exported);
    const title = exported.agendapunten[0]?.agendapuntTitel ?? '';
    // 99 code points of text would end in a space, which is dropped before the ellipsis.
    expect(title).toBe(`${'Woningbouw '.repeat(9).trimEnd()}…`);
    const titel = exported.informatieobject.titel ?? '';
    expect([...titel]).toHaveLength(200);
    expect(titel).toContain('😀');
    expect(titel.endsWith('x…')).toBe(true);
  });

  it('makes one line of a title and drops characters a document cannot hold', () => {
    const exported = oriExport(withValues({ onderwerp: '  Woningbouw\n\nPalenstein\u0007  ' }), DEFAULT_PROFILE);
    expect(exported.informatieobject.titel).toBe('Woningbouw Palenstein');
    expect(exported.agendapunten[0]?.agendapuntTitel).toBe('Woningbouw Palenstein');
  });

  it('leaves out an empty onderwerp (agendapuntTitel has minLength 1) and stays valid', () => {
    const exported = oriExport(withValues({ onderwerp: '   ', portefeuillehouder: undefined }), DEFAULT_PROFILE);
    expectValid(exported);
    expect(exported.informatieobject).toEqual({ informatieobjecttype: 'voorstel', gemeente: { gemeentecode: '0637' } });
    expect(exported.agendapunten[0]).not.toHaveProperty('agendapuntTitel');
  });

  it('follows the profile: another meeting type for beeldvorming, no gemeente without a code', () => {
    const profile = profileWith((json) => {
      delete json['gemeentecode'];
      json['ori'] = { vergaderingstype: { beeldvorming: 'presidium' } };
    });
    const exported = oriExport(withValues({ 'planning.beeldvorming': '8-9-2025' }), profile);
    expectValid(exported);
    expect(exported.vergaderingen[0]).toEqual({ vergaderingstype: 'presidium', geplandeVergaderdatum: '2025-09-08' });
    expect(exported.informatieobject).not.toHaveProperty('gemeente');
    expect(exported.agendapunten[1]).not.toHaveProperty('indicatieHamerstuk'); // no mapping in this profile
  });

  it('uses the calendar UID only when it fits VerwijzingNaarResource.id (40 characters)', () => {
    // Outlook UIDs run to 100+ characters; the local key stands in for those.
    const calendar = zoetermeerCalendar();
    const exported = oriExport(withValues({ 'planning.beeldvorming': '8-9-2025', aardBijeenkomst: 'Commissie Stad' }), DEFAULT_PROFILE, calendar);
    expect(exported.agendapunten.map((agendapunt) => agendapunt.vergadering.id)).toEqual([
      'stadsgesprek-2025@raad.zoetermeer.test', // 38 characters
      'oordeelsvorming-2025-09-29', // commissie-stad-20250929@raad.zoetermeer.test is 45
      'raad-20251013@raad.zoetermeer.test',
    ]);
    expectValid(exported);
  });

  it('never throws, whatever the values hold', () => {
    expect(() => oriExport(null as unknown as Record<string, string>)).not.toThrow();
    const odd = oriExport({ onderwerp: 5 as unknown as string, 'planning.besluitvorming': ['x'] as unknown as string });
    expectValid(odd);
  });
});
