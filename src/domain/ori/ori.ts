import type { MeetingCalendar, Meeting } from '../calendar/meeting-calendar';
import { meetingFor } from '../calendar/meeting-for';
import type { CalendarDate } from '../dates';
import { parseDate, toIsoDate } from '../dates';
import type { AnnotatieValues, FieldKey } from '../fields';
import { PLANNING_KEYS } from '../fields';
import type { Phase } from '../phases';
import { phaseOf } from '../phases';
import { isPlaceholder } from '../placeholders';
import type { OriVergaderingstype, Profile } from '../profile';
import { DEFAULT_PROFILE } from '../profile';
import { foldChoice, isBlank } from '../text';
import { ORI_INFORMATIEOBJECT_TITLE_MAX, ORI_TITLE_MAX, oriText, truncateCodePoints } from './title';

/**
 * The annotatie in the shapes of VNG's ODS Open Raadsinformatie API (OpenAPI 2.0.0-beta.4,
 * vendored in standards/ori/), for the hand-off to a raadsinformatiesysteem. Pure and
 * browser-safe: the schema itself is only read by the tests, which validate this output
 * against it.
 *
 * The objects are request bodies: what the schema marks `readOnly` (every object's `url` and
 * `id`, `Gemeente.gemeentenaam`, the back-reference lists) is the server's to fill and left out,
 * as OpenAPI 3.0 §4.7.25.1 says of readOnly properties in a request.
 */
export const ORI_SPEC_VERSION = '2.0.0-beta.4';

export interface OriGemeente {
  /** CBS code, four digits (Gemeente.gemeentecode, maxLength 4). */
  readonly gemeentecode: string;
}

/** VerwijzingNaarResource without its readOnly `url`. */
export interface OriVerwijzing {
  readonly id: string;
}

export interface OriInformatieObject {
  readonly informatieobjecttype: 'voorstel';
  readonly titel?: string;
  readonly portefeuillehouder?: string;
  readonly gemeente?: OriGemeente;
}

export interface OriVergadering {
  readonly vergaderingstype: OriVergaderingstype;
  readonly geplandeVergaderdatum: string;
  readonly naam?: string;
  readonly geplandeAanvangVergadering?: string;
  readonly geplandeEindeVergadering?: string;
  readonly locatie?: string;
  readonly status?: 'gepland';
  readonly gemeente?: OriGemeente;
}

export interface OriAgendapunt {
  readonly vergadering: OriVerwijzing;
  readonly agendapuntTitel?: string;
  readonly indicatieHamerstuk?: boolean;
  readonly gemeente?: OriGemeente;
}

/**
 * `annotatie export --ori` (contract §6). `vergaderingen[i]` and `agendapunten[i]` belong to the
 * same dated phase, in BOB order; `agendapunten[i].vergadering.id` names the meeting.
 */
export interface OriExport {
  readonly informatieobject: OriInformatieObject;
  readonly vergaderingen: readonly OriVergadering[];
  readonly agendapunten: readonly OriAgendapunt[];
}

/** VerwijzingNaarResource.id: 1–40 characters. */
const MAX_ID = 40;
/** Vergadering.naam and Vergadering.locatie: maxLength 100. */
const MAX_NAME = 100;
/** InformatieObject.portefeuillehouder: maxLength 100. */
const MAX_PORTEFEUILLEHOUDER = 100;

function textOf(values: AnnotatieValues, key: FieldKey): string | undefined {
  const raw: unknown = values[key];
  if (typeof raw !== 'string' || isBlank(raw) || isPlaceholder(key, raw)) return undefined;
  const text = oriText(raw);
  return text === '' ? undefined : text;
}

/**
 * How the agenda item refers to its meeting. The calendar event's UID when the date matched one
 * (a feed from the RIS carries the RIS's own meeting identity there), if it fits the 40
 * characters of VerwijzingNaarResource.id; otherwise a key that only this document gives
 * meaning to, `<phase>-<yyyy-mm-dd>`, because the meeting has no id in the RIS yet and the
 * standard has no other way to say "the meeting above". An importer maps it to the id it creates.
 */
function reference(phase: Phase, date: CalendarDate, meeting: Meeting | undefined): OriVerwijzing {
  const uid = meeting?.uid.trim() ?? '';
  return { id: uid !== '' && [...uid].length <= MAX_ID ? uid : `${phase}-${toIsoDate(date)}` };
}

function shortened(text: string, max: number): string | undefined {
  const value = truncateCodePoints(text.trim(), max);
  return value === '' ? undefined : value;
}

/**
 * `indicatieHamerstuk` of the council's agenda item, from Advies commissie as the profile's
 * `ori.indicatieHamerstuk` reads it; absent when the advice is not there or not mapped ("Terug
 * naar de commissie" is neither). Only the besluitvorming item gets it: the committee advises on
 * how the council treats the proposal.
 */
function hamerstuk(values: AnnotatieValues, profile: Profile): boolean | undefined {
  const advice = textOf(values, 'adviesCommissie');
  if (advice === undefined) return undefined;
  const folded = foldChoice(advice);
  for (const [option, flag] of Object.entries(profile.ori.indicatieHamerstuk)) {
    if (foldChoice(option) === folded) return flag;
  }
  return undefined;
}

/**
 * Maps the values of one annotatie onto Open Raadsinformatie: the proposal as InformatieObject
 * (`voorstel`), and per dated phase a Vergadering and an Agendapunt on it. With a calendar, the
 * phase's meeting on that date lends its UID, name, times and location. Planning values that are
 * n.v.t., empty or not a date give no meeting (validate says what is wrong with them). Titles
 * longer than the schema allows are cut with "…" (onderwerp_too_long warns beforehand).
 */
export function oriExport(values: AnnotatieValues, profile: Profile = DEFAULT_PROFILE, calendar?: MeetingCalendar): OriExport {
  const safe: AnnotatieValues = typeof values === 'object' && values !== null ? values : {};
  const onderwerp = textOf(safe, 'onderwerp');
  const portefeuillehouder = textOf(safe, 'portefeuillehouder');
  const gemeente = profile.gemeentecode === undefined ? {} : { gemeente: { gemeentecode: profile.gemeentecode } };
  const titel = onderwerp === undefined ? undefined : shortened(onderwerp, ORI_INFORMATIEOBJECT_TITLE_MAX);
  const agendapuntTitel = onderwerp === undefined ? undefined : shortened(onderwerp, ORI_TITLE_MAX);
  const houder = portefeuillehouder === undefined ? undefined : shortened(portefeuillehouder, MAX_PORTEFEUILLEHOUDER);
  const informatieobject: OriInformatieObject = {
    informatieobjecttype: 'voorstel',
    ...(titel === undefined ? {} : { titel }),
    ...(houder === undefined ? {} : { portefeuillehouder: houder }),
    ...gemeente,
  };
  const aard = textOf(safe, 'aardBijeenkomst');
  const vergaderingen: OriVergadering[] = [];
  const agendapunten: OriAgendapunt[] = [];
  for (const key of PLANNING_KEYS) {
    const raw: unknown = safe[key];
    if (typeof raw !== 'string' || isPlaceholder(key, raw)) continue;
    const date = parseDate(raw);
    if (date.kind !== 'date') continue;
    const phase = phaseOf(key);
    const meeting = calendar === undefined ? undefined : meetingFor(calendar, phase, date, aard);
    const naam = meeting === undefined ? undefined : shortened(meeting.summary, MAX_NAME);
    const locatie = meeting?.location === undefined ? undefined : shortened(meeting.location, MAX_NAME);
    vergaderingen.push({
      vergaderingstype: profile.ori.vergaderingstype[phase],
      geplandeVergaderdatum: toIsoDate(date),
      ...(naam === undefined ? {} : { naam }),
      ...(meeting?.start === undefined ? {} : { geplandeAanvangVergadering: meeting.start }),
      ...(meeting?.end === undefined ? {} : { geplandeEindeVergadering: meeting.end }),
      ...(locatie === undefined ? {} : { locatie }),
      ...(meeting === undefined ? {} : { status: 'gepland' as const }),
      ...gemeente,
    });
    const flag = phase === 'besluitvorming' ? hamerstuk(safe, profile) : undefined;
    agendapunten.push({
      vergadering: reference(phase, date, meeting),
      ...(agendapuntTitel === undefined ? {} : { agendapuntTitel }),
      ...(flag === undefined ? {} : { indicatieHamerstuk: flag }),
      ...gemeente,
    });
  }
  return { informatieobject, vergaderingen, agendapunten };
}

/**
 * The text of one document's ORI export as `annotatie export FILE.docx --ori` prints it and the
 * task pane's hand-off copies it: the three parts, two-space indented, one final newline.
 */
export function oriJsonText(ori: OriExport): string {
  const { informatieobject, vergaderingen, agendapunten } = ori;
  return `${JSON.stringify({ informatieobject, vergaderingen, agendapunten }, null, 2)}\n`;
}
