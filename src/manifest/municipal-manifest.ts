import type { Profile } from '../domain/profile';
import { BUNDLED_PARAMETER } from '../document/word/office-script';
import { profileRequest } from '../taskpane/profile-source';

/**
 * A municipality's add-in manifest, written from the repository's manifest.xml (the template:
 * Zoetermeer's development manifest on https://localhost:3000) and that municipality's profile
 * and site. Strings in, a string out: scripts/make-manifest.mjs does the files.
 *
 * What changes, and why:
 * - **Id**: a GUID of its own. Office knows an add-in by its Id: two municipalities (or a
 *   municipality and this repository's development manifest) with one Id overwrite each other
 *   in the Microsoft 365 admin center's centralized deployment, in AppSource and in Office's
 *   add-in cache, and a user who has both sees one. The Id must stay the same across that
 *   municipality's releases, or each release installs as another add-in beside the old one: so
 *   keep it (`--id`, or it is read back from the manifest written before).
 * - **ProviderName, DisplayName**: the municipality's, from the profile's `gemeente`.
 * - **Every URL** (icons, support page, the pane, AppDomains) on the municipality's site; the
 *   pane's with `?profile=PATH`, where PATH is where its profile lies on that site.
 */
export interface ManifestOptions {
  readonly profile: Profile;
  /** Where the profile lies on the site, relative to taskpane.html (e.g. profiles/delft.json). */
  readonly profilePath: string;
  /** The site the add-in is served from: https, a folder (a missing final / is added). */
  readonly url: string;
  readonly id: string;
  /** `bundled`: the pane skips Microsoft's CDN (networks that block it); default the CDN with fallback. */
  readonly officeJs?: 'cdn' | 'bundled';
}

export type ManifestResult = { readonly ok: true; readonly xml: string; readonly base: string } | { readonly ok: false; readonly error: string };

/** The development origin the template manifest uses throughout. */
const TEMPLATE_ORIGIN = 'https://localhost:3000';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return GUID.test(text);
}

/** The Id of a manifest written before, to keep it for the next release. */
export function manifestId(xml: string): string | undefined {
  const id = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(xml)?.[1];
  return id !== undefined && isGuid(id) ? id : undefined;
}

/** The site's base URL with a final slash, or why it cannot serve an add-in. */
function siteBase(url: string): { readonly ok: true; readonly base: string } | { readonly ok: false; readonly error: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: `--url ‘${url}’ is geen geldig adres (bijvoorbeeld https://addin.gemeente.nl/annotatie/)` };
  }
  // Office loads add-ins over https only (the development manifest too: localhost with a certificate).
  if (parsed.protocol !== 'https:') return { ok: false, error: `--url moet met https:// beginnen: Office laadt invoegtoepassingen alleen over https (niet ‘${url}’)` };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, error: '--url mag geen gebruikersnaam of wachtwoord bevatten' };
  if (parsed.search !== '' || parsed.hash !== '') return { ok: false, error: `--url is de map waaruit de invoegtoepassing wordt geserveerd, zonder ? of # (niet ‘${url}’)` };
  const path = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  return { ok: true, base: `${parsed.origin}${path}` };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A query value as a URL carries it: reserved characters escaped, the path's slashes kept readable. */
function queryValue(text: string): string {
  return encodeURIComponent(text).replace(/%2F/g, '/');
}

/**
 * The XSD's ShortString: at most 125 characters (DisplayName, ProviderName). Gemeente names are
 * far shorter ("Súdwest-Fryslân"); a profile with a long one gets a clear error, not an invalid manifest.
 */
const SHORT_STRING = 125;

export function municipalManifest(template: string, options: ManifestOptions): ManifestResult {
  if (!isGuid(options.id)) return { ok: false, error: `--id ‘${options.id}’ is geen GUID (zoals 1f0c5a3e-9b8d-4c7a-8e2f-6d5b4a3c2b1a)` };
  const site = siteBase(options.url);
  if (!site.ok) return site;
  const pane = `${site.base}taskpane.html`;
  // The pane accepts exactly what profile-source.ts accepts: check with the pane's own rule.
  const request = profileRequest(`?profile=${queryValue(options.profilePath)}`, pane);
  if (request.kind !== 'file') {
    return { ok: false, error: `--profile-path ‘${options.profilePath}’ moet een pad op dezelfde site zijn, relatief aan taskpane.html (zoals profiles/gemeente.json)` };
  }
  const gemeente = options.profile.gemeente;
  const provider = `Gemeente ${gemeente}`;
  const displayNl = `Annotatie raadsvoorstel ${gemeente}`;
  const displayEn = `Council proposal annotation ${gemeente}`;
  for (const [name, value] of [['ProviderName', provider], ['DisplayName', displayNl], ['DisplayName (en-US)', displayEn]] as const) {
    if (value.length > SHORT_STRING) return { ok: false, error: `${name} ‘${value}’ is langer dan de ${SHORT_STRING} tekens die een manifest toestaat` };
  }
  const query = `profile=${queryValue(options.profilePath)}${options.officeJs === 'bundled' ? `&${BUNDLED_PARAMETER}` : ''}`;
  const replacements: readonly [RegExp, string][] = [
    [/<Id>[^<]*<\/Id>/, `<Id>${options.id}</Id>`],
    [/<ProviderName>[^<]*<\/ProviderName>/, `<ProviderName>${escapeXml(provider)}</ProviderName>`],
    [/(<DisplayName DefaultValue=")[^"]*(">\s*<Override Locale="en-US" Value=")[^"]*(")/, `$1${escapeXml(displayNl)}$2${escapeXml(displayEn)}$3`],
    // The pane, in the two places a manifest names it (DefaultSettings and the ribbon button's resource).
    [new RegExp(`${TEMPLATE_ORIGIN}/taskpane\\.html"`, 'g'), `${escapeXml(`${pane}?${query}`)}"`],
    [new RegExp(`${TEMPLATE_ORIGIN}/preview\\.html"`, 'g'), `${escapeXml(`${site.base}preview.html?demo=empty&${query}`)}"`],
    [new RegExp(`<AppDomain>${TEMPLATE_ORIGIN}</AppDomain>`), `<AppDomain>${escapeXml(new URL(site.base).origin)}</AppDomain>`],
    [new RegExp(`${TEMPLATE_ORIGIN}/`, 'g'), escapeXml(site.base)],
  ];
  let xml = template;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(xml)) return { ok: false, error: `manifest.xml (de sjabloon) heeft niet de verwachte vorm: ${pattern.source} ontbreekt` };
    pattern.lastIndex = 0;
    xml = xml.replace(pattern, replacement);
  }
  // The template's comment is about development on localhost: say what this file is instead.
  xml = xml.replace(
    /<!--[\s\S]*?-->/,
    `<!--
  Word task pane add-in "Annotatie raadsvoorstel" for gemeente ${escapeComment(gemeente)}, served from
  ${escapeComment(site.base)} with its profile ${escapeComment(options.profilePath)}.
  Written by scripts/make-manifest.mjs from manifest.xml; regenerate rather than edit, and keep the
  Id: Office knows the add-in by it (a new Id installs a second add-in beside this one).
-->`,
  );
  if (xml.includes(TEMPLATE_ORIGIN)) return { ok: false, error: `manifest.xml noemt ${TEMPLATE_ORIGIN} op een plek die dit script niet kent` };
  return { ok: true, xml, base: site.base };
}

/** "--" cannot appear inside an XML comment (XML 1.0 §2.5). */
function escapeComment(text: string): string {
  return text.replace(/--/g, '‐‐');
}
