import type { Language } from '../domain/fields';
import type { Profile, ProfileResult } from '../domain/profile';

/**
 * Where the pane's municipal profile comes from (contract §3): the JSON file named by the
 * `profile` query parameter of taskpane.html (each municipality's manifest points at
 * `taskpane.html?profile=profiles/NAME.json`) or preview.html, else Zoetermeer's embedded
 * profile. The file is fetched as the pane starts, in parallel with Office's handshake, and read
 * with the domain's profile reader once the UI language is known.
 *
 * Only a path on the pane's own site is fetched. The Content-Security-Policy allows no other
 * origin anyway (connect-src 'self'); a manifest naming `https://elsewhere/…` is a configuration
 * error that the pane should name as such, not a failed download.
 */
export type ProfileRequest =
  | { readonly kind: 'embedded' }
  | { readonly kind: 'file'; readonly name: string; readonly url: string }
  | { readonly kind: 'refused'; readonly name: string };

/** Why the pane has no profile: each says what is wrong; the pane adds who to ask. */
export type ProfileProblem =
  | { readonly kind: 'refused'; readonly name: string }
  | { readonly kind: 'unreachable'; readonly name: string; readonly url: string; readonly status?: number }
  | { readonly kind: 'invalid'; readonly name: string; readonly error: string };

/** The profile file's text as fetched, or why there is none. */
export type FetchedProfile =
  | { readonly kind: 'embedded' }
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  | { readonly kind: 'problem'; readonly problem: ProfileProblem };

export type PaneProfile = { readonly ok: true; readonly profile: Profile; readonly name?: string } | { readonly ok: false; readonly problem: ProfileProblem };

/** A scheme ("https:", "javascript:"), a network path ("//host"), or a backslash (read as "/" by URL parsers). */
const NOT_LOCAL = /^[a-z][a-z0-9+.-]*:|^[\\/]{2}|\\/i;

/** Reads the `profile` parameter of the page's query against the page's own URL. */
export function profileRequest(search: string, pageUrl: string): ProfileRequest {
  const name = new URLSearchParams(search).get('profile');
  if (name === null || name.trim() === '') return { kind: 'embedded' };
  return localRequest(name, pageUrl);
}

/**
 * A file named by a path on the pane's own site, resolved against the page: the profile of
 * `?profile=`, and the meeting calendar the profile names (`calendar.url`). Refused when it
 * names another origin, in any spelling.
 */
export function localRequest(name: string, pageUrl: string): Exclude<ProfileRequest, { readonly kind: 'embedded' }> {
  const trimmed = name.trim();
  // Control characters (a tab, a line break) are dropped by URL parsers: what was asked for would not be what is fetched.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (NOT_LOCAL.test(trimmed) || /[\u0000-\u001f\u007f]/.test(trimmed)) return { kind: 'refused', name: trimmed };
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
  } catch {
    return { kind: 'refused', name: trimmed };
  }
  if (url.origin !== new URL(pageUrl).origin) return { kind: 'refused', name: trimmed };
  return { kind: 'file', name: trimmed, url: url.href };
}

/** The few parts of fetch used here (tests pass their own). */
export type FetchText = (url: string) => Promise<{ readonly ok: boolean; readonly status: number; text(): Promise<string> }>;

export const browserFetch: FetchText = (url) =>
  // no-cache: revalidate every time, so a profile the functioneel beheerder fixed applies at the next start.
  fetch(url, { cache: 'no-cache', credentials: 'same-origin' });

/** Fetches the requested profile's text. Never rejects. */
export async function fetchProfile(request: ProfileRequest, fetchText: FetchText = browserFetch): Promise<FetchedProfile> {
  if (request.kind === 'embedded') return request;
  if (request.kind === 'refused') return { kind: 'problem', problem: request };
  try {
    const response = await fetchText(request.url);
    if (!response.ok) return { kind: 'problem', problem: { kind: 'unreachable', name: request.name, url: request.url, status: response.status } };
    return { kind: 'text', name: request.name, text: await response.text() };
  } catch {
    return { kind: 'problem', problem: { kind: 'unreachable', name: request.name, url: request.url } };
  }
}

/**
 * The profile from what was fetched: the embedded one, or the file read and checked by the
 * domain's reader (`loadProfile`, whose error names the file and the property, in `language`).
 */
export function paneProfile(
  fetched: FetchedProfile,
  language: Language,
  reader: { readonly embedded: Profile; readonly load: (text: string, fileName: string, lang: Language) => ProfileResult },
): PaneProfile {
  if (fetched.kind === 'embedded') return { ok: true, profile: reader.embedded };
  if (fetched.kind === 'problem') return { ok: false, problem: fetched.problem };
  const result = reader.load(fetched.text, fetched.name, language);
  return result.ok ? { ok: true, profile: result.profile, name: fetched.name } : { ok: false, problem: { kind: 'invalid', name: fetched.name, error: result.error } };
}
