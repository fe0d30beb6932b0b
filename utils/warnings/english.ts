/**
 * The extractor's notes as data: a code, the facts it names (`params`, plain strings: ISO dates, clock times,
 * IANA zones, the page's own words) and the sentence in English, kept for the command line and the calendar
 * file. The extension's pages say each code in the reader's language from the facts (utils/warnings/localise.ts,
 * docs/i18n.md "The extractor's notes"). The English sentences are the ones the extractor always wrote, word for
 * word, so older records and exports read the same (utils/warnings/legacy.ts reads them back into codes).
 *
 * No zod here: the extractor's bundle imports this, the schema lives in utils/event-record.ts.
 */
import type { Warning, WarningCode } from '../event-record';

export type WarningParams = Record<string, string>;

/** "2020-12-05T00:16:00Z" → "2020-12-05 00:16:00 UTC", as the served-capture note always wrote it. */
const utcText = (iso: string) => iso.replace('T', ' ').replace('Z', ' UTC');

/** "2020-06-10" → "10 June 2020" (English month names, whatever the machine's locale). */
export function englishLongDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${d} ${month} ${y}`;
}

/** Every code's English sentence, from its params (a missing one reads as empty, never as "undefined"). */
export const ENGLISH_WARNINGS: Record<WarningCode, (p: WarningParams) => string> = {
  'capture-address-unknown': () => 'The archive page does not say which address it is a capture of.',
  'served-other-capture': (p) =>
    `The address asks for a capture of ${utcText(p.requested ?? '')}; the archive served the one of ${utcText(p.served ?? '')}.`,
  'address-changed': (p) =>
    `The page changed its own address (to ${p.address ?? ''}) after it loaded; Event Lens reads it as the address it was loaded from.`,
  'page-cut': () => 'The page is too large to read whole; Event Lens read its beginning.',
  'date-disagrees': (p) =>
    `The page's "${p.line ?? ''}" disagrees with its machine-readable date (${p.date ?? ''}); shown: the machine-readable one.`,
  'end-next-day': (p) =>
    `The end time ${p.end ?? ''} is earlier than the start ${p.start ?? ''}: read as the next day.`,
  'other-times': (p) =>
    `The page also gives ${p.other ?? ''} for this day ("${p.line ?? ''}"); shown: ${p.shown ?? ''} (${p.rule ?? ''}).`,
  'programme-times': () => 'The page gives no time for the event itself; the times are those of its programme.',
  'year-inferred': (p) => `The page gives no year for "${p.text ?? ''}"; the year ${p.year ?? ''} comes from the page.`,
  'year-from-page-date': (p) =>
    `The page gives no year for "${p.text ?? ''}"; the year ${p.year ?? ''} comes from the page's own date (${p.date ?? ''}).`,
  'year-from-first-date': (p) =>
    `The page gives no year for "${p.text ?? ''}"; the year ${p.year ?? ''} comes from the first full date on the page (${p.date ?? ''}).`,
  'year-from-capture': (p) =>
    `The page gives no year for "${p.text ?? ''}"; the year ${p.year ?? ''} comes from the capture date.`,
  'online-placeholder': (p) =>
    `The page's "${p.label ?? ''}" says "${p.place ?? ''}", but it describes an online event; shown as online.`,
  'online-placeholder-unlabelled': (p) =>
    `The page's "place" says "${p.place ?? ''}", but it describes an online event; shown as online.`,
  'zone-assumed': (p) => `The page gives no time zone; assumed ${p.zone ?? ''}, where ${p.site ?? ''} is based.`,
  'zone-assumed-written': (p) =>
    `The page gives no time zone beyond "${p.written ?? ''}"; assumed ${p.zone ?? ''}, where ${p.site ?? ''} is based.`,
  'zone-unknown': () => 'The page gives no time zone; times are shown as written.',
  'time-repeated': (p) =>
    `${p.time ?? ''} on ${englishLongDate(p.date ?? '')} happened twice in ${p.zone ?? ''} (the clocks went back); read as the first occurrence.`,
  'time-skipped': (p) =>
    `${p.time ?? ''} on ${englishLongDate(p.date ?? '')} does not exist in ${p.zone ?? ''} (the clocks went forward); read as ${p.readAs ?? ''}.`,
  'zone-season-summer': (p) =>
    `Written as ${p.written ?? ''}; on ${englishLongDate(p.date ?? '')} ${p.zone ?? ''} was on summer time (UTC${p.offset ?? ''}). Read as local time there.`,
  'zone-season-standard': (p) =>
    `Written as ${p.written ?? ''}; on ${englishLongDate(p.date ?? '')} ${p.zone ?? ''} was on standard time (UTC${p.offset ?? ''}). Read as local time there.`,
  // A note an older version wrote that none of the codes above reads back: kept, word for word, as `text`.
  note: () => '',
};

/** A note: its code, its facts, and its English sentence. */
export function warning(code: WarningCode, params: WarningParams = {}): Warning {
  return { code, params, text: ENGLISH_WARNINGS[code](params) };
}
