/**
 * The event's dates read from the body of a page that has no labelled date and no machine-readable one: every
 * date on the page becomes a typed reading (where it stands, what its sentence says), the readings without the
 * evidence of an event are set aside, and the best of the rest is the event's (docs/extraction.md, "Choosing the
 * event's date"). A page's own date (its publication line, "22.12.2016 - UNESCO Office in Jakarta") is never the
 * event's, but it gives a year to dates written without one and a day to "today".
 */
import { addDays, compareDates, daysBetween, type CalendarDate } from '../time/calendar-date';
import { ENDS_ON, ENDS_ON_UNSPACED, OBITUARY_HEADING, PAGE_DATE_LINE, PAGE_DATE_LINE_UNSPACED } from './cues';
import { isEventEvidence, weighSentence, type Evidence } from './evidence';
import {
  findDateSpans,
  findYearlessSpans,
  placeYearless,
  toIsoDate,
  type DateSpan,
  type YearSource,
} from './fields/dates';
import { isKnownPlace, placeBeforeDate } from './fields/place-in-prose';
import { findTimeRanges, isTimetableRow } from './fields/times';
import { readableCount } from './event-page-text';
import { splitSentences } from './sentences';

export type BodyOrigin = 'title' | 'place-date' | 'date-line' | 'dateline' | 'sentence';

export type BodyReading = {
  span: DateSpan;
  origin: BodyOrigin;
  /** The line or sentence the date was read from. */
  text: string;
  /** Index of its line. */
  index: number;
  evidence: Evidence;
  /** The place written with the date ("Bonn, 24-25 May 2018", a dateline's city), or the sentence's. */
  place: string | null;
  score: number;
  rule: string;
};

export type PageDate = { date: CalendarDate; index: number; text: string };

export type BodyInput = {
  lines: readonly string[];
  /** Index of the title's line in `lines`, or -1. */
  titleIndex: number;
  title: string | null;
  /** The first paragraphs after the title (event-page-text.ts). */
  lead: readonly number[];
  /** The page's address says it is an event page. */
  eventPath: boolean;
  /** The capture's date, for pages that give no date of their own. */
  captureDate: CalendarDate | null;
};

/** How far into a page dates are read: an event page's own text is at its top. */
const LINE_LIMIT = 400;
/** A report of a past event is written soon after it; one older than this, as the page is dated, is history. */
const HISTORY_DAYS = 366;
/** The old portal's publication header: "22.12.2016 - UNESCO Office in Jakarta", "15.07.2010 -". */
const PUBLICATION_HEADER = /^\d{1,2}\.\d{1,2}\.\d{4}\s*[-–](?:\s|$)/;

const EMPTY: Evidence = {
  announcing: false,
  reporting: false,
  eventNoun: false,
  time: false,
  place: null,
  today: false,
  notAnEvent: false,
  recurring: false,
  tense: null,
};

/**
 * A line that holds little besides its date (and its times): a date line under a title, a date header,
 * "March 15, 2022 @ 3:00 pm - 4:30 pm UTC", template A's "Tuesday, 28 April 2015 - 7:00pm to 9:00pm".
 */
function isStandalone(line: string, span: DateSpan): boolean {
  let rest = line.replace(span.text, ' ');
  for (const t of findTimeRanges(rest)) rest = rest.replace(t.text, ' ');
  rest = rest.replace(/[\p{P}\s]+/gu, ' ').replace(/(?:^| )(?:at|to|from|de|à|a|@)(?= |$)/gi, ' ');
  return rest.trim().length <= 14;
}

/** A programme's rows: "- 3 - 4 p.m.: An inaugural lecture", "14h00-14h30", "10 a.m. | Plenary Meeting". */
const SCHEDULE_ROW =
  /^[-–•·]?\s*\d{1,2}(?:\s?[:.h]\s?\d{2})?\s*(?:[-–]\s*\d{1,2}(?:[:.h]\d{2})?\s*)?(?:[ap]\.?\s?m\.?|h\d{0,2})?\s*[:|–-]/i;

/** Whether a day's programme follows a date line: the page is that day's schedule. */
function scheduleFollows(lines: readonly string[], index: number): boolean {
  let rows = 0;
  for (let i = index + 1; i <= index + 12 && i < lines.length; i++) if (SCHEDULE_ROW.test(lines[i] ?? '')) rows++;
  return rows >= 2;
}

/** Template A without its label: "05.05.2015 -" then "15:00 - 17:00" (ru.unesco.org, docs/extraction.md). */
function isTemplateADate(lines: readonly string[], index: number): boolean {
  return isTimetableRow(lines[index + 1] ?? '');
}

const isPageDateLine = (line: string) => PAGE_DATE_LINE.test(line) || PAGE_DATE_LINE_UNSPACED.test(line);

/** The page's own date: its publication header or line, else a lone date near the title. `null` when none. */
export function readPageDate(lines: readonly string[], titleIndex: number): PageDate | null {
  const near = Math.max(titleIndex, 0) + 5;
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const line = lines[i] ?? '';
    const span = findDateSpans(line, 1)[0];
    if (!span) continue;
    const header = PUBLICATION_HEADER.test(line) && !isTemplateADate(lines, i);
    if (header || (isPageDateLine(line) && line.length < 120)) return { date: span.start, index: i, text: line };
    if (i <= near && i !== titleIndex && isStandalone(line, span) && compareDates(span.start, span.end) === 0)
      return { date: span.start, index: i, text: line };
  }
  return null;
}

const STOPWORDS = new Set(
  'the and for with from that this will into their about unesco organization organisation des les une pour dans avec sur por para con los las del una'.split(
    ' ',
  ),
);
const contentWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !STOPWORDS.has(w)),
  );

/** Whether a sentence shares the title's words (the page's own event is the one its title names). */
function echoesTitle(title: Set<string>, sentence: string): boolean {
  if (title.size === 0) return false;
  let shared = 0;
  for (const w of contentWords(sentence)) if (title.has(w)) shared++;
  return shared >= 2 || shared / title.size >= 0.4;
}

type Draft = Omit<BodyReading, 'score' | 'rule'> & {
  /** Dated by the page's own date, from "today" in the sentence. */
  fromPageDate?: boolean;
};

/** Where a date stands in its line: the title, a date line, a place and date, a dateline, or a sentence. */
function classify(line: string, index: number, span: DateSpan, input: BodyInput): Draft {
  const prefix = line.slice(0, span.index);
  const suffix = line.slice(span.index + span.text.length);
  if (index === input.titleIndex)
    return { span, origin: 'title', text: line, index, evidence: weighSentence(line, span.text), place: null };
  const written = placeBeforeDate(prefix);
  // Only a place we know ("Bonn", "UNESCO Paris, France"): "DayMonday, 4 March 2019" is a calendar widget.
  const place = written && isKnownPlace(written) ? written : null;
  const atStart = place !== null && prefix.trim().startsWith(place);
  if (isStandalone(line, span) && !atStart)
    return { span, origin: 'date-line', text: line, index, evidence: EMPTY, place: null };
  if (place && (atStart || /\(\s*[^()]*$/.test(prefix))) {
    if (atStart && /^\s*(?:[-–—]|\.-|:)\s*\S/.test(suffix) && suffix.length > 40) {
      return { span, origin: 'dateline', text: line, index, evidence: weighSentence(suffix), place };
    }
    if (suffix.trim().length <= 40 || /^\s*\)/.test(suffix)) {
      return { span, origin: 'place-date', text: line, index, evidence: weighSentence(line, span.text), place };
    }
  }
  const sentence =
    splitSentences(line, index).find((s) => s.offset <= span.index && span.index < s.offset + s.text.length + 1)
      ?.text ?? line;
  const evidence = weighSentence(sentence, span.text);
  return { span, origin: 'sentence', text: sentence, index, evidence, place: evidence.place };
}

const ORIGIN_SCORE: Record<BodyOrigin, number> = {
  title: 45,
  'place-date': 40,
  'date-line': 5,
  dateline: 20,
  sentence: 0,
};

function scoreOf(d: Draft, input: BodyInput, lead: Set<number>, title: Set<string>): number {
  const e = d.evidence;
  let s = ORIGIN_SCORE[d.origin];
  if (d.origin === 'date-line') s = compareDates(d.span.start, d.span.end) !== 0 ? 40 : input.eventPath ? 30 : 5;
  if (e.announcing) s += 25;
  else if (e.reporting) s += e.eventNoun ? 20 : 5;
  if (e.eventNoun) s += 10;
  if (e.time) s += 15;
  if (e.place || d.place) s += 10;
  if (lead.has(d.index)) s += 10;
  if (d.origin !== 'title' && echoesTitle(title, d.text)) s += 15;
  if (d.span.yearInferred) s -= 5;
  if (e.recurring) s -= 10;
  // "(21 February)", a date in brackets alone: a day named in passing.
  if (inBrackets(d)) s -= 15;
  return s;
}

/** Whether a reading may be the event's at all (docs/extraction.md, "Evidence"). */
function passes(d: Draft, input: BodyInput, obituary: boolean): boolean {
  const e = d.evidence;
  if (e.notAnEvent) return false;
  if (obituary && !(e.announcing && e.eventNoun)) return false;
  switch (d.origin) {
    case 'title':
    case 'place-date':
      return true;
    case 'date-line':
      return compareDates(d.span.start, d.span.end) !== 0 || input.eventPath || scheduleFollows(input.lines, d.index);
    default:
      return isEventEvidence(e) || (d.origin === 'dateline' && (e.announcing || e.reporting));
  }
}

const RULES: Record<BodyOrigin, string> = {
  title: 'body:title',
  'place-date': 'body:place-date',
  'date-line': 'body:date-line',
  dateline: 'body:dateline',
  sentence: 'body:date-in-text',
};

/**
 * Readings of dates written without a year, placed in the year of `reference` (the page's own date, else its first
 * full date, else the capture's); and "today" in a sentence, read as the page's own date when it has one.
 */
function yearlessDrafts(
  input: BodyInput,
  pageDate: PageDate | null,
  reference: CalendarDate,
  yearFrom: YearSource,
  limit: number,
): Draft[] {
  const { lines } = input;
  const drafts: Draft[] = [];
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    if (isPageDateLine(line) || isTimetableRow(line) || i === pageDate?.index) continue;
    const full = findDateSpans(line, 10);
    for (const sentence of splitSentences(line, i)) {
      const start = sentence.offset;
      const end = start + sentence.text.length;
      if (full.some((f) => f.index < end && f.index + f.text.length > start)) continue;
      for (const yl of findYearlessSpans(sentence.text, 4)) {
        const span = placeYearless(yl, reference, yearFrom);
        if (!span) continue;
        const evidence = weighSentence(sentence.text, yl.text);
        const origin = i === input.titleIndex ? 'title' : 'sentence';
        drafts.push({ span, origin, text: sentence.text, index: i, evidence, place: evidence.place });
      }
      // "celebrated … today in Hamburg": the page's own date, when the page has one.
      if (pageDate && findYearlessSpans(sentence.text, 1).length === 0) {
        const today = todayDraft(sentence.text, i, pageDate);
        if (today) drafts.push(today);
      }
    }
  }
  return drafts;
}

/** A sentence that says "today" of an event, dated by the page's own date; `null` when it does not. */
function todayDraft(text: string, index: number, pageDate: PageDate): Draft | null {
  const evidence = weighSentence(text);
  if (!evidence.today || !isEventEvidence(evidence)) return null;
  const span: DateSpan = {
    start: pageDate.date,
    end: pageDate.date,
    text: pageDate.text,
    index: 0,
    yearInferred: false,
  };
  return { span, origin: 'sentence', text, index, evidence, place: evidence.place, fromPageDate: true };
}

/** Every dated reading of the body, scored; the ones that cannot be the event's already left out. */
export function collectBodyReadings(input: BodyInput, pageDate: PageDate | null): BodyReading[] {
  const { lines } = input;
  const obituary = OBITUARY_HEADING.test(input.title ?? '');
  const lead = new Set(input.lead);
  const title = contentWords(input.title ?? '');
  const history = pageDate?.date ?? input.captureDate;
  const drafts: Draft[] = [];
  let firstFull: CalendarDate | null = null;
  const limit = readableCount(lines, LINE_LIMIT);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    // A lone date near the title is read too: an event page's date line, or a page date that the gate refuses.
    if (isPageDateLine(line) || isTimetableRow(line)) continue;
    if (PUBLICATION_HEADER.test(line) && !isTemplateADate(lines, i)) continue;
    for (const span of findDateSpans(line, 10)) {
      firstFull ??= span.start;
      drafts.push(classify(line, i, span, input));
    }
  }
  const reference = pageDate?.date ?? firstFull ?? input.captureDate;
  const yearFrom: YearSource = pageDate
    ? { kind: 'page-date', date: toIsoDate(pageDate.date) }
    : firstFull
      ? { kind: 'first-date', date: toIsoDate(firstFull) }
      : { kind: 'capture' };
  if (reference) drafts.push(...yearlessDrafts(input, pageDate, reference, yearFrom, limit));
  const readings: BodyReading[] = [];
  for (const d of drafts) {
    if (!passes(d, input, obituary)) continue;
    // A past event recalled on a page dated a year later is history, not the page's subject.
    if (history && d.evidence.tense === 'past' && daysBetween(d.span.end, history) > HISTORY_DAYS) continue;
    const { fromPageDate, ...reading } = d;
    const rule = fromPageDate ? 'body:today' : RULES[d.origin];
    readings.push({ ...reading, score: scoreOf(d, input, lead, title) - (fromPageDate ? 5 : 0), rule });
  }
  return readings;
}

/** "(12–27 November 2019)": a date standing alone in brackets, named in passing. */
function inBrackets(r: Pick<BodyReading, 'span' | 'text'>): boolean {
  return new RegExp(`\\(\\s*${r.span.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\)`).test(r.text);
}

/** The best reading; a range that holds it (the event it is part of) when one scores close. */
export function chooseBodyReading(readings: readonly BodyReading[]): BodyReading | null {
  let best: BodyReading | null = null;
  for (const r of readings)
    if (!best || r.score > best.score || (r.score === best.score && r.index < best.index)) best = r;
  if (!best) return null;
  const chosen = best;
  const container = readings
    .filter(
      (r) =>
        r !== chosen &&
        !inBrackets(r) &&
        compareDates(r.span.start, chosen.span.start) <= 0 &&
        compareDates(r.span.end, chosen.span.end) >= 0 &&
        daysBetween(r.span.start, r.span.end) > daysBetween(chosen.span.start, chosen.span.end) &&
        r.score >= chosen.score - 30,
    )
    .sort((a, b) => b.score - a.score)[0];
  return container ?? chosen;
}

/**
 * "会议将于11月18日结束", "the conference will close on 18 November": the end of an event whose start alone was
 * dated, from a sentence that names the event and a date up to two months later.
 */
export function findLaterEnd(
  lines: readonly string[],
  start: CalendarDate,
): { date: CalendarDate; text: string } | null {
  for (let i = 0; i < readableCount(lines, LINE_LIMIT); i++) {
    for (const sentence of splitSentences(lines[i] ?? '', i)) {
      if (!ENDS_ON.test(sentence.text) && !ENDS_ON_UNSPACED.test(sentence.text)) continue;
      const evidence = weighSentence(sentence.text);
      if (!evidence.eventNoun || evidence.notAnEvent) continue;
      const dates = [
        ...findDateSpans(sentence.text, 3).map((s) => s.start),
        ...findYearlessSpans(sentence.text, 3)
          .map((y) => placeYearless(y, start, { kind: 'event-start' })?.start)
          .filter((d): d is CalendarDate => d !== undefined),
      ];
      for (const d of dates) {
        const days = daysBetween(start, d);
        if (days > 0 && days <= 60) return { date: d, text: sentence.text };
      }
    }
  }
  return null;
}

export { addDays };
