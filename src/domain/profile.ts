import type { ChoiceList } from './fields';
import zoetermeerJson from './profiles/zoetermeer.json';

/**
 * A municipal profile (contract §3): everything municipal is data. Zoetermeer's is embedded as
 * the default; another municipality supplies its own JSON file, which is validated on load so a
 * mistake is reported with the file and the property instead of surfacing as odd findings later.
 */

export const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
/** Dutch weekday name, as in the profile JSON. Index in WEEKDAYS = JavaScript's getDay(). */
export type Weekday = (typeof WEEKDAYS)[number];

export const DATE_STYLES = ['d-m-yyyy', 'dd-mm-yyyy'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** Phone house styles, named by an example number as in the profile JSON. */
export const PHONE_STYLES = ['+31 79 3468269', '079-3468269'] as const;
export type PhoneStyle = (typeof PHONE_STYLES)[number];

export const CHOICE_LISTS = ['aardBijeenkomst', 'programma', 'doelBespreking', 'adviesCommissie'] as const satisfies readonly ChoiceList[];

export interface HouseStyle {
  readonly date: DateStyle;
  readonly phone: PhoneStyle;
}

export interface Profile {
  readonly id: string;
  readonly gemeente: string;
  /** Lower-case domains of the municipality's own addresses, e.g. `zoetermeer.nl`. */
  readonly emailDomains: readonly string[];
  /** The day the council meets; planning dates on other days get a warning. */
  readonly meetingWeekday: Weekday;
  /** The Doel bespreking value that needs a Besluitvorming date (planning_besluit_missing). */
  readonly besluitDoelBespreking: string;
  readonly houseStyle: HouseStyle;
  readonly options: Readonly<Record<ChoiceList, readonly string[]>>;
}

export type ProfileResult = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly error: string };

const KNOWN_PROPERTIES = new Set(['$schema', 'id', 'gemeente', 'emailDomains', 'meetingWeekday', 'besluitDoelBespreking', 'houseStyle', 'options']);

/** A dotted, lower-case domain name of letters, digits and hyphens (no scheme, no @). */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

class ProfileError {
  constructor(readonly path: string, readonly problem: string) {}
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ProfileError(path, 'moet tekst zijn');
  if (value.trim() === '') throw new ProfileError(path, 'mag niet leeg zijn');
  return value.trim();
}

function textList(value: unknown, path: string): readonly string[] {
  if (!Array.isArray(value)) throw new ProfileError(path, 'moet een lijst met tekst zijn');
  if (value.length === 0) throw new ProfileError(path, 'mag niet leeg zijn');
  const items = value.map((item: unknown, index) => text(item, `${path}[${index}]`));
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item)) throw new ProfileError(`${path}[${index}]`, `staat dubbel in de lijst (‘${item}’)`);
    seen.add(item);
  });
  return items;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  const found = allowed.find((option) => option === value);
  if (found === undefined) throw new ProfileError(path, `moet een van ${allowed.map((option) => `‘${option}’`).join(', ')} zijn`);
  return found;
}

function record(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) throw new ProfileError(path, 'moet een object zijn');
  return value;
}

function readProfile(json: unknown): Profile {
  const root = record(json, '(hoofdniveau)');
  for (const key of Object.keys(root)) {
    if (!KNOWN_PROPERTIES.has(key)) throw new ProfileError(key, 'is geen bekende eigenschap van een profiel');
  }
  const emailDomains = textList(root['emailDomains'], 'emailDomains').map((domain, index) => {
    const lower = domain.toLowerCase();
    if (!DOMAIN.test(lower)) throw new ProfileError(`emailDomains[${index}]`, `moet een domeinnaam zijn zoals ‘zoetermeer.nl’ (niet ‘${domain}’)`);
    return lower;
  });
  const houseStyle = record(root['houseStyle'], 'houseStyle');
  const options = record(root['options'], 'options');
  const lists = Object.fromEntries(CHOICE_LISTS.map((list) => [list, textList(options[list], `options.${list}`)])) as Record<ChoiceList, readonly string[]>;
  for (const key of Object.keys(options)) {
    if (!(CHOICE_LISTS as readonly string[]).includes(key)) throw new ProfileError(`options.${key}`, 'is geen bekende keuzelijst');
  }
  return {
    id: text(root['id'], 'id'),
    gemeente: text(root['gemeente'], 'gemeente'),
    emailDomains,
    meetingWeekday: oneOf(typeof root['meetingWeekday'] === 'string' ? root['meetingWeekday'].toLowerCase() : root['meetingWeekday'], WEEKDAYS, 'meetingWeekday'),
    besluitDoelBespreking: text(root['besluitDoelBespreking'], 'besluitDoelBespreking'),
    houseStyle: {
      date: oneOf(houseStyle['date'], DATE_STYLES, 'houseStyle.date'),
      phone: oneOf(houseStyle['phone'], PHONE_STYLES, 'houseStyle.phone'),
    },
    options: lists,
  };
}

/** Checks already-parsed JSON; `fileName` only serves the error message. */
export function profileFromJson(json: unknown, fileName: string): ProfileResult {
  try {
    return { ok: true, profile: readProfile(json) };
  } catch (error) {
    if (error instanceof ProfileError) return { ok: false, error: `${fileName}: ${error.path} ${error.problem}` };
    throw error;
  }
}

/**
 * Parses and checks a profile file's text. Never throws on bad input: the error names the file
 * and the property path, e.g. `zoetermeer.json: options.programma[2] moet tekst zijn`.
 */
export function loadProfile(text: string, fileName: string): ProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: `${fileName}: geen geldige JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  return profileFromJson(json, fileName);
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
