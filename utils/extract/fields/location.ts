/**
 * Where the event happens, and whether it can be attended online (docs/extraction.md, "Places" and "Online").
 * The place, in order of evidence: a labelled field ("Where:", "Lieu :"), template A's venue line, machine-readable
 * data, the place written with the event's date ("Bonn, 24-25 May 2018", "will be held in Montevideo, Uruguay"),
 * a place in the event's other sentences, the page's title ("… en la FIL Guadalajara"), a news dateline's city.
 * The page's place is kept even for an online or hybrid event ("Where: Ljubljana (Slovenia)" on a virtual
 * conference); "Online" is the text only when no place is given, or when "Where" holds a placeholder ("Event
 * (Republic of Korea)" for a Zoom meeting, fixture `seed`).
 */
import type { AttendanceMode, EventLocation, SourceOrigin, Warning } from '../../event-record';
import { warning } from '../../warnings/english';
import { findPlaces, foldPlaceName, type Place } from '../../time/venue-zones';
import {
  FULLY_ONLINE,
  HYBRID,
  IN_PERSON,
  ONLINE,
  ONLINE_EVENT,
  ONLINE_UNSPACED,
  STRONG_ONLINE,
} from '../attendance-cues';
import { findLabelled, LABELS, type LabelledValue } from './labelled';

export type PlaceCandidate = {
  text: string;
  line: string;
  origin: SourceOrigin;
  rule: string;
  label?: string;
  /**
   * A place read around the event rather than stated for it (the lead's prose, the title, a dateline, a lone place
   * line): not kept for an event that is wholly online.
   */
  weak?: boolean;
};

export type LocationInput = {
  lines: readonly string[];
  /** Template A's unlabelled venue line, machine-readable data, the dating sentence's place… in order. */
  candidates: readonly PlaceCandidate[];
  /** The text that describes the event (title, lead, dating sentence, fields): where online cues count. */
  eventText: string;
  hasOnlineLink: boolean;
  statedMode: AttendanceMode | null;
};

export type LocationReading = {
  location: EventLocation;
  sourceText: string | null;
  rule: string;
  origin: SourceOrigin | null;
  label: string | null;
  warnings: Warning[];
};

/** "available online", "register online": online, but not about attending. */
const NOT_ATTENDANCE =
  /\b(?:available|published|register|registration|apply|accessible|consult|download|posted|materials?|documents?|resources?|platform|portal|catalogue|recordings?)\s+(?:\S+\s+){0,2}online\b|\bonline\s+(?:registration|form|platform|portal|resources?|catalogue|survey|course materials?|store|shop)\b/gi;
/** "Event", "TBD", "Online": what a "Where" field holds when the event has no venue. */
const PLACEHOLDER =
  /^(?:event|events|tbd|tba|to be (?:confirmed|announced|determined)|online|virtual|webinar|zoom|n\/a|-)\b/i;

/** City and country of a place, in either order ("France, Paris", "Paris, France", "Hamburg (Germany)"). */
/** A name in capitals in brackets after other words is an acronym: "Museo de Arte de Lima (MALI)". */
function isAcronym(value: string, place: Place): boolean {
  const written = value.slice(place.index, place.end);
  return (
    place.index > 1 &&
    written.length > 2 &&
    written === written.toUpperCase() &&
    value[place.index - 1] === '(' &&
    value[place.end] === ')'
  );
}

export function splitPlace(value: string): { city: string | null; country: string | null } {
  const places = findPlaces(value).filter((p) => !isAcronym(value, p));
  const countries = places.filter((p) => p.kind === 'country');
  // The country a named city lies in, else the last one written ("Museo de Arte de Lima, Perú").
  const country =
    countries.find((c) => places.some((p) => p.kind === 'city' && p.country === c.country)) ?? countries.at(-1);
  const named = country ? value.slice(country.index, country.end) : null;
  // A city the index knows, that agrees with the country when one is written.
  const city = places.find((p) => p.kind === 'city' && (!country || !p.country || p.country === country.country));
  if (city) return { city: value.slice(city.index, city.end), country: named };
  const paren = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(value);
  if (paren) return { city: paren[1]?.trim() ?? null, country: paren[2]?.trim() ?? named };
  const parts = value
    .split(/,|\s\/\s/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^\d+$/.test(p));
  if (parts.length >= 2 && named) {
    // The part next to the country that is not the country is the city ("Namibia, Windhoek", "Kenya, Nairobi").
    const at = parts.findIndex((p) => foldPlaceName(p) === foldPlaceName(named));
    const other = at === 0 ? parts[1] : at > 0 ? parts[at - 1] : undefined;
    return { city: other ?? null, country: named };
  }
  if (parts.length >= 2) return { city: parts[parts.length - 2] ?? null, country: parts[parts.length - 1] ?? null };
  return { city: null, country: named };
}

function modeFromArrangement(value: string): AttendanceMode | null {
  if (HYBRID.test(value)) return 'hybrid';
  if (/virtual|online|en ligne|virtuel|en línea/i.test(value)) return 'online';
  if (/in[- ]person|présentiel|presencial|onsite|on-site/i.test(value)) return 'in_person';
  return null;
}

/** How the event is attended, from the words describing it (docs/extraction.md, "Online"). */
export function attendanceMode(eventText: string, hasPlace: boolean, hasOnlineLink: boolean): AttendanceMode {
  const text = eventText.replace(NOT_ATTENDANCE, ' ');
  if (HYBRID.test(text)) return 'hybrid';
  const fully = FULLY_ONLINE.test(text) || ONLINE_EVENT.test(text);
  // "a virtual conference … participants join online": online throughout, unless people also meet in person.
  if (fully && !IN_PERSON.test(text)) return 'online';
  if (hasPlace && STRONG_ONLINE.test(text)) return 'hybrid';
  if (fully) return 'online';
  if (!hasPlace && (ONLINE.test(text) || ONLINE_UNSPACED.test(text) || hasOnlineLink)) return 'online';
  if (hasPlace && hasOnlineLink) return 'hybrid';
  return 'in_person';
}

export function readLocation(input: LocationInput): LocationReading {
  const labelled: LabelledValue | null = findLabelled(input.lines, LABELS.place);
  const arrangement = findLabelled(input.lines, LABELS.arrangement);
  let place: PlaceCandidate | null = labelled
    ? {
        text: labelled.value,
        line: labelled.line,
        origin: 'labelled-field',
        rule: `labelled:${labelled.label}`,
        label: labelled.label,
      }
    : (input.candidates[0] ?? null);
  const placeholder = place !== null && PLACEHOLDER.test(place.text);
  const realPlace = place !== null && !placeholder;
  let mode = arrangement ? modeFromArrangement(arrangement.value) : input.statedMode;
  const rule =
    arrangement && mode
      ? `labelled:${arrangement.label}`
      : input.statedMode
        ? 'structured:attendance-mode'
        : 'words:attendance';
  mode ??= attendanceMode(input.eventText, realPlace, input.hasOnlineLink);
  // A wholly online event keeps only a place the page states for it, not one read around it.
  if (mode === 'online' && place?.weak) place = input.candidates.find((c) => !c.weak) ?? null;
  const online = mode === 'online' || mode === 'hybrid';
  const warnings: Warning[] = [];
  if (place && placeholder && online) {
    warnings.push(
      place.label
        ? warning('online-placeholder', { label: place.label, place: place.text })
        : warning('online-placeholder-unlabelled', { place: place.text }),
    );
    return {
      location: { text: 'Online', online, mode, city: null, country: null },
      sourceText: place.line,
      rule,
      origin: place.origin,
      label: place.label ?? null,
      warnings,
    };
  }
  if (place && realPlace) {
    const { city, country } = splitPlace(place.text);
    return {
      location: { text: place.text, online, mode, city, country },
      sourceText: place.line,
      rule: place.rule,
      origin: place.origin,
      label: place.label ?? null,
      warnings,
    };
  }
  return {
    location: { text: mode === 'online' ? 'Online' : null, online, mode, city: null, country: null },
    sourceText: arrangement?.line ?? null,
    rule,
    origin: arrangement ? 'labelled-field' : null,
    label: arrangement?.label ?? null,
    warnings,
  };
}
