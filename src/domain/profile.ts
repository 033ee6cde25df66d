import type { ChoiceList, Language } from './fields';
import { FIELDS } from './fields';
import type { Phase } from './phases';
import { PHASES } from './phases';
import type { EventPattern, TextPattern } from './calendar/patterns';
import { TEXT_MATCHES } from './calendar/patterns';
import { format, type MessageSet } from './i18n';
import { foldChoice } from './text';
import type { DateStyle, PhoneStyle } from './house-style';
import { DATE_STYLES, PHONE_STYLES } from './house-style';
import zoetermeerJson from './profiles/zoetermeer.json';

/**
 * A municipal profile (contract §3): everything municipal is data. Zoetermeer's is embedded as
 * the default; another municipality supplies its own JSON file, which is validated on load so a
 * mistake is reported with the file and the property instead of surfacing as odd findings later.
 */

export const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
/** Dutch weekday name, as in the profile JSON. Index in WEEKDAYS = JavaScript's getDay(). */
export type Weekday = (typeof WEEKDAYS)[number];

export type { DateStyle, PhoneStyle } from './house-style';
export { DATE_STYLES, PHONE_STYLES } from './house-style';

/** The option lists a profile must give: one per open-choice field of the field table. */
export const CHOICE_LISTS: readonly ChoiceList[] = FIELDS.flatMap((field) => (field.choices === undefined ? [] : [field.choices]));

export interface HouseStyle {
  readonly date: DateStyle;
  readonly phone: PhoneStyle;
}

/**
 * The meeting calendar (contract §3, issue 13). `url` is where the task pane fetches the .ics:
 * a path on the add-in's own site (relative to taskpane.html), so the Content-Security-Policy
 * needs no other origin; the command line takes the file with --calendar instead. `events` says
 * which events are which BOB phase (see calendar/patterns.ts).
 */
export interface CalendarProfile {
  readonly url?: string;
  readonly events: readonly EventPattern[];
}

/** `vergaderingstype` values of ODS Open Raadsinformatie 2.0.0-beta.4 (components.schemas.VergaderingsType). */
export const ORI_VERGADERINGSTYPES = ['raadsvergadering', 'commissievergadering', 'presidium', 'statenvergadering', 'algemene_bestuursvergadering'] as const;
export type OriVergaderingstype = (typeof ORI_VERGADERINGSTYPES)[number];

/**
 * How the annotatie maps onto Open Raadsinformatie (`annotatie export --ori`). The standard has
 * no meeting type for beeldvorming (a Stadsgesprek is neither a raadsvergadering nor formally a
 * commissie), so the profile says which type it is registered as; and which Advies commissie
 * values mean a hamerstuk (true) or a debatstuk (false) for `Agendapunt.indicatieHamerstuk`.
 */
export interface OriProfile {
  readonly vergaderingstype: Readonly<Record<Phase, OriVergaderingstype>>;
  readonly indicatieHamerstuk: Readonly<Record<string, boolean>>;
}

/** Without an `ori` section: beeldvorming and oordeelsvorming as commissievergadering, no hamerstuk mapping. */
export const DEFAULT_ORI: OriProfile = Object.freeze({
  vergaderingstype: Object.freeze({ beeldvorming: 'commissievergadering', oordeelsvorming: 'commissievergadering', besluitvorming: 'raadsvergadering' } as const),
  indicatieHamerstuk: Object.freeze({}),
});

export interface Profile {
  readonly id: string;
  readonly gemeente: string;
  /**
   * The four-digit CBS gemeentecode (Zoetermeer 0637), for Open Raadsinformatie's
   * `Gemeente.gemeentecode`. Optional so profiles from before it keep loading; `export --ori`
   * needs it.
   */
  readonly gemeentecode?: string;
  /** Lower-case domains of the municipality's own addresses, e.g. `zoetermeer.nl`. */
  readonly emailDomains: readonly string[];
  /** The day the council meets; planning dates on other days get a warning. */
  readonly meetingWeekday: Weekday;
  /** The Doel bespreking value that needs a Besluitvorming date (planning_besluit_missing). */
  readonly besluitDoelBespreking: string;
  readonly houseStyle: HouseStyle;
  readonly options: Readonly<Record<ChoiceList, readonly string[]>>;
  /** Absent: no meeting calendar, the planning rules use the meeting weekday only. */
  readonly calendar?: CalendarProfile;
  readonly ori: OriProfile;
}

/** `error` is one line for people: the file, the property path and what is wrong with it. */
export type ProfileResult = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly error: string };

type Problem =
  | { readonly kind: 'text' | 'empty' | 'list' | 'object' | 'unknownProperty' | 'unknownList' | 'boolean' | 'gemeentecode' | 'pattern' | 'noTest' }
  | { readonly kind: 'duplicate' | 'domain' | 'localUrl' | 'notAnOption'; readonly value: string }
  | { readonly kind: 'oneOf'; readonly allowed: readonly string[] };

const quoteAll = (values: readonly string[]): string => values.map((value) => `‘${value}’`).join(', ');

/**
 * What is wrong, per language, keyed by the problem's kind; the property path stays as in the
 * JSON. `{value}` is the offending value, `{allowed}` the allowed ones, quoted.
 */
export const PROFILE_TEXTS: MessageSet<Problem['kind'] | 'root' | 'invalidJson'> = {
  nl: {
    text: 'moet tekst zijn',
    empty: 'mag niet leeg zijn',
    list: 'moet een lijst met tekst zijn',
    object: 'moet een object zijn',
    unknownProperty: 'is geen bekende eigenschap van een profiel',
    unknownList: 'is geen bekende keuzelijst',
    duplicate: 'staat dubbel in de lijst (‘{value}’)',
    domain: 'moet een domeinnaam zijn zoals ‘zoetermeer.nl’ (niet ‘{value}’)',
    oneOf: 'moet een van {allowed} zijn',
    boolean: 'moet true of false zijn',
    gemeentecode: 'moet de gemeentecode van het CBS zijn: vier cijfers, zoals ‘0637’ (als tekst, tussen aanhalingstekens)',
    pattern: 'moet precies één van {textMatches} hebben, met tekst',
    noTest: 'moet ‘summary’ of ‘categories’ hebben (of allebei)',
    localUrl: 'moet een pad op de eigen site van de invoegtoepassing zijn, zoals ‘kalender/vergaderingen.ics’ (niet ‘{value}’)',
    notAnOption: 'staat niet in options.adviesCommissie (‘{value}’)',
    root: '(hoofdniveau)',
    invalidJson: 'geen geldige JSON',
  },
  en: {
    text: 'must be text',
    empty: 'must not be empty',
    list: 'must be a list of text',
    object: 'must be an object',
    unknownProperty: 'is not a known profile property',
    unknownList: 'is not a known choice list',
    duplicate: 'appears twice in the list (‘{value}’)',
    domain: 'must be a domain name such as ‘zoetermeer.nl’ (not ‘{value}’)',
    oneOf: 'must be one of {allowed}',
    boolean: 'must be true or false',
    gemeentecode: 'must be the CBS municipality code: four digits, such as ‘0637’ (as text, in quotes)',
    pattern: 'must have exactly one of {textMatches}, with text',
    noTest: 'must have ‘summary’ or ‘categories’ (or both)',
    localUrl: 'must be a path on the add-in’s own site, such as ‘kalender/vergaderingen.ics’ (not ‘{value}’)',
    notAnOption: 'is not in options.adviesCommissie (‘{value}’)',
    root: '(top level)',
    invalidJson: 'not valid JSON',
  },
};

function problemText(problem: Problem, lang: Language): string {
  return format(PROFILE_TEXTS[lang][problem.kind], {
    value: 'value' in problem ? problem.value : '',
    allowed: 'allowed' in problem ? quoteAll(problem.allowed) : '',
    textMatches: quoteAll(TEXT_MATCHES),
  });
}

const KNOWN_PROPERTIES = new Set(['$schema', 'id', 'gemeente', 'gemeentecode', 'emailDomains', 'meetingWeekday', 'besluitDoelBespreking', 'houseStyle', 'options', 'calendar', 'ori']);

/** A dotted, lower-case domain name of letters, digits and hyphens (no scheme, no @). */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

class ProfileError {
  constructor(
    readonly path: string,
    readonly problem: Problem,
  ) {}
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ProfileError(path, { kind: 'text' });
  if (value.trim() === '') throw new ProfileError(path, { kind: 'empty' });
  return value.trim();
}

function textList(value: unknown, path: string): readonly string[] {
  if (!Array.isArray(value)) throw new ProfileError(path, { kind: 'list' });
  if (value.length === 0) throw new ProfileError(path, { kind: 'empty' });
  const items = value.map((item: unknown, index) => text(item, `${path}[${index}]`));
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item)) throw new ProfileError(`${path}[${index}]`, { kind: 'duplicate', value: item });
    seen.add(item);
  });
  return items;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  const found = allowed.find((option) => option === value);
  if (found === undefined) throw new ProfileError(path, { kind: 'oneOf', allowed });
  return found;
}

function record(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) throw new ProfileError(path, { kind: 'object' });
  return value;
}

function onlyKnown(value: Readonly<Record<string, unknown>>, known: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new ProfileError(`${path}.${key}`, { kind: 'unknownProperty' });
  }
}

/** CBS codes are four digits with leading zeros (Tabel 33 of the BRP): text, or 637 would lose its 0. */
function gemeentecode(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}$/.test(value.trim())) throw new ProfileError('gemeentecode', { kind: 'gemeentecode' });
  return value.trim();
}

function textPattern(value: unknown, path: string): TextPattern | undefined {
  if (value === undefined) return undefined;
  const pattern = record(value, path);
  const keys = Object.keys(pattern);
  const [match] = keys;
  const found = TEXT_MATCHES.find((candidate) => candidate === match);
  if (keys.length !== 1 || found === undefined) throw new ProfileError(path, { kind: 'pattern' });
  const written = text(pattern[found], `${path}.${found}`);
  return found === 'equals' ? { equals: written } : found === 'startsWith' ? { startsWith: written } : { contains: written };
}

/**
 * A URL the pane fetches from its own origin: a relative path. Anything with a scheme or a host
 * ("https://…", "//host/…", "javascript:…") would fetch from elsewhere, which the pane’s CSP
 * forbids anyway; better said here, with the property, than as a failed fetch.
 */
function localUrl(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  const url = text(value, path);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.includes('\\')) throw new ProfileError(path, { kind: 'localUrl', value: url });
  return url;
}

function calendarProfile(value: unknown): CalendarProfile | undefined {
  if (value === undefined) return undefined;
  const calendar = record(value, 'calendar');
  onlyKnown(calendar, ['url', 'events'], 'calendar');
  const events = calendar['events'];
  if (!Array.isArray(events)) throw new ProfileError('calendar.events', { kind: 'list' });
  if (events.length === 0) throw new ProfileError('calendar.events', { kind: 'empty' });
  const url = localUrl(calendar['url'], 'calendar.url');
  return {
    ...(url === undefined ? {} : { url }),
    events: events.map((item: unknown, index) => {
      const path = `calendar.events[${index}]`;
      const event = record(item, path);
      onlyKnown(event, ['phase', 'summary', 'categories'], path);
      const phase = event['phase'] === null ? null : oneOf(event['phase'], PHASES, `${path}.phase`);
      const summary = textPattern(event['summary'], `${path}.summary`);
      const categories = textPattern(event['categories'], `${path}.categories`);
      if (summary === undefined && categories === undefined) throw new ProfileError(path, { kind: 'noTest' });
      return { phase, ...(summary ? { summary } : {}), ...(categories ? { categories } : {}) };
    }),
  };
}

function oriProfile(value: unknown, adviesOptions: readonly string[]): OriProfile {
  if (value === undefined) return DEFAULT_ORI;
  const ori = record(value, 'ori');
  onlyKnown(ori, ['vergaderingstype', 'indicatieHamerstuk'], 'ori');
  let vergaderingstype = DEFAULT_ORI.vergaderingstype;
  if (ori['vergaderingstype'] !== undefined) {
    const types = record(ori['vergaderingstype'], 'ori.vergaderingstype');
    onlyKnown(types, PHASES, 'ori.vergaderingstype');
    vergaderingstype = Object.fromEntries(
      PHASES.map((phase) => [phase, types[phase] === undefined ? DEFAULT_ORI.vergaderingstype[phase] : oneOf(types[phase], ORI_VERGADERINGSTYPES, `ori.vergaderingstype.${phase}`)]),
    ) as Record<Phase, OriVergaderingstype>;
  }
  const hamerstuk: Record<string, boolean> = {};
  if (ori['indicatieHamerstuk'] !== undefined) {
    const advice = record(ori['indicatieHamerstuk'], 'ori.indicatieHamerstuk');
    // A key must be one of the listed advice values, so a typo cannot silently map nothing.
    const listed = new Map(adviesOptions.map((option) => [foldChoice(option), option]));
    for (const [key, flag] of Object.entries(advice)) {
      const path = `ori.indicatieHamerstuk.${key}`;
      const option = listed.get(foldChoice(key));
      if (option === undefined) throw new ProfileError(path, { kind: 'notAnOption', value: key });
      if (typeof flag !== 'boolean') throw new ProfileError(path, { kind: 'boolean' });
      hamerstuk[option] = flag;
    }
  }
  return { vergaderingstype, indicatieHamerstuk: hamerstuk };
}

/**
 * The nested readers throw a ProfileError to unwind to profileFromJson, which turns it into a
 * value: loadProfile itself never throws on bad input.
 */
function readProfile(json: unknown): Profile {
  const root = record(json, '');
  for (const key of Object.keys(root)) {
    if (!KNOWN_PROPERTIES.has(key)) throw new ProfileError(key, { kind: 'unknownProperty' });
  }
  const emailDomains = textList(root['emailDomains'], 'emailDomains').map((domain, index) => {
    const lower = domain.toLowerCase();
    if (!DOMAIN.test(lower)) throw new ProfileError(`emailDomains[${index}]`, { kind: 'domain', value: domain });
    return lower;
  });
  const houseStyle = record(root['houseStyle'], 'houseStyle');
  const options = record(root['options'], 'options');
  const lists = Object.fromEntries(CHOICE_LISTS.map((list) => [list, textList(options[list], `options.${list}`)])) as Record<ChoiceList, readonly string[]>;
  for (const key of Object.keys(options)) {
    if (!(CHOICE_LISTS as readonly string[]).includes(key)) throw new ProfileError(`options.${key}`, { kind: 'unknownList' });
  }
  // Frozen: rules cache derived data per profile list (text.ts foldedOptions), which is only
  // sound if nobody edits a loaded profile in place.
  const code = gemeentecode(root['gemeentecode']);
  const calendar = calendarProfile(root['calendar']);
  return deepFreeze({
    id: text(root['id'], 'id'),
    gemeente: text(root['gemeente'], 'gemeente'),
    ...(code === undefined ? {} : { gemeentecode: code }),
    emailDomains,
    meetingWeekday: oneOf(typeof root['meetingWeekday'] === 'string' ? root['meetingWeekday'].toLowerCase() : root['meetingWeekday'], WEEKDAYS, 'meetingWeekday'),
    besluitDoelBespreking: text(root['besluitDoelBespreking'], 'besluitDoelBespreking'),
    houseStyle: {
      date: oneOf(houseStyle['date'], DATE_STYLES, 'houseStyle.date'),
      phone: oneOf(houseStyle['phone'], PHONE_STYLES, 'houseStyle.phone'),
    },
    options: lists,
    ...(calendar === undefined ? {} : { calendar }),
    ori: oriProfile(root['ori'], lists.adviesCommissie),
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child as object);
  return Object.freeze(value);
}

/** Checks already-parsed JSON; `fileName` only serves the error message. */
export function profileFromJson(json: unknown, fileName: string, lang: Language = 'nl'): ProfileResult {
  try {
    return { ok: true, profile: readProfile(json) };
  } catch (error) {
    if (error instanceof ProfileError) return { ok: false, error: `${fileName}: ${error.path || PROFILE_TEXTS[lang].root} ${problemText(error.problem, lang)}` };
    throw error;
  }
}

/**
 * Parses and checks a profile file's text. Never throws on bad input: the error names the file
 * and the property path, e.g. `zoetermeer.json: options.programma[2] moet tekst zijn` (Dutch by
 * default, English with lang 'en').
 */
export function loadProfile(text: string, fileName: string, lang: Language = 'nl'): ProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: `${fileName}: ${PROFILE_TEXTS[lang].invalidJson} (${error instanceof Error ? error.message : String(error)})` };
  }
  return profileFromJson(json, fileName, lang);
}

function embeddedDefault(): Profile {
  const result = profileFromJson(zoetermeerJson, 'zoetermeer.json');
  // The embedded profile ships with the code: if it is broken the build is broken.
  if (!result.ok) throw new Error(`Embedded profile is invalid: ${result.error}`);
  return result.profile;
}

/** Gemeente Zoetermeer, the first customer: the profile used when none is given. */
export const DEFAULT_PROFILE: Profile = embeddedDefault();

/** The index of a weekday as JavaScript's Date#getDay() counts (0 = Sunday). */
export function weekdayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day);
}
