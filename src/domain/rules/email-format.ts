import { distance } from 'fastest-levenshtein';
import type { Finding } from '../findings';
import { nearMissDomain, parseEmail } from '../email';
import { quoteable } from '../text';
import type { Rule } from './rule';
import { fieldsOfKind } from './rule';

const EMAIL_FIELDS = fieldsOfKind('email');

/**
 * The slips that make an address implausible but leave no doubt what was meant: a pasted
 * "mailto:", angle brackets from Outlook's "Naam <adres>", a comma for a dot, spaces around the @.
 */
function repair(text: string, domains: readonly string[]): string | undefined {
  if (text.length > 254) return undefined;
  const bracketed = /<([^<>]*)>/.exec(text);
  const candidate = trimTrailingDots(tightenAround((bracketed?.[1] ?? text).replace(/^\s*mailto:/i, '').replace(/,/g, '.')).trim());
  if (/\s/u.test(candidate)) return undefined;
  const email = parseEmail(candidate);
  if (email) return `${email.local}@${nearMissDomain(email.domain, domains) ?? email.domain}`;
  // A broken domain that is still a near miss of the municipality's ("zoetermeernl",
  // "zoetermeer..nl"): the intended address is beyond doubt.
  const at = candidate.lastIndexOf('@');
  const local = candidate.slice(0, at);
  if (at <= 0 || parseEmail(`${local}@example.nl`) === undefined) return undefined;
  const domain = candidate.slice(at + 1).toLowerCase();
  const own = domains.find((candidateDomain) => Math.abs(candidateDomain.length - domain.length) <= 2 && distance(domain, candidateDomain) <= 2);
  return own === undefined ? undefined : `${local}@${own}`;
}

/**
 * Spaces around @ and dots are slips; a space inside a name ("de vries") is not: was it de.vries
 * or devries? Then there is no suggestion. Split and trim instead of replacing the pattern
 * `\s*([@.])\s*`, which rescans a run of spaces from every position in it (quadratic).
 */
export function tightenAround(text: string): string {
  const parts = text.split(/([@.])/);
  const last = parts.length - 1;
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      // Only the sides that touch an @ or a dot.
      const start = index > 0 ? part.trimStart() : part;
      return index < last ? start.trimEnd() : start;
    })
    .join('');
}

/** The text without dots at its end; a loop, because the pattern `\.+$` is quadratic on a run of dots. */
export function trimTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 46 /* . */) end -= 1;
  return text.slice(0, end);
}

/**
 * Two or more addresses pasted into one field ("a@zoetermeer.nl; b@zoetermeer.nl", Outlook's
 * separator, or a comma list): the fix is to keep one, not to remove spaces, so the message
 * says so. Counted as parts holding an @, so "a.e. de vries@…" stays one (broken) address.
 */
function addressCount(text: string): number {
  if (text.length > 254 * 8) return 0; // a pasted paragraph is not a list of addresses
  return text.split(/[;,\s]+/u).filter((part) => part.includes('@')).length;
}

/**
 * `email_format`: not a plausible address (one @, a dotted domain, no spaces). More than one
 * address is this code too, with params.reason "multiple" and params.count.
 */
export const emailFormatRule: Rule = {
  code: 'email_format',
  check: (context) => {
    const findings: Finding[] = [];
    for (const field of EMAIL_FIELDS) {
      if (context.isEmpty(field.key)) continue;
      const text = context.text(field.key);
      if (parseEmail(text)) continue;
      const count = addressCount(text);
      if (count >= 2) {
        // No suggestion: which of the addresses is meant is for the user to say.
        findings.push({ field: field.key, code: 'email_format', severity: 'error', params: { value: quoteable(text), reason: 'multiple', count: String(count) } });
        continue;
      }
      const suggestion = repair(text, context.profile.emailDomains);
      findings.push({
        field: field.key,
        code: 'email_format',
        severity: 'error',
        params: { value: quoteable(text) },
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    return findings;
  },
};
