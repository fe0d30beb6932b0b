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
 * Lookups are a walk over the text's words with a map of names (no regular expression over hundreds of names).
 * The index is built ahead of time (`place-index-build.ts`, written to `place-index.ts` by
 * `cli/generate-place-names.ts`) and read into a map on first use: in a fresh script context,
 * building it there cost 30–40 ms of CPU.
 */
import { LETTER } from '../common/letters';
import { foldPlaceName } from './fold-place-name';
import { PLACE_FIRST_WORDS_JSON, PLACE_NAMES_JSON, UNSPACED_NAMES } from './place-index';

export { foldPlaceName };

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

export type PlaceEntry = { kind: PlaceKind; country: string | null; zone: string | null };
type Entry = PlaceEntry;
/** A name searched as a substring (scripts without spaces between words), with what it names. */
export type UnspacedName = PlaceEntry & { name: string };
/**
 * The index as read in the page: each name's entry (written as text, read when the name is found), and for each
 * first word of a name of several words, the most words a name starting with it has: a walk over a text tries
 * longer names only where one may start, instead of every run of up to eight words at every word.
 */
type VenueIndex = {
  names: Readonly<Record<string, string>>;
  entries: Map<string, Entry>;
  wordsAfter: Readonly<Record<string, number>>;
};
let index: VenueIndex | null = null;
let unspaced: UnspacedName[] | null = null;

const KIND_CODES: Record<PlaceKind, string> = { city: 'c', country: 'n', venue: 'v' };
const KINDS: Record<string, PlaceKind> = { c: 'city', n: 'country', v: 'venue' };

/** An entry as the written index holds it: its kind's letter, its country and zone, separated by tabs. */
export function placeValue(entry: PlaceEntry): string {
  return [KIND_CODES[entry.kind], entry.country ?? '', entry.zone ?? ''].join('\t');
}

/** A row of the substring names: the name, then its entry (`placeValue`). */
export function placeRow(name: string, entry: PlaceEntry): string {
  return `${name}\t${placeValue(entry)}`;
}

function readPlaceValue(value: string): Entry {
  const [kind = 'c', country = '', zone = ''] = value.split('\t');
  return { kind: KINDS[kind] ?? 'city', country: country || null, zone: zone || null };
}

/** Read on first use (only pages with an event need it): two JSON texts, parsed natively. */
function venueIndex(): VenueIndex {
  index ??= {
    names: JSON.parse(PLACE_NAMES_JSON) as Record<string, string>,
    entries: new Map(),
    wordsAfter: JSON.parse(PLACE_FIRST_WORDS_JSON) as Record<string, number>,
  };
  return index;
}

/** The entry of the name `key`, if the index has it. */
function entryOf(key: string): Entry | undefined {
  const { names, entries } = venueIndex();
  const known = entries.get(key);
  if (known) return known;
  if (!Object.hasOwn(names, key)) return undefined;
  const entry = readPlaceValue(names[key] ?? '');
  entries.set(key, entry);
  return entry;
}

function unspacedNames(): UnspacedName[] {
  unspaced ??= UNSPACED_NAMES.map((row) => {
    const tab = row.indexOf('\t');
    return { name: row.slice(0, tab), ...readPlaceValue(row.slice(tab + 1)) };
  });
  return unspaced;
}

/** A word (explicit letter classes: docs/extraction.md, "Speed"). */
const WORD = new RegExp(`[${LETTER}\\d'’.]+`, 'g');
const CJK = /[\u3400-\u9fff\u0600-\u06ff]/u;
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
function inNominative(key: string): Entry | undefined {
  if (key.length < 4 || !/[а-яё]$/u.test(key)) return undefined;
  for (const [ending, nominatives] of RUSSIAN_CASE_ENDINGS) {
    if (!ending.test(key)) continue;
    for (const n of nominatives) {
      const entry = entryOf(key.replace(ending, n));
      if (entry) return entry;
    }
  }
  return undefined;
}

/** Every city and country named in `text`, longest names first at each word, left to right. */
export function findPlaces(text: string): Place[] {
  const { wordsAfter } = venueIndex();
  const words: { key: string; index: number; end: number }[] = [];
  const source = text.slice(0, 2000);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m; m = WORD.exec(source)) {
    const key = foldPlaceName(m[0].replace(/\.$/, ''));
    if (key) for (const part of key.split(' ')) words.push({ key: part, index: m.index, end: m.index + m[0].length });
  }
  const found: Place[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]?.key ?? '';
    const longest = Object.hasOwn(wordsAfter, first) ? (wordsAfter[first] ?? 1) : 1;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const key = words
        .slice(i, i + n)
        .map((w) => w.key)
        .join(' ');
      const entry = entryOf(key) ?? inNominative(key);
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
