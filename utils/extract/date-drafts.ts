/**
 * Every date in a page's body drafted as a reading, typed by where it stands (the title, a place and a date, a date
 * line, a news dateline, a sentence) and with what its sentence says (docs/extraction.md, "Choosing the event's
 * date"). Dates written without a year are placed in the page's year; "today" is the page's own date.
 * `date-choice.ts` weighs the drafts.
 */
import type { CalendarDate } from '../time/calendar-date';
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
import { isTimetableRow } from './fields/times';
import { isPageDateLine, isPublicationHeader, isStandalone, type PageDate } from './page-date';
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

/** A reading before it is weighed. */
export type Draft = Omit<BodyReading, 'score' | 'rule'> & {
  /** Dated by the page's own date, from "today" in the sentence. */
  fromPageDate?: boolean;
};

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

/** Readings of the dates written with a year in the first `limit` lines, in the page's order. */
function fullDateDrafts(input: BodyInput, limit: number): Draft[] {
  const { lines } = input;
  const drafts: Draft[] = [];
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    // A lone date near the title is read too: an event page's date line, or a page date that the gate refuses.
    if (isPageDateLine(line) || isTimetableRow(line)) continue;
    if (isPublicationHeader(lines, i)) continue;
    for (const span of findDateSpans(line, 10)) drafts.push(classify(line, i, span, input));
  }
  return drafts;
}

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

/** Every date in the first `limit` lines drafted as a reading: those with a year, then those without. */
export function draftBodyDates(input: BodyInput, pageDate: PageDate | null, limit: number): Draft[] {
  const drafts = fullDateDrafts(input, limit);
  const firstFull = drafts[0]?.span.start ?? null;
  const reference = pageDate?.date ?? firstFull ?? input.captureDate;
  const yearFrom: YearSource = pageDate
    ? { kind: 'page-date', date: toIsoDate(pageDate.date) }
    : firstFull
      ? { kind: 'first-date', date: toIsoDate(firstFull) }
      : { kind: 'capture' };
  if (reference) drafts.push(...yearlessDrafts(input, pageDate, reference, yearFrom, limit));
  return drafts;
}
