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
import { COUNTRY_NAMES_IN_OTHER_LANGUAGES } from './country-names';
import {
  COUNTRY_NAMES,
  CITY_COUNTRIES,
  VENUE_ZONES,
  NOT_CITIES,
  COUNTRY_CIVIL_ZONE,
  SITE_DEFAULTS,
} from './venue-tables';

/** Regions of the tz database whose zones are named after cities people meet in. */
const CITY_REGIONS =
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

let unspaced: [string, string][] | null = null;

/** Names searched as substrings: the cities above and countries' Chinese names (no spaces between words). */
function unspacedNames(): [string, string][] {
  unspaced ??= [
    ...Object.entries(UNSPACED_CITIES),
    ...Object.entries(COUNTRY_NAMES_IN_OTHER_LANGUAGES).flatMap(([code, names]) =>
      names
        .split('|')
        .filter((n) => /[\u3400-\u9fff]/.test(n))
        .map((n): [string, string] => [n, code]),
    ),
  ];
  return unspaced;
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
      const entry = names.get(key);
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
    const zones = countryZones();
    for (const [name, code] of unspacedNames()) {
      const at = source.indexOf(name);
      if (at >= 0)
        found.push({
          kind: name in UNSPACED_CITIES ? 'city' : 'country',
          key: name,
          country: code,
          zone: zones.get(code) ?? null,
          index: at,
          end: at + name.length,
        });
    }
  }
  return found.sort((a, b) => a.index - b.index);
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

export function defaultZoneOfSite(host: string): string | null {
  const h = host.toLowerCase();
  return SITE_DEFAULTS[h] ?? (h === 'unesco.org' || h.endsWith('.unesco.org') ? 'Europe/Paris' : null);
}
