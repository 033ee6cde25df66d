import type { Finding } from '../findings';
import { nearMissDomain, parseEmail } from '../email';
import type { Rule } from './rule';
import { fieldsOfKind } from './rule';

const EMAIL_FIELDS = fieldsOfKind('email');

/**
 * `email_domain_typo`: the domain is a near miss of a profile domain (a.e.de.vries@zoetemeer.nl,
 * the typo in the seed nobody caught). Mail to it bounces or, worse, reaches a squatter.
 */
export const emailDomainTypoRule: Rule = {
  code: 'email_domain_typo',
  check: (context) => {
    const findings: Finding[] = [];
    for (const field of EMAIL_FIELDS) {
      if (context.isEmpty(field.key)) continue;
      const email = parseEmail(context.text(field.key));
      if (!email) continue;
      const own = nearMissDomain(email.domain, context.profile.emailDomains);
      if (own === undefined) continue;
      findings.push({
        field: field.key,
        code: 'email_domain_typo',
        severity: 'error',
        suggestion: `${email.local}@${own}`,
        params: { domain: email.domain, expected: own },
      });
    }
    return findings;
  },
};
