/**
 * The drafted readings of a page's dates (`date-drafts.ts`) weighed: whether each may be the event's at all, its
 * score, and the best of them (docs/extraction.md, "Evidence" and "Choosing the event's date").
 */
import { LETTER } from '../common/letters';
import { compareDates, daysBetween } from '../time/calendar-date';
import { isEventEvidence } from './evidence';
import type { BodyInput, BodyOrigin, BodyReading, Draft } from './date-drafts';

const STOPWORDS = new Set(
  'the and for with from that this will into their about unesco organization organisation des les une pour dans avec sur por para con los las del una'.split(
    ' ',
  ),
);

const NOT_A_WORD = new RegExp(`[^${LETTER}\\d]+`);

/** The words of a text that can echo a title: four letters or more, not a common word. */
export const contentWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(NOT_A_WORD)
      .filter((w) => w.length >= 4 && !STOPWORDS.has(w)),
  );

/** Whether a sentence shares the title's words (the page's own event is the one its title names). */
function echoesTitle(title: Set<string>, sentence: string): boolean {
  if (title.size === 0) return false;
  let shared = 0;
  for (const w of contentWords(sentence)) if (title.has(w)) shared++;
  return shared >= 2 || shared / title.size >= 0.4;
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

/** "(12–27 November 2019)": a date standing alone in brackets, named in passing. */
function inBrackets(r: Pick<BodyReading, 'span' | 'text'>): boolean {
  return new RegExp(`\\(\\s*${r.span.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\)`).test(r.text);
}

const ORIGIN_SCORE: Record<BodyOrigin, number> = {
  title: 45,
  'place-date': 40,
  'date-line': 5,
  dateline: 20,
  sentence: 0,
};

/** A draft's score: where it stands, then what its sentence says (`lead`: the lead's lines; `title`: its words). */
export function scoreDraft(d: Draft, input: BodyInput, lead: Set<number>, title: Set<string>): number {
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
export function mayBeTheEvent(d: Draft, input: BodyInput, obituary: boolean): boolean {
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
