/**
 * Where the event happens: the labelled place, and whether it can be attended online. The body often
 * overrules a misleading "Where" field (fixture `seed`: "Where: Event (Republic of Korea)" for a Zoom
 * meeting), and the 2022+ platform's "Arrangement type" says Virtual / In-Person / Hybrid outright.
 */
import type { AttendanceMode, EventLocation } from '../../event-record';
import { findLabelled, LABELS } from './labelled';

const ONLINE =
  /\b(?:online|on-line|virtual(?:ly)?|webinar|web conference|zoom|microsoft teams|livestream(?:ed)?|en ligne|virtuel(?:le)?|en línea|videoconferencia)\b/i;
const HYBRID = /\b(?:hybrid|hybride|híbrid[oa]|in[- ]person and online|online and in[- ]person)\b/i;
const IN_PERSON = /\b(?:in[- ]person|en présentiel|presencial)\b/i;
/** Words that make a "Where" value a real venue rather than a placeholder. */
const VENUE_WORDS =
  /\b(?:room|salle|sala|headquarters|siège|sede|auditorium|hall|centre|center|building|university|université|universidad|hotel|avenue|street|rue|calle|\d{4,5})\b/i;

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

export function readLocation(lines: readonly string[], hasOnlineLink: boolean): LocationReading {
  const where = findLabelled(lines, LABELS.place);
  const arrangement = findLabelled(lines, LABELS.arrangement);
  const body = lines.join('\n');
  const warnings: string[] = [];
  let mode: AttendanceMode | null = arrangement ? modeFromArrangement(arrangement.value) : null;
  let rule = arrangement && mode ? `labelled:${arrangement.label}` : '';
  const onlineInBody = ONLINE.test(body) || hasOnlineLink;
  if (!mode) {
    if (HYBRID.test(body)) mode = 'hybrid';
    else if (where && VENUE_WORDS.test(where.value))
      mode = onlineInBody && IN_PERSON.test(body) ? 'hybrid' : 'in_person';
    else if (onlineInBody) mode = 'online';
    else if (where) mode = 'in_person';
    rule = mode ? 'body:attendance-words' : '';
  }
  const online = mode === 'online' || mode === 'hybrid';
  if (where && mode === 'online' && !ONLINE.test(where.value)) {
    warnings.push(
      `The page's "${where.label}" says "${where.value}", but it describes an online event; shown as online.`,
    );
    return {
      location: { text: 'Online', online, mode, city: null, country: null },
      sourceText: where.line,
      rule: rule || 'body:attendance-words',
      warnings,
    };
  }
  if (where) {
    const { city, country } = splitPlace(where.value);
    return {
      location: { text: where.value, online, mode, city, country },
      sourceText: where.line,
      rule: `labelled:${where.label}`,
      warnings,
    };
  }
  return {
    location: { text: online ? 'Online' : null, online, mode, city: null, country: null },
    sourceText: arrangement?.line ?? null,
    rule: rule || 'none',
    warnings,
  };
}
