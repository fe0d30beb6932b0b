/**
 * The event's dates read from the body of a page that has no labelled date and no machine-readable one: every
 * date on the page becomes a typed reading (where it stands, what its sentence says: `date-drafts.ts`), the
 * readings without the evidence of an event are set aside, and the best of the rest is the event's
 * (`date-choice.ts`; docs/extraction.md, "Choosing the event's date"). A page's own date (`page-date.ts`) is never
 * the event's, but it gives a year to dates written without one and a day to "today".
 */
import { daysBetween, type CalendarDate } from '../time/calendar-date';
import { ENDS_ON, ENDS_ON_UNSPACED, OBITUARY_HEADING } from './cues';
import { contentWords, mayBeTheEvent, scoreDraft } from './date-choice';
import { draftBodyDates, type BodyInput, type BodyOrigin, type BodyReading } from './date-drafts';
import { weighSentence } from './evidence';
import { findDateSpans, findYearlessSpans, placeYearless } from './fields/dates';
import { readableCount } from './event-page-text';
import type { PageDate } from './page-date';
import { splitSentences } from './sentences';

/** How far into a page dates are read: an event page's own text is at its top. */
const LINE_LIMIT = 400;
/** A report of a past event is written soon after it; one older than this, as the page is dated, is history. */
const HISTORY_DAYS = 366;

const RULES: Record<BodyOrigin, string> = {
  title: 'body:title',
  'place-date': 'body:place-date',
  'date-line': 'body:date-line',
  dateline: 'body:dateline',
  sentence: 'body:date-in-text',
};

/** Every dated reading of the body, scored; the ones that cannot be the event's already left out. */
export function collectBodyReadings(input: BodyInput, pageDate: PageDate | null): BodyReading[] {
  const obituary = OBITUARY_HEADING.test(input.title ?? '');
  const lead = new Set(input.lead);
  const title = contentWords(input.title ?? '');
  const history = pageDate?.date ?? input.captureDate;
  const drafts = draftBodyDates(input, pageDate, readableCount(input.lines, LINE_LIMIT));
  const readings: BodyReading[] = [];
  for (const d of drafts) {
    if (!mayBeTheEvent(d, input, obituary)) continue;
    // A past event recalled on a page dated a year later is history, not the page's subject.
    if (history && d.evidence.tense === 'past' && daysBetween(d.span.end, history) > HISTORY_DAYS) continue;
    const { fromPageDate, ...reading } = d;
    const rule = fromPageDate ? 'body:today' : RULES[d.origin];
    readings.push({ ...reading, score: scoreDraft(d, input, lead, title) - (fromPageDate ? 5 : 0), rule });
  }
  return readings;
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
