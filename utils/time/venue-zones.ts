/**
 * Places named in page text ("France, Paris", "Hamburg (Germany)", "Bichkek (Kirghizistan)", "Иран (Исламская
 * Республика), Tehran") and their time zones, for pages that say "local time" or give no zone at all
 * (docs/time-zones.md: a place resolves through a geographic IANA zone, and tzdb gives the offset for the
 * event's own date).
 *
 * Cities come from the IANA zone names ("America/Buenos_Aires" → "Buenos Aires") and a short table of UNESCO's
 * usual venues; countries from `countries-and-timezones` (English) and the browser's own region names in the six
 * UNESCO languages (ICU's, in a table generated from `Intl.DisplayNames`: country-names.ts). A city is checked against the country written beside it
 * ("Córdoba, Spain" is not Argentina's). Zones that tzdb has merged into another country's ("Europe/Stockholm" is
 * now a link to "Europe/Berlin", "Africa/Kinshasa" to "Africa/Lagos") keep their own name: same offsets today,
 * but not the place the page names, and not always the same rules in the past.
 *
 * Lookups are a walk over the text's words with a map of names (no regular expression over hundreds of names):
 * the index is built on first use in a few milliseconds, which matters in the injected extractor's fresh context.
 */
import { getAllCountries, getAllTimezones } from 'countries-and-timezones';
import { CITY_NAMES_IN_OTHER_LANGUAGES } from './city-names';
import { COUNTRY_NAMES_IN_OTHER_LANGUAGES } from './country-names';

/** Countries as UN bodies and UNESCO's sites write them that neither source spells so → ISO 3166 codes. */
const COUNTRY_NAMES: Record<string, string> = {
  'republic of korea': 'KR',
  korea: 'KR',
  'russian federation': 'RU',
  'viet nam': 'VN',
  'iran (islamic republic of)': 'IR',
  'islamic republic of iran': 'IR',
  'iran islamic republic of': 'IR',
  'united kingdom of great britain and northern ireland': 'GB',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  us: 'US',
  uk: 'GB',
  'bolivia (plurinational state of)': 'BO',
  'venezuela (bolivarian republic of)': 'VE',
  'united republic of tanzania': 'TZ',
  "lao people's democratic republic": 'LA',
  'syrian arab republic': 'SY',
  'republic of moldova': 'MD',
  "côte d'ivoire": 'CI',
  "cote d'ivoire": 'CI',
  czechia: 'CZ',
  turkey: 'TR',
  türkiye: 'TR',
  'the netherlands': 'NL',
  'netherlands (kingdom of the)': 'NL',
  'state of palestine': 'PS',
  palestine: 'PS',
  'democratic republic of the congo': 'CD',
  'democratic republic of são tomé and príncipe': 'ST',
  'cabo verde': 'CV',
  eswatini: 'SZ',
  'north macedonia': 'MK',
  'timor-leste': 'TL',
  'micronesia (federated states of)': 'FM',
  fidji: 'FJ',
  uae: 'AE',
  'émirats arabes unis': 'AE',
};

/**
 * UNESCO's institutes, offices and frequent venues that have no IANA zone of their own, and city names in the
 * other UNESCO languages → ISO 3166 codes (the country's civil zone is the city's).
 */
const CITY_COUNTRIES: Record<string, string> = {
  hamburg: 'DE',
  hambourg: 'DE',
  bonn: 'DE',
  geneva: 'CH',
  genève: 'CH',
  ginebra: 'CH',
  женева: 'CH',
  'new delhi': 'IN',
  trieste: 'IT',
  venice: 'IT',
  venise: 'IT',
  florence: 'IT',
  jönköping: 'SE',
  goyang: 'KR',
  montreal: 'CA',
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
  'mexico city': 'MX',
  'ciudad de méxico': 'MX',
  guadalajara: 'MX',
  beijing: 'CN',
  islamabad: 'PK',
  apia: 'WS',
  almaty: 'KZ',
  'alma-ata': 'KZ',
  tashkent: 'UZ',
  tachkent: 'UZ',
  doha: 'QA',
  amman: 'JO',
  beirut: 'LB',
  beyrouth: 'LB',
  ramallah: 'PS',
  juba: 'SS',
  plovdiv: 'BG',
  nadi: 'FJ',
  constantine: 'DZ',
  'porto novo': 'BJ',
  'porto-novo': 'BJ',
  bichkek: 'KG',
  bishkek: 'KG',
  'abu dhabi': 'AE',
  'abou dhabi': 'AE',
  'new york': 'US',
  'washington, d.c.': 'US',
  'washington dc': 'US',
  bogota: 'CO',
  bogotá: 'CO',
  jakarta: 'ID',
  yogyakarta: 'ID',
  borobudur: 'ID',
  minneapolis: 'US',
  baalbek: 'LB',
  strasbourg: 'FR',
  lyon: 'FR',
  marseille: 'FR',
  париж: 'FR',
  berlin: 'DE',
  munich: 'DE',
  barcelona: 'ES',
  seville: 'ES',
  kyoto: 'JP',
  osaka: 'JP',
  mumbai: 'IN',
  bangalore: 'IN',
  chennai: 'IN',
  hyderabad: 'IN',
  ljubljana: 'SI',
  marrakech: 'MA',
  marrakesh: 'MA',
  fez: 'MA',
  alexandria: 'EG',
  luxor: 'EG',
  'sharm el-sheikh': 'EG',
  'siem reap': 'KH',
  'ho chi minh city': 'VN',
  hanoi: 'VN',
  shanghai: 'CN',
  'hong kong': 'HK',
  mombasa: 'KE',
  kigali: 'RW',
  'addis ababa': 'ET',
  accra: 'GH',
  lagos: 'NG',
  libreville: 'GA',
  kinshasa: 'CD',
  gombe: 'CD',
  lima: 'PE',
  cusco: 'PE',
  'buenos aires': 'AR',
  'são paulo': 'BR',
  'rio de janeiro': 'BR',
  'san josé de costa rica': 'CR',
};

/** Venues whose city every reader knows: UNESCO's Headquarters are in Paris, whatever the page calls them. */
const VENUE_ZONES: Record<string, string> = {
  'unesco headquarters': 'Europe/Paris',
  "siège de l'unesco": 'Europe/Paris',
  "maison de l'unesco": 'Europe/Paris',
  'sede de la unesco': 'Europe/Paris',
  'place de fontenoy': 'Europe/Paris',
  fontenoy: 'Europe/Paris',
  miollis: 'Europe/Paris',
};

/** City names that are also common words or people's names: never read as a place on their own. */
const NOT_CITIES = new Set([
  'christmas',
  'easter',
  'wake',
  'midway',
  'johnston',
  'chagos',
  'center',
  'stanley',
  'regina',
  'palmer',
  'casey',
  'davis',
  'troll',
  'marengo',
  'knox',
  'dawson',
  'creston',
  'menominee',
  'beulah',
  'phoenix',
  'jersey',
  'guernsey',
  'canary',
  'madeira',
  'azores',
  'faroe',
  'bermuda',
  'cocos',
  'norfolk',
  'reunion',
]);

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
  KZ: 'Asia/Almaty',
  ID: 'Asia/Jakarta',
  PS: 'Asia/Hebron',
  FM: 'Pacific/Pohnpei',
  KI: 'Pacific/Tarawa',
  PG: 'Pacific/Port_Moresby',
};

/** Regions of the tz database whose zones are named after cities people meet in. */
export const CITY_REGIONS =
  /^(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/(?!Indiana\/|Kentucky\/|North_Dakota\/)/;

export type PlaceKind = 'city' | 'country' | 'venue';
export type Place = {
  kind: PlaceKind;
  /** The name as the index knows it (folded). */
  key: string;
  /** ISO 3166 code, when known. */
  country: string | null;
  zone: string | null;
  /** Where the name starts and ends in the text. */
  index: number;
  end: number;
};

type Entry = { kind: PlaceKind; country: string | null; zone: string | null };
type VenueIndex = { names: Map<string, Entry>; longest: number };
let index: VenueIndex | null = null;

/** Lower case, no accents, hyphens and apostrophes as one shape: "Porto-Novo" and "porto novo" meet. */
export function foldPlaceName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let zonesOfCountries: Map<string, string> | null = null;

/** Each country's civil zone (ISO 3166 code → IANA zone), where the country keeps one. */
function countryZones(): Map<string, string> {
  zonesOfCountries ??= buildCountryZones();
  return zonesOfCountries;
}

function buildCountryZones(): Map<string, string> {
  const own = new Map<string, string[]>();
  const all = getAllTimezones({ deprecated: true });
  for (const tz of Object.values(all)) {
    const code = tz.countries[0];
    if (!code || !CITY_REGIONS.test(tz.name)) continue;
    // A link into another country's zone is still this country's own (Europe/Stockholm for SE); a link within
    // the country is an old name (Asia/Calcutta) and not counted twice.
    const target = tz.aliasOf ? all[tz.aliasOf] : undefined;
    if (target?.countries[0] === code) continue;
    if (tz.aliasOf && tz.countries.length > 1) continue;
    own.set(code, [...(own.get(code) ?? []), tz.name]);
  }
  const zones = new Map<string, string>();
  for (const [code, list] of own) {
    const civil = COUNTRY_CIVIL_ZONE[code] ?? (list.length === 1 ? list[0] : undefined);
    if (civil) zones.set(code, civil);
  }
  return zones;
}

/** Country names in UNESCO's other languages, from the generated table (`country-names.ts`). */
function localisedCountryNames(): [string, string][] {
  return Object.entries(COUNTRY_NAMES_IN_OTHER_LANGUAGES).flatMap(([code, names]) =>
    names.split('|').map((name): [string, string] => [name, code]),
  );
}

/** The country of an IANA zone, as `countries-and-timezones` records it. */
function countryOfZone(zone: string): string | null {
  const zones: Partial<Record<string, { countries: string[] }>> = getAllTimezones({ deprecated: true });
  return zones[zone]?.countries[0] ?? null;
}

/** Built on first use: only pages with an event need it. */
function venueIndex(): VenueIndex {
  if (index) return index;
  const zones = countryZones();
  const names = new Map<string, Entry>();
  const addCountry = (name: string, code: string) => {
    const key = foldPlaceName(name);
    if (key && !names.has(key)) names.set(key, { kind: 'country', country: code, zone: zones.get(code) ?? null });
  };
  const countries = getAllCountries();
  for (const c of Object.values(countries)) addCountry(c.name, c.id);
  for (const [name, code] of Object.entries(COUNTRY_NAMES)) addCountry(name, code);
  for (const [name, code] of localisedCountryNames()) addCountry(name, code);
  const all = getAllTimezones({ deprecated: true });
  for (const tz of Object.values(all)) {
    if (!CITY_REGIONS.test(tz.name)) continue;
    const city = foldPlaceName((tz.name.split('/').pop() ?? '').replace(/_/g, ' '));
    if (!city || NOT_CITIES.has(city) || names.has(city)) continue;
    // Follow a renaming (Asia/Calcutta → Asia/Kolkata, same country), never a merger into another country's zone.
    const target = tz.aliasOf ? all[tz.aliasOf] : undefined;
    const renamed = target !== undefined && target.countries[0] === tz.countries[0];
    names.set(city, { kind: 'city', country: tz.countries[0] ?? null, zone: renamed ? target.name : tz.name });
  }
  for (const [zone, cities] of Object.entries(CITY_NAMES_IN_OTHER_LANGUAGES)) {
    const country = countryOfZone(zone);
    for (const city of cities.split('|')) {
      const key = foldPlaceName(city);
      if (!names.has(key)) names.set(key, { kind: 'city', country, zone });
    }
  }
  for (const [city, code] of Object.entries(CITY_COUNTRIES)) {
    const key = foldPlaceName(city);
    if (!names.has(key) || names.get(key)?.kind !== 'city')
      names.set(key, { kind: 'city', country: code, zone: zones.get(code) ?? null });
  }
  for (const [venue, zone] of Object.entries(VENUE_ZONES))
    names.set(foldPlaceName(venue), { kind: 'venue', country: null, zone });
  let longest = 1;
  for (const key of names.keys()) longest = Math.max(longest, key.split(' ').length);
  index = { names, longest: Math.min(longest, 8) };
  return index;
}

const WORD = /[\p{L}\p{N}'’.]+/gu;
const CJK = /[\u3400-\u9fff\u0600-\u06ff]/u;
/** A few venues written in scripts without spaces between words (the index is searched word by word). */
const UNSPACED_CITIES: Record<string, string> = {
  巴黎: 'FR',
  باريس: 'FR',
  日内瓦: 'CH',
  جنيف: 'CH',
  北京: 'CN',
  纽约: 'US',
};

type UnspacedName = { name: string; kind: PlaceKind; country: string; zone: string | null };
let unspaced: UnspacedName[] | null = null;

const chineseNames = (names: string) => names.split('|').filter((n) => /[\u3400-\u9fff]/.test(n));

/** Names searched as substrings: the cities above, and Chinese names of cities and countries (no spaces). */
function unspacedNames(): UnspacedName[] {
  const zones = countryZones();
  unspaced ??= [
    ...Object.entries(UNSPACED_CITIES).map(([name, country]) => ({
      name,
      kind: 'city' as const,
      country,
      zone: zones.get(country) ?? null,
    })),
    ...Object.entries(CITY_NAMES_IN_OTHER_LANGUAGES).flatMap(([zone, names]) =>
      chineseNames(names).map((name) => ({
        name,
        kind: 'city' as const,
        country: countryOfZone(zone) ?? '',
        zone,
      })),
    ),
    ...Object.entries(COUNTRY_NAMES_IN_OTHER_LANGUAGES).flatMap(([country, names]) =>
      chineseNames(names).map((name) => ({
        name,
        kind: 'country' as const,
        country,
        zone: zones.get(country) ?? null,
      })),
    ),
  ];
  return unspaced;
}

/** Russian endings of a name after "в", "из", "во" (locative, genitive…) and the nominative ones they replace. */
const RUSSIAN_CASE_ENDINGS: [ending: RegExp, nominative: string[]][] = [
  [/е$/u, ['а', 'я', '', 'ь']],
  [/и$/u, ['я', 'ь', 'а']],
  [/ы$/u, ['а']],
  [/у$/u, ['а']],
  [/ой$/u, ['а']],
  [/ом$/u, ['']],
];

/** A Russian name as written after a preposition ("в Москве", "во Франции") → the index's nominative entry. */
function inNominative(names: Map<string, Entry>, key: string): Entry | undefined {
  if (key.length < 4 || !/[а-яё]$/u.test(key)) return undefined;
  for (const [ending, nominatives] of RUSSIAN_CASE_ENDINGS) {
    if (!ending.test(key)) continue;
    for (const n of nominatives) {
      const entry = names.get(key.replace(ending, n));
      if (entry) return entry;
    }
  }
  return undefined;
}

/** Every city and country named in `text`, longest names first at each word, left to right. */
export function findPlaces(text: string): Place[] {
  const { names, longest } = venueIndex();
  const words: { key: string; index: number; end: number }[] = [];
  const source = text.slice(0, 2000);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m; m = WORD.exec(source)) {
    const key = foldPlaceName(m[0].replace(/\.$/, ''));
    if (key) for (const part of key.split(' ')) words.push({ key: part, index: m.index, end: m.index + m[0].length });
  }
  const found: Place[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const key = words
        .slice(i, i + n)
        .map((w) => w.key)
        .join(' ');
      const entry = names.get(key) ?? inNominative(names, key);
      // One- and two-letter words are too often something else ("us", "in"), unless written in capitals.
      const first = words[i];
      const last = words[i + n - 1];
      if (!entry || !first || !last) continue;
      if (key.length <= 2 && source.slice(first.index, last.end) !== source.slice(first.index, last.end).toUpperCase())
        continue;
      found.push({
        kind: entry.kind,
        key,
        country: entry.country,
        zone: entry.zone,
        index: first.index,
        end: last.end,
      });
      i += n - 1;
      break;
    }
  }
  if (CJK.test(source)) {
    for (const { name, kind, country, zone } of unspacedNames()) {
      const at = source.indexOf(name);
      if (at >= 0) found.push({ kind, key: name, country: country || null, zone, index: at, end: at + name.length });
    }
  }
  // "墨西哥城" (Mexico City) holds "墨西哥" (Mexico): the longer name is the one written.
  const inside = (p: Place, q: Place) =>
    q !== p && q.index <= p.index && p.end <= q.end && q.end - q.index > p.end - p.index;
  return found.filter((p) => !found.some((q) => inside(p, q))).sort((a, b) => a.index - b.index);
}

/** Whether `text` names a city or a country. */
export function namesPlace(text: string): boolean {
  return findPlaces(text).length > 0;
}

/**
 * The IANA zone of the place named in `text`: a city that agrees with the country written beside it (more
 * precise), else that country, else a city alone. `null` when there is none, or when the only country has
 * several zones and no city says which.
 */
export function zoneOfVenue(text: string): string | null {
  const places = findPlaces(text);
  const countries = places.filter((p) => p.kind === 'country');
  const cities = places.filter((p) => p.kind === 'city' && p.zone);
  const named = new Set(countries.map((c) => c.country));
  const agreeing = cities.find((c) => named.size === 0 || named.has(c.country));
  if (agreeing?.zone) return agreeing.zone;
  const venue = places.find((p) => p.kind === 'venue');
  if (venue?.zone && countries.length === 0) return venue.zone;
  const country = countries.find((c) => c.zone);
  return country?.zone ?? (countries.length === 0 ? (cities[0]?.zone ?? null) : null);
}

/**
 * Zones UNESCO sites use when a page gives a clock time with no zone and no venue; the popup says the
 * zone was assumed and offers to change it.
 */
const SITE_DEFAULTS: Record<string, string> = {
  'uil.unesco.org': 'Europe/Berlin',
  'www.uil.unesco.org': 'Europe/Berlin',
  'www.ibe.unesco.org': 'Europe/Zurich',
  'ibe.unesco.org': 'Europe/Zurich',
  'unevoc.unesco.org': 'Europe/Berlin',
  'bangkok.unesco.org': 'Asia/Bangkok',
  'www.unescobkk.org': 'Asia/Bangkok',
  'unescobkk.org': 'Asia/Bangkok',
  'heritage-net.unesco.kz': 'Asia/Almaty',
  'unesco.kz': 'Asia/Almaty',
  'iite.unesco.org': 'Europe/Moscow',
  'www.iesalc.unesco.org.ve': 'America/Caracas',
  'iesalc.unesco.org.ve': 'America/Caracas',
  'www.iesalc.unesco.org': 'America/Caracas',
  'www.iode.org': 'Europe/Brussels',
  'iode.org': 'Europe/Brussels',
  'oceandecade.org': 'Europe/Paris',
  'www.un-ihe.org': 'Europe/Amsterdam',
  'un-ihe.org': 'Europe/Amsterdam',
  'www.unesco-ihe.org': 'Europe/Amsterdam',
};

export function defaultZoneOfSite(host: string): string | null {
  const h = host.toLowerCase();
  return SITE_DEFAULTS[h] ?? (h === 'unesco.org' || h.endsWith('.unesco.org') ? 'Europe/Paris' : null);
}
