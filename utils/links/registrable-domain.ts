/**
 * The site an address belongs to, for politeness: its registrable domain under the Public Suffix List
 * (`uil.unesco.org` → `unesco.org`, `a.b.example.co.uk` → `example.co.uk`), from tldts-icann, the list's ICANN
 * section only. The private section is left out on purpose: names under `github.io` or `blogspot.com` are
 * served by one operator's machines, which are the ones a check must not flood (docs/security.md,
 * "Politeness"). An IP address, or a name with no registrable part, is its own site.
 */
import { getDomain } from 'tldts-icann';

export function registrableDomain(hostname: string): string {
  return getDomain(hostname, { extractHostname: false, allowPrivateDomains: false }) ?? hostname;
}
