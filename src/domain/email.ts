import { distance } from 'fastest-levenshtein';
import { DEFAULT_PROFILE } from './profile';

/**
 * E-mail addresses. "Plausible" (contract §4): exactly one @, something before it, a dotted
 * domain of letters/digits/hyphens with an alphabetic top-level label, no spaces. We do not try
 * to implement RFC 5322: an address in a raadsvoorstel is a colleague's, not an edge case.
 */

export interface EmailAddress {
  readonly local: string;
  /** Lower-cased: domains are case-insensitive (RFC 1035 §2.3.3). */
  readonly domain: string;
}

const LOCAL = /^[^\s@<>(),;:"[\]\\]+$/u;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/;

export function parseEmail(text: string): EmailAddress | undefined {
  if (text.length > 254) return undefined; // RFC 5321 §4.5.3.1.3 maximum path length
  const trimmed = text.trim();
  const at = trimmed.indexOf('@');
  if (at <= 0 || at !== trimmed.lastIndexOf('@')) return undefined;
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
  if (!DOMAIN.test(domain)) return undefined;
  return { local, domain };
}

/**
 * The profile domain that `domain` is a near miss of, if any: Levenshtein distance 1–2 on the
 * whole domain, as contract §4 says (zoetemeer.nl, zoetermer.nl, zoetermeer.nk, zoetermeer.nl.).
 * Nothing else counts: zoetermeer.com is 3 edits away and may well be a real other domain, so it
 * is an external address (a warning), not a typo (an error). Short profile domains (< 8
 * characters) only allow distance 1, since two edits turn ede.nl into a different real domain.
 */
export function nearMissDomain(domain: string, profileDomains: readonly string[]): string | undefined {
  const lower = domain.toLowerCase();
  if (profileDomains.includes(lower)) return undefined;
  for (const own of profileDomains) {
    const limit = own.length < 8 ? 1 : 2;
    // Each edit changes the length by at most one: a larger difference cannot be within the
    // limit, and distance() is O(n·m), so a pasted paragraph is skipped cheaply.
    if (Math.abs(own.length - lower.length) > limit) continue;
    const edits = distance(lower, own);
    if (edits >= 1 && edits <= limit) return own;
  }
  return undefined;
}

/**
 * The corrected address for a near-miss domain of the profile (`a.e.de.vries@zoetemeer.nl` →
 * `a.e.de.vries@zoetermeer.nl`), or undefined when the address is fine or not a near miss.
 */
export function suggestEmail(text: string, profileDomains: readonly string[] = DEFAULT_PROFILE.emailDomains): string | undefined {
  const email = parseEmail(text);
  if (!email) return undefined;
  const own = nearMissDomain(email.domain, profileDomains);
  return own === undefined ? undefined : `${email.local}@${own}`;
}
