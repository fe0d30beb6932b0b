/**
 * Builds the place index from `countries-and-timezones` (English country names, tzdb's zones and links), ICU's names
 * in UNESCO's other languages (`country-names.ts`, `city-names.ts`) and the hand-kept tables (`place-tables.ts`).
 * It runs when the tables change, not in the page: `cli/generate-place-names.ts` writes its rows to
 * `place-index.ts`, which the extractor reads (building it in the page cost 30–40 ms of CPU, most of it the
 * library's first calls); a test checks that the written index equals a fresh build (docs/time-zones.md, "Places").
 */
import { getAllCountries, getAllTimezones } from 'countries-and-timezones';
import { CITY_NAMES_IN_OTHER_LANGUAGES } from './city-names';
import { COUNTRY_NAMES_IN_OTHER_LANGUAGES } from './country-names';
import { foldPlaceName } from './fold-place-name';
import {
  CITY_COUNTRIES,
  CITY_REGIONS,
  COUNTRY_CIVIL_ZONE,
  COUNTRY_NAMES,
  NOT_CITIES,
  UNSPACED_CITIES,
  VENUE_ZONES,
} from './place-tables';
import { placeRow, placeValue, type PlaceEntry, type UnspacedName } from './venue-zones';

/** Each country's civil zone (ISO 3166 code → IANA zone), where the country keeps one. */
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

/** Every name the word walk looks up (folded) → what it names. */
function buildPlaceNames(): Map<string, PlaceEntry> {
  const zones = buildCountryZones();
  const names = new Map<string, PlaceEntry>();
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
  return names;
}

const chineseNames = (names: string) => names.split('|').filter((n) => /[\u3400-\u9fff]/.test(n));

/** Names searched as substrings: the cities above, and Chinese names of cities and countries (no spaces). */
function buildUnspacedNames(): UnspacedName[] {
  const zones = buildCountryZones();
  return [
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
        country: countryOfZone(zone),
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
}

/** The most words of a name the word walk tries (longer names are too rare to be worth a longer walk). */
export const LONGEST_NAME = 8;

/**
 * The index as written: each name the word walk looks up with its entry (`placeValue`), the most words a name
 * has after each first word of a name of several, and the names searched as substrings (`placeRow`).
 */
export function buildPlaceRows(): {
  names: Record<string, string>;
  firstWords: Record<string, number>;
  unspaced: string[];
} {
  const names: Record<string, string> = {};
  const firstWords: Record<string, number> = {};
  for (const [key, entry] of buildPlaceNames()) {
    names[key] = placeValue(entry);
    const words = key.split(' ');
    const first = words[0] ?? '';
    if (words.length > 1) firstWords[first] = Math.max(firstWords[first] ?? 1, Math.min(words.length, LONGEST_NAME));
  }
  return { names, firstWords, unspaced: buildUnspacedNames().map(({ name, ...entry }) => placeRow(name, entry)) };
}
