/**
 * Who a UNESCO page is by, for a citation: the institute, centre or office whose site it is, else UNESCO.
 * A citation names the body responsible for the page as its group author (APA 7th edition, chapter 9, group
 * authors; CSL's `literal` names), and a page on `uil.unesco.org` is the UNESCO Institute for Lifelong Learning's.
 */
import { isUnescoHost } from '../detect/unesco-site';

/**
 * The bodies with sites of their own under unesco.org, by subdomain, with the names they publish under. Any
 * other unesco.org host (`en.`, `www.`, `fr.`, field offices' pages) is UNESCO's own.
 */
const UNESCO_ORG_SUBDOMAINS: Readonly<Record<string, string>> = {
  uil: 'UNESCO Institute for Lifelong Learning',
  iiep: 'UNESCO International Institute for Educational Planning',
  uis: 'UNESCO Institute for Statistics',
  ibe: 'UNESCO International Bureau of Education',
  iite: 'UNESCO Institute for Information Technologies in Education',
  iesalc: 'UNESCO International Institute for Higher Education in Latin America and the Caribbean',
  mgiep: 'UNESCO Mahatma Gandhi Institute of Education for Peace and Sustainable Development',
  iicba: 'UNESCO International Institute for Capacity Building in Africa',
  unevoc: 'UNESCO-UNEVOC International Centre for Technical and Vocational Education and Training',
  whc: 'UNESCO World Heritage Centre',
  ioc: 'Intergovernmental Oceanographic Commission of UNESCO',
};

/**
 * The domains outside unesco.org (utils/detect/unesco-site.ts, `UNESCO_DOMAINS`), each with the name of the
 * body that publishes there. A test checks that every domain of that list has its name here.
 */
export const DOMAIN_ORGANISATIONS: Readonly<Record<string, string>> = {
  'unesco.org': 'UNESCO',
  'iode.org': 'International Oceanographic Data and Information Exchange of IOC-UNESCO',
  'ioc-unesco.org': 'Intergovernmental Oceanographic Commission of UNESCO',
  'oceandecade.org': 'UN Decade of Ocean Science for Sustainable Development',
  'unesco-ihe.org': 'UNESCO-IHE Institute for Water Education',
  'un-ihe.org': 'IHE Delft Institute for Water Education',
  'unesco.kz': 'UNESCO Almaty Office',
  'iesalc.unesco.org.ve': 'UNESCO International Institute for Higher Education in Latin America and the Caribbean',
  'unescobkk.org': 'UNESCO Bangkok',
};

/** The organisation a page on `host` is by; a host that is not UNESCO's is named as it is. */
export function citedOrganisation(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (!isUnescoHost(lower)) return lower.replace(/^www\./, '');
  if (lower.endsWith('.unesco.org')) {
    const labels = lower.slice(0, -'.unesco.org'.length).split('.');
    const own = UNESCO_ORG_SUBDOMAINS[labels[labels.length - 1] ?? ''];
    if (own) return own;
  }
  const domain = Object.keys(DOMAIN_ORGANISATIONS)
    .filter((d) => lower === d || lower.endsWith(`.${d}`))
    .sort((a, b) => b.length - a.length)[0];
  return domain ? (DOMAIN_ORGANISATIONS[domain] ?? 'UNESCO') : 'UNESCO';
}
