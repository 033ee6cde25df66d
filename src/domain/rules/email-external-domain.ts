import type { Finding } from '../findings';
import { nearMissDomain, parseEmail } from '../email';
import type { Rule } from './rule';
import { fieldsOfKind } from './rule';

const EMAIL_FIELDS = fieldsOfKind('email');

/**
 * `email_external_domain`: a valid address outside the municipality's domains. Allowed (an
 * external rekenkamer secretary), but worth a second look: contacts are normally colleagues.
 */
export const emailExternalDomainRule: Rule = {
  code: 'email_external_domain',
  check: (context) => {
    const findings: Finding[] = [];
    const domains = context.profile.emailDomains;
    for (const field of EMAIL_FIELDS) {
      if (context.isEmpty(field.key)) continue;
      const email = parseEmail(context.text(field.key));
      if (!email || domains.includes(email.domain)) continue;
      if (nearMissDomain(email.domain, domains) !== undefined) continue; // that is email_domain_typo
      findings.push({
        field: field.key,
        code: 'email_external_domain',
        severity: 'warning',
        params: { domain: email.domain, expected: domains.join(', ') },
      });
    }
    return findings;
  },
};
