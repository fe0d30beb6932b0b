/**
 * Clock times and the zone written after them: "13:00–14.30h (CET)", "4pm – 6pm (CEST)", "7:00pm to 9:00pm",
 * "13.00-14.00h CET", "10:00 UTC+2", "09:00 – 17:00 local time", "from 3 to 5 p.m.", "10 am to noon",
 * "1.40 – 2.10pm", "14.30h", "de 10h à 12h00", "11 h - 12h30", "de 10 à 17 heures", "0830 hrs",
 * "between 2 and 3pm", "from 14-30 to 16-00 (UTC + 6)". A date written with dots ("05.03.2016") is never a
 * time (docs/extraction.md, "Times").
 */
import { isLocalTimeText, lookUpWrittenZone, WRITTEN_ZONE_NAMES } from '../../time/written-zones';
import { lowerCaseInPlace } from '../lower-case';
import { remember } from '../remember';

export type TimeRange = {
  start: string;
  end: string | null;
  zoneText: string | null;
  text: string;
  /** Where `text` starts in the text it was found in. */
  index: number;
};

/**
 * Hours, then `:`/`.`/`h`/`heures` and minutes, then am/pm; or a word for 12:00 / 00:00. Minutes never run on
 * into another number ("05.03.2016" is a date).
 */
const CLOCK = String.raw`(?:(\d{1,2})(?:\s?(h(?:eures?)?(?![a-zà-ÿ])|[:.])(\d{2}(?![.:/]?\d))?)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?![\d])|(noon|midday|midi|mediodía|midnight|minuit|medianoche))`;
/** Military time with its unit: "0830 hrs", "1400h". */
const MILITARY = String.raw`(?<![\d:.])([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs?|h)\b|(?![\d]))`;
const RANGE_DASH = String.raw`\s*(?:[-–—]|to|until|till|à|a|au|hasta|bis|jusqu['’]à|до|по|إلى|الى|حتى|至|到)\s*`;
const ZONE_WORDS = WRITTEN_ZONE_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** "(Dakar time)", "heure de Dakar", "hora de Lima": kept only when the place resolves (`lookUpWrittenZone`). */
const PLACE_TIME = String.raw`(?:[a-zà-ÿ’'-]+\s+){1,2}(?:local\s+)?time\b|(?:heure|hora)\s+(?:locale?\s+)?(?:de\s+(?:la\s+|l['’])?|d['’]|del\s+)[a-zà-ÿ’'-]+(?:\s+[a-zà-ÿ’'-]+)?`;
const ZONE = String.raw`(?:\s*h(?:rs?)?\b)?,?\s*\(?\s*((?:utc|gmt)\s*[+\-\u2212–]\s*\d{1,2}(?::?\d{2})?|utc|gmt|local time|heure locale|hora local|по местному времени|${ZONE_WORDS}|${PLACE_TIME})?\)?`;
/** Every pattern runs on lower-cased text (`lowerCaseInPlace`), with indices to read the zone as written. */
const FLAGS = 'dg';
const TIME_RANGE = new RegExp(`(?<![\\d/.:,])${CLOCK}(?:${RANGE_DASH}${CLOCK})?${ZONE}`, FLAGS);
/** "between 2 and 3pm", "entre 10h et 12h", "entre las 10 y las 12". */
const BETWEEN_RANGE = new RegExp(
  `\\b(?:between|entre)\\s+(?:las?\\s+)?${CLOCK}\\s+(?:and|et|y)\\s+(?:las?\\s+)?${CLOCK}${ZONE}`,
  FLAGS,
);
const MILITARY_RANGE = new RegExp(`${MILITARY}(?:${RANGE_DASH}${MILITARY})?${ZONE}`, FLAGS);
/** "from 14-30 to 16-00": hours and minutes joined by a hyphen, only between "from" and "to". */
const HYPHEN_RANGE = new RegExp(
  `\\bfrom\\s+([01]?\\d|2[0-3])-([0-5]\\d)\\s+(?:to|until|till)\\s+([01]?\\d|2[0-3])-([0-5]\\d)(?!\\d)${ZONE}`,
  FLAGS,
);

const WORD_TIMES: Record<string, string> = {
  noon: '12:00',
  midday: '12:00',
  midi: '12:00',
  mediodía: '12:00',
  midnight: '00:00',
  minuit: '00:00',
  medianoche: '00:00',
};

function to24h(h: string | undefined, m: string | undefined, meridiem: string | undefined): string | null {
  let hour = Number(h);
  const minute = m === undefined || m === '' ? 0 : Number(m);
  if (!Number.isInteger(hour) || minute > 59) return null;
  const mer = meridiem?.toLowerCase().replace(/[.\s]/g, '');
  if (mer) {
    if (hour < 1 || hour > 12) return null;
    if (mer === 'pm' && hour !== 12) hour += 12;
    if (mer === 'am' && hour === 12) hour = 0;
  }
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A short abbreviation only counts in capitals ("CET", not "cet"): lower-case words are prose. */
function acceptZone(zone: string | undefined): string | null {
  if (!zone) return null;
  const z = zone.trim();
  if (z.length <= 5 && z !== z.toUpperCase()) return null;
  // A place's time ("Dakar time") only when the place is known; "at the same time" is prose.
  if (/time$|^(?:heure|hora) /i.test(z) && !isLocalTimeText(z) && !lookUpWrittenZone(z)) return null;
  return z;
}

type Clock = { h?: string; sep?: string; min?: string; mer?: string; word?: string };

function clockFrom(groups: (string | undefined)[], at: number): Clock {
  const [h, sep, min, mer, word] = groups.slice(at, at + 5);
  return { h, sep, min, mer, word };
}

function resolveClock(c: Clock, borrowedMer: string | undefined): string | null {
  if (c.word) return WORD_TIMES[c.word.toLowerCase()] ?? null;
  if (c.h === undefined) return null;
  return to24h(c.h, c.min, c.mer ?? borrowedMer);
}

const isHourMark = (sep: string | undefined) => sep !== undefined && sep.toLowerCase().startsWith('h');

/** Whether a clock stands on its own as a time: minutes, a French "h", am/pm, or a word like "noon". */
function isClock(c: Clock): boolean {
  return c.word !== undefined || c.min !== undefined || isHourMark(c.sep) || c.mer !== undefined;
}

/** A range (or a lone time) from the groups of `TIME_RANGE` or `BETWEEN_RANGE`, or `null` if not a time. */
/** The match as written in `raw`, without the comma or bracket the zone's optional part took after it. */
function matched(m: RegExpExecArray, raw: string): string {
  return raw
    .slice(m.index, m.index + m[0].length)
    .replace(/[\s,(]+$/, '')
    .trim();
}

/** Group `k` of a match on the lower-cased text, as written in `raw`. */
function written(m: RegExpExecArray, k: number, raw: string): string | undefined {
  const at = m.indices?.[k];
  return at ? raw.slice(at[0], at[1]) : undefined;
}

function rangeFrom(m: RegExpExecArray, raw: string): TimeRange | null {
  const groups = Array.from(m);
  const text = matched(m, raw);
  const index = m.index;
  const start = clockFrom(groups, 1);
  const end = clockFrom(groups, 6);
  const hasEnd = end.h !== undefined || end.word !== undefined;
  const endIsClock = hasEnd && isClock(end);
  // "3 to 5 p.m.", "de 10 à 17 heures": a bare start takes its meaning from the clock at the end of the range.
  const endLendsMeaning = endIsClock && (end.mer !== undefined || end.word !== undefined || isHourMark(end.sep));
  if (!isClock(start) && !endLendsMeaning) return null;
  // "4 – 6pm", "1.40 – 2.10pm": the start borrows the end's am/pm when it has none of its own.
  const startTime = resolveClock(start, start.word ? undefined : end.mer);
  if (!startTime) return null;
  const endTime = endIsClock ? resolveClock(end, undefined) : null;
  return { start: startTime, end: endTime, zoneText: acceptZone(written(m, 11, raw)), text: text.trim(), index };
}

function collect(re: RegExp, text: string, read: (m: RegExpExecArray) => TimeRange | null, out: TimeRange[]): void {
  re.lastIndex = 0;
  // `text` is lower-cased; readers take what they keep from the original through the match's indices.
  for (let m = re.exec(text); m && out.length < 200; m = re.exec(text)) {
    if (m.index === re.lastIndex) re.lastIndex++;
    const range = read(m);
    if (range) out.push(range);
  }
}

/**
 * Every clock time or time range in `text`, left to right, none overlapping. A lone number only counts as a
 * time with minutes, "h" or am/pm ("13:00", "10h", "4pm"), or as the start of a range whose end is one
 * ("3 to 5 p.m."), so years, days and phone numbers are not read as times.
 */
export function findTimeRanges(text: string): TimeRange[] {
  return MAY_HOLD_TIME.test(text) ? scanned(text) : [];
}

/** A time needs a digit or a word for noon or midnight: most text has neither and costs nothing. */
const MAY_HOLD_TIME = /\d|noon|midday|midi|mediod|midnight|minuit|medianoche/i;
const scanned = remember((text) => scanTimeRanges(text));

function scanTimeRanges(raw: string): TimeRange[] {
  const text = lowerCaseInPlace(raw);
  const found: TimeRange[] = [];
  const as = (m: RegExpExecArray) => matched(m, raw);
  collect(
    HYPHEN_RANGE,
    text,
    (m) => {
      const start = to24h(m[1], m[2], undefined);
      const end = to24h(m[3], m[4], undefined);
      return start && end
        ? { start, end, zoneText: acceptZone(written(m, 5, raw)), text: as(m), index: m.index }
        : null;
    },
    found,
  );
  collect(BETWEEN_RANGE, text, (m) => rangeFrom(m, raw), found);
  collect(TIME_RANGE, text, (m) => rangeFrom(m, raw), found);
  collect(
    MILITARY_RANGE,
    text,
    (m) => {
      // Four bare digits are a time only with a unit ("1400h"), in a range ("0830-1000") or with a leading zero
      // ("0830"): "1930" alone is more likely a year.
      if (!(/h|hrs?/.test(m[0]) || m[3] !== undefined || m[1]?.startsWith('0'))) return null;
      // "(2021-2030)", "2014 – 2021": a span of years, not of hours.
      if (m[3] !== undefined && /^(?:19|20)$/.test(m[1] ?? '') && /^(?:19|20)$/.test(m[3])) return null;
      const start = to24h(m[1], m[2], undefined);
      const end = m[3] ? to24h(m[3], m[4], undefined) : null;
      return start ? { start, end, zoneText: acceptZone(written(m, 5, raw)), text: as(m), index: m.index } : null;
    },
    found,
  );
  const kept: TimeRange[] = [];
  // Earlier readers win an overlap (a "from 14-30 to 16-00" over its pieces); then left to right.
  for (const r of found) {
    const endsAt = r.index + r.text.length;
    if (!kept.some((k) => r.index < k.index + k.text.length && k.index < endsAt)) kept.push(r);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** The first clock time or time range in `text` (see `findTimeRanges`). */
export function findTimeRange(text: string): TimeRange | null {
  return findTimeRanges(text)[0] ?? null;
}

/** A line that is only a time range ("14h00-14h30"): a programme's timetable row, not the event's time. */
export function isTimetableRow(line: string): boolean {
  const r = findTimeRange(line);
  return r !== null && r.end !== null && line.replace(r.text, '').replace(/[\s:–—-]/g, '').length <= 2;
}
