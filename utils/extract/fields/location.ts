/**
 * Where the event happens: the labelled place, and whether it can be attended online. The body often
 * overrules a misleading "Where" field (fixture `seed`: "Where: Event (Republic of Korea)" for a Zoom
 * meeting), and the 2022+ platform's "Arrangement type" says Virtual / In-Person / Hybrid outright.
 */
import type { AttendanceMode, EventLocation } from '../../event-record';
import { zoneOfVenue } from '../../time/venue-zones';
import { findLabelled, LABELS } from './labelled';

/** Any sign that the event can be followed online. */
const ONLINE =
  /\b(?:online|on-line|virtual(?:ly)?|webinars?|web conference|zoom|microsoft teams|webex|livestream(?:ed)?|live stream(?:ed)?|streamed live|webcast|en ligne|virtuel(?:le)?|en línea|videoconferencia|retransmis)\b/i;
/** Signs strong enough to make an event with a real venue hybrid (a mention of "online" alone is not). */
const STRONG_ONLINE =
  /\b(?:livestream(?:ed)?|live stream(?:ed)?|streamed live|will be streamed|webcast|zoom|microsoft teams|webex|join (?:us )?online|follow (?:\w+ ){0,3}online|participate online|watch (?:it )?live|retransmis en direct|transmisión en vivo)\b/i;
const HYBRID = /\b(?:hybrid|hybride|híbrid[oa]|in[- ]person and online|online and in[- ]person)\b/i;
/** Words that make a place a real venue rather than a placeholder. */
const VENUE_WORDS =
  /\b(?:room|salle|sala|headquarters|siège|sede|auditorium|hall|centre|center|building|university|université|universidad|hotel|avenue|street|rue|calle|place de fontenoy|fontenoy|\d{4,5})\b/i;

export type LocationReading = { location: EventLocation; sourceText: string | null; rule: string; warnings: string[] };

function splitPlace(value: string): { city: string | null; country: string | null } {
  const paren = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(value);
  if (paren) return { city: paren[1]?.trim() ?? null, country: paren[2]?.trim() ?? null };
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^\d+$/.test(p));
  if (parts.length >= 2) return { city: parts[parts.length - 2] ?? null, country: parts[parts.length - 1] ?? null };
  return { city: null, country: null };
}

function modeFromArrangement(value: string): AttendanceMode | null {
  if (HYBRID.test(value)) return 'hybrid';
  if (/virtual|online|en ligne|virtuel/i.test(value)) return 'online';
  if (/in[- ]person|présentiel|presencial/i.test(value)) return 'in_person';
  return null;
}

/**
 * `fallbackVenue`: an unlabelled venue line the caller found (template A's "France, Paris" after the times).
 */
export function readLocation(
  lines: readonly string[],
  hasOnlineLink: boolean,
  fallbackVenue: { text: string; line: string } | null = null,
  statedMode: AttendanceMode | null = null,
): LocationReading {
  const labelled = findLabelled(lines, LABELS.place);
  const where =
    labelled ?? (fallbackVenue && { label: 'venue line', value: fallbackVenue.text, line: fallbackVenue.line });
  const whereRule = labelled ? `labelled:${labelled.label}` : 'template-a:venue-line';
  const arrangement = findLabelled(lines, LABELS.arrangement);
  // The first 100,000 characters say how to attend; a 5 MB page must not make every pattern scan it all.
  const body = lines.join('\n').slice(0, 100_000);
  const warnings: string[] = [];
  const onlineInBody = ONLINE.test(body) || hasOnlineLink;
  // A building, room or street: somewhere people actually go (a country alone, as in "Event (Republic of Korea)", is not).
  const realVenue = where !== null && VENUE_WORDS.test(where.value);
  let mode: AttendanceMode | null = arrangement ? modeFromArrangement(arrangement.value) : statedMode;
  let rule =
    arrangement && mode
      ? `labelled:${arrangement.label}`
      : statedMode
        ? 'structured:attendance-mode'
        : 'body:attendance-words';
  if (!mode) {
    if (HYBRID.test(body)) mode = 'hybrid';
    else if (realVenue) mode = STRONG_ONLINE.test(body) || hasOnlineLink ? 'hybrid' : 'in_person';
    else if (onlineInBody) mode = 'online';
    // No sign of anything online, and a place in the text: people go there.
    else if (where || VENUE_WORDS.test(body) || zoneOfVenue(body)) mode = 'in_person';
    else rule = 'none';
  }
  const online = mode === 'online' || mode === 'hybrid';
  if (where && mode === 'online' && !ONLINE.test(where.value)) {
    warnings.push(
      `The page's "${where.label}" says "${where.value}", but it describes an online event; shown as online.`,
    );
    return {
      location: { text: 'Online', online, mode, city: null, country: null },
      sourceText: where.line,
      rule,
      warnings,
    };
  }
  if (where) {
    const { city, country } = splitPlace(where.value);
    return {
      location: { text: where.value, online, mode, city, country },
      sourceText: where.line,
      rule: whereRule,
      warnings,
    };
  }
  return {
    location: { text: online && mode === 'online' ? 'Online' : null, online, mode, city: null, country: null },
    sourceText: arrangement?.line ?? null,
    rule,
    warnings,
  };
}
