/**
 * The time zone of a venue named in page text ("France, Paris", "Hamburg (Germany)", "UNESCO Headquarters,
 * Room IV, ... Paris, France"), for pages that say "local time" or give no zone at all (PROTOCOLS.md F.2: a
 * place resolves through a geographic IANA zone, and tzdb gives the offset for the event's date).
 *
 * Cities come from the browser's own IANA zone names (Intl: "America/Buenos_Aires" → "Buenos Aires");
 * countries from `countries-and-timezones` (a country with several zones counts only when they keep the
 * same time, or when one zone is the country's civil time for almost everyone).
 */
import { getAllCountries, getAllTimezones, getTimezone } from 'countries-and-timezones';

/**
 * Countries as UN bodies and UNESCO's sites write them (official UN short names, French and Spanish names
 * of frequent hosts) → ISO 3166 codes. The library knows the English common names.
 */
const COUNTRY_NAMES: Record<string, string> = {
  'republic of korea': 'KR',
  korea: 'KR',
  'russian federation': 'RU',
  'viet nam': 'VN',
  'iran (islamic republic of)': 'IR',
  'islamic republic of iran': 'IR',
  'united kingdom of great britain and northern ireland': 'GB',
  'united states': 'US',
  usa: 'US',
  uk: 'GB',
  'bolivia (plurinational state of)': 'BO',
  'venezuela (bolivarian republic of)': 'VE',
  'united republic of tanzania': 'TZ',
  "lao people's democratic republic": 'LA',
  'syrian arab republic': 'SY',
  'republic of moldova': 'MD',
  "côte d'ivoire": 'CI',
  'côte d’ivoire': 'CI',
  "cote d'ivoire": 'CI',
  czechia: 'CZ',
  turkey: 'TR',
  'the netherlands': 'NL',
  'netherlands (kingdom of the)': 'NL',
  'state of palestine': 'PS',
  allemagne: 'DE',
  suisse: 'CH',
  belgique: 'BE',
  espagne: 'ES',
  italie: 'IT',
  maroc: 'MA',
  sénégal: 'SN',
  chine: 'CN',
  inde: 'IN',
  japon: 'JP',
  'royaume-uni': 'GB',
  bulgarie: 'BG',
  égypte: 'EG',
  tunisie: 'TN',
  liban: 'LB',
  jordanie: 'JO',
  grèce: 'GR',
  autriche: 'AT',
  suède: 'SE',
  norvège: 'NO',
  'pays-bas': 'NL',
  alemania: 'DE',
  suiza: 'CH',
  francia: 'FR',
  españa: 'ES',
  italia: 'IT',
  perú: 'PE',
  panamá: 'PA',
  'república dominicana': 'DO',
  haití: 'HT',
  uruguay: 'UY',
  paraguay: 'PY',
  'costa rica': 'CR',
};

/** Cities of UNESCO's institutes, offices and frequent venues that have no IANA zone of their own. */
const CITY_COUNTRIES: Record<string, string> = {
  hamburg: 'DE',
  bonn: 'DE',
  geneva: 'CH',
  genève: 'CH',
  'new delhi': 'IN',
  trieste: 'IT',
  venice: 'IT',
  venise: 'IT',
  florence: 'IT',
  jönköping: 'SE',
  goyang: 'KR',
  montreal: 'CA',
  montréal: 'CA',
  quito: 'EC',
  'san josé': 'CR',
  rabat: 'MA',
  abuja: 'NG',
  dakar: 'SN',
  yaoundé: 'CM',
  harare: 'ZW',
  windhoek: 'NA',
  'dar es salaam': 'TZ',
  brasília: 'BR',
  brasilia: 'BR',
  'mexico city': 'MX',
  beijing: 'CN',
  islamabad: 'PK',
  kabul: 'AF',
  apia: 'WS',
  almaty: 'KZ',
  tashkent: 'UZ',
  doha: 'QA',
  amman: 'JO',
  beirut: 'LB',
  ramallah: 'PS',
  juba: 'SS',
  plovdiv: 'BG',
};

/** Zones a country keeps where more than one is listed (the capital's, which most of the country keeps). */
const COUNTRY_CIVIL_ZONE: Record<string, string> = {
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  CL: 'America/Santiago',
  EC: 'America/Guayaquil',
  CN: 'Asia/Shanghai',
  AR: 'America/Argentina/Buenos_Aires',
  CD: 'Africa/Kinshasa',
  VN: 'Asia/Ho_Chi_Minh',
  NZ: 'Pacific/Auckland',
  DE: 'Europe/Berlin',
  UA: 'Europe/Kyiv',
  MY: 'Asia/Kuala_Lumpur',
  UZ: 'Asia/Tashkent',
  CY: 'Asia/Nicosia',
};

type VenueIndex = { cities: Map<string, string>; countries: Map<string, string>; cityRe: RegExp; countryRe: RegExp };
let index: VenueIndex | null = null;

function alternation(names: Iterable<string>): RegExp {
  const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!\\p{L})(${escaped.join('|')})(?!\\p{L})`, 'iu');
}

/** Built on first use: compiling it costs a few milliseconds, and only pages with an event need it. */
function venueIndex(): VenueIndex {
  if (index) return index;
  const countryZone = new Map<string, string>();
  const countries = new Map<string, string>();
  for (const c of Object.values(getAllCountries())) {
    const zone = COUNTRY_CIVIL_ZONE[c.id] ?? (c.timezones.length === 1 ? c.timezones[0] : undefined);
    if (!zone) continue;
    countryZone.set(c.id, zone);
    countries.set(c.name.toLowerCase(), zone);
  }
  for (const [name, code] of Object.entries(COUNTRY_NAMES)) {
    const zone = countryZone.get(code);
    if (zone) countries.set(name, zone);
  }
  const cities = new Map<string, string>();
  // The browser's zones and the library's (which also lists current names such as Asia/Kolkata).
  const intlZones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set([...intlZones, ...Object.keys(getAllTimezones())]);
  for (const zone of zones) {
    const city = zone.split('/').pop()?.replace(/_/g, ' ').toLowerCase();
    // Intl answers with legacy names (America/Buenos_Aires, Asia/Calcutta): keep tzdb's current ones.
    if (city && zone.includes('/') && !zone.startsWith('Etc/')) cities.set(city, getTimezone(zone)?.aliasOf ?? zone);
  }
  for (const [city, code] of Object.entries(CITY_COUNTRIES)) {
    const zone = countryZone.get(code);
    if (zone) cities.set(city, zone);
  }
  index = { cities, countries, cityRe: alternation(cities.keys()), countryRe: alternation(countries.keys()) };
  return index;
}

/** The IANA zone of the place named in `text`: a city first (more precise), else a country. `null` if none. */
export function zoneOfVenue(text: string): string | null {
  const { cities, countries, cityRe, countryRe } = venueIndex();
  const city = cityRe.exec(text)?.[1]?.toLowerCase();
  if (city) return cities.get(city) ?? null;
  const country = countryRe.exec(text)?.[1]?.toLowerCase();
  return country ? (countries.get(country) ?? null) : null;
}

/**
 * Zones UNESCO sites use when a page gives a clock time with no zone and no venue; the popup says the
 * zone was assumed and offers to change it.
 */
const SITE_DEFAULTS: Record<string, string> = {
  'uil.unesco.org': 'Europe/Berlin',
  'www.uil.unesco.org': 'Europe/Berlin',
  'www.ibe.unesco.org': 'Europe/Zurich',
  'unevoc.unesco.org': 'Europe/Berlin',
  'bangkok.unesco.org': 'Asia/Bangkok',
};

export function defaultZoneOfSite(host: string): string | null {
  return SITE_DEFAULTS[host] ?? (host === 'unesco.org' || host.endsWith('.unesco.org') ? 'Europe/Paris' : null);
}
