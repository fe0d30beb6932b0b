/**
 * Where an event takes place: the place candidates of a page's event in order of evidence (a template's venue line,
 * machine-readable data, the dating line, a dateline, the lines around the date, the title, a place line), and the
 * lines that describe the event, which tell how one attends (fields/location.ts decides between them).
 */
import type { DateChoice } from './event-dates';
import type { EventPage } from './event-page-text';
import { findDateSpans } from './fields/dates';
import { findLabelled, LABELS } from './fields/labelled';
import type { PlaceCandidate } from './fields/location';
import { isKnownPlace, isPlaceLine, placeInSentence, VENUE_WORD } from './fields/place-in-prose';
import type { StructuredEvent } from './fields/structured';
import { findTimeRange } from './fields/times';
import type { TitleReading } from './fields/title';
import { weighSentence } from './evidence';
import { splitSentences } from './sentences';
import { findPlaces } from '../time/venue-zones';

/** A list of speakers: "with Sylvia Schmelkes (Panelist), …", "Speakers: …". */
const SPEAKERS = /^(?:with|avec|con|featuring|speakers?|panelists?|intervenants?|ponentes?|moderat(?:or|ed by))\b/i;
/** A line of a site's menu ("Who We Are | What We Do | Get in Touch"): never the event's words. */
const MENU_LINE = /(?:\s\|\s.*){2,}/;

/**
 * Drupal template A ("When, local time:" / "Tuesday, 28 April 2015 -" / "7:00pm to 9:00pm" / "France, Paris")
 * names the venue on the unlabelled line after the date and times (docs/extraction.md, "Templates").
 */
function templateAVenue(lines: readonly string[], dates: DateChoice): PlaceCandidate | null {
  if (!dates.templateA || dates.index < 0) return null;
  for (let i = dates.index + 1; i <= dates.index + 2; i++) {
    const line = lines[i];
    if (!line) return null;
    if (findTimeRange(line) && line.length < 40) continue;
    if (line.length > 100 || /[:：]/.test(line) || findDateSpans(line, 1).length > 0) return null;
    return { text: line, line, origin: 'venue-line', rule: 'template-a:venue-line' };
  }
  return null;
}

/** The lines that describe the event: its title, the lead, the dating line and those around it. */
export function eventText(page: EventPage, title: TitleReading, dates: DateChoice): string {
  const near = new Set<number>(page.lead);
  const from = dates.scope?.from ?? dates.index - 1;
  const to = dates.scope ? dates.scope.to - 1 : dates.index + 8;
  if (dates.index >= 0) for (let i = from; i <= to; i++) near.add(i);
  const parts = [title.title, dates.line];
  for (const i of [...near].sort((a, b) => a - b)) {
    const line = page.lines[i];
    if (line && !MENU_LINE.test(line)) parts.push(line);
  }
  for (const label of [LABELS.place, LABELS.arrangement]) {
    const found = findLabelled(page.lines, label);
    if (found) parts.push(found.value);
  }
  return parts.join('\n').slice(0, 20_000);
}

/** The place candidates, in order of evidence (fields/location.ts). */
export function placeCandidates(
  page: EventPage,
  title: TitleReading,
  dates: DateChoice,
  labelled: DateChoice | null,
  structured: StructuredEvent | null,
  pageTitle: TitleReading,
): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const venue = templateAVenue(page.lines, dates) ?? (labelled ? templateAVenue(page.lines, labelled) : null);
  if (venue) out.push(venue);
  if (structured?.locationText)
    out.push({
      text: structured.locationText,
      line: structured.text,
      origin: 'structured-data',
      rule: 'structured:location',
    });
  const dateline = dates.placeKind === 'dateline';
  if (dates.place && !dateline) {
    const weak = dates.origin === 'sentence';
    out.push({ text: dates.place, line: dates.line, origin: dates.origin, rule: `${dates.rule}:place`, weak });
  }
  // A news dateline's city: where the report was written, most often where the event was.
  if (dates.place && dateline)
    out.push({ text: dates.place, line: dates.line, origin: 'dateline', rule: 'body:dateline:place', weak: true });
  out.push(...placesAroundDate(page, dates));
  for (const t of [title, pageTitle]) {
    const inTitle = placeInSentence(t.title, true);
    if (inTitle) out.push({ text: inTitle, line: t.title, origin: t.origin, rule: `${t.rule}:place`, weak: true });
  }
  const placeLine = page.lines
    .slice(0, 400)
    .find((l) => isPlaceLine(l) && findPlaces(l).some((p) => p.kind === 'city'));
  if (placeLine)
    out.push({
      text: placeLine.replace(/[,;\s]+$/, ''),
      line: placeLine,
      origin: 'sentence',
      rule: 'body:place-line',
      weak: true,
    });
  return out;
}

/**
 * The places named near the event's date: a listing item's from its block first, then the page's lead; a page's
 * event from the lead and the lines around its date. Venue lines of a listing item, and places next to an event's
 * words in a sentence.
 */
function placesAroundDate(page: EventPage, dates: DateChoice): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const listed = dates.origin === 'listing-item';
  const around: number[] = [];
  const from = dates.scope?.from ?? dates.index - 2;
  const to = dates.scope ? dates.scope.to - 1 : dates.index + 6;
  if (dates.index >= 0) for (let i = from; i <= to; i++) around.push(i);
  const order = listed ? [...around, ...page.lead] : [...new Set([...page.lead, ...around])].sort((a, b) => a - b);
  for (const i of order) {
    const line = page.lines[i];
    if (!line || MENU_LINE.test(line)) continue;
    if (listed && i > dates.index && isVenueLine(line)) {
      out.push({ text: line.replace(/^[•·-]\s*/, ''), line, origin: 'listing-item', rule: 'listing:item-venue' });
      continue;
    }
    for (const sentence of splitSentences(line, i)) {
      // "with Sylvia Schmelkes (Panelist), … Professor at the University of Pennsylvania": who, not where.
      if (SPEAKERS.test(sentence.text)) continue;
      const evidence = weighSentence(sentence.text);
      if (!(evidence.announcing || evidence.reporting || evidence.eventNoun) || evidence.notAnEvent) continue;
      if (evidence.place && isKnownPlace(evidence.place))
        out.push({
          text: evidence.place,
          line: sentence.text,
          origin: 'sentence',
          rule: 'body:place-in-text',
          weak: true,
        });
    }
  }
  return out;
}

/** "Salles Miró", "Room XI": a short line that is a venue and nothing else. */
function isVenueLine(line: string): boolean {
  const text = line.replace(/^[•·-]\s*/, '');
  // "Mr Carlos Hernando, coordinator, Human Rights Institute": a person, not a room.
  if (/^(?:mr|ms|mrs|dr|prof|h\.e|m|mme|sr|sra)\.?\s/i.test(text)) return false;
  return (
    text.length <= 60 && !/[:：]/.test(text) && VENUE_WORD.test(text) && /^\p{Lu}/u.test(text) && !findTimeRange(text)
  );
}
