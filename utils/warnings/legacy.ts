/**
 * Reads a note written by a version before the codes (a plain English sentence, record schema 1) back into its
 * code and facts, from the sentences those versions wrote (utils/warnings/english.ts keeps them word for word).
 * A sentence none of them matches stays as it was, under the code `note`: nothing a reader saved is lost.
 */
import type { Warning, WarningCode } from '../event-record';
import type { WarningParams } from './english';

/** "2020-12-05 00:16:00 UTC" → "2020-12-05T00:16:00Z". */
const isoOfUtcText = (text: string) => text.replace(' UTC', 'Z').replace(' ', 'T');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "10 June 2020" → "2020-06-10"; the text itself when it is not such a date. */
function isoOfLongDate(text: string): string {
  const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(text);
  const month = m ? MONTHS.indexOf(m[2] ?? '') + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : text;
}

const LONG_DATE = '\\d{1,2} [A-Z][a-z]+ \\d{4}';

/** Each older sentence, its code, and how its captured groups become params (most specific first). */
const LEGACY: { code: WarningCode; pattern: RegExp; params?: (g: WarningParams) => WarningParams }[] = [
  { code: 'capture-address-unknown', pattern: /^The archive page does not say which address it is a capture of\.$/ },
  {
    code: 'served-other-capture',
    pattern:
      /^The address asks for a capture of (?<requested>[\d-]+ [\d:]+ UTC); the archive served the one of (?<served>[\d-]+ [\d:]+ UTC)\.$/,
    params: (g) => ({ requested: isoOfUtcText(g.requested ?? ''), served: isoOfUtcText(g.served ?? '') }),
  },
  {
    code: 'address-changed',
    pattern:
      /^The page changed its own address \(to (?<address>.*)\) after it loaded; Event Lens reads it as the address it was loaded from\.$/s,
  },
  {
    code: 'date-disagrees',
    pattern:
      /^The page's "(?<line>.*)" disagrees with its machine-readable date \((?<date>[\d-]+)\); shown: the machine-readable one\.$/s,
  },
  {
    code: 'end-next-day',
    pattern: /^The end time (?<end>\d\d:\d\d) is earlier than the start (?<start>\d\d:\d\d): read as the next day\.$/,
  },
  {
    code: 'other-times',
    pattern:
      /^The page also gives (?<other>\S+) for this day \("(?<line>.*)"\); shown: (?<shown>\S+) \((?<rule>[^()]*)\)\.$/s,
  },
  {
    code: 'programme-times',
    pattern: /^The page gives no time for the event itself; the times are those of its programme\.$/,
  },
  {
    code: 'year-from-page-date',
    pattern:
      /^The page gives no year for "(?<text>.*)"; the year (?<year>\d{4}) comes from the page's own date \((?<date>[\d-]+)\)\.$/s,
  },
  {
    code: 'year-from-first-date',
    pattern:
      /^The page gives no year for "(?<text>.*)"; the year (?<year>\d{4}) comes from the first full date on the page \((?<date>[\d-]+)\)\.$/s,
  },
  {
    code: 'year-from-capture',
    pattern: /^The page gives no year for "(?<text>.*)"; the year (?<year>\d{4}) comes from the capture date\.$/s,
  },
  {
    code: 'year-inferred',
    pattern: /^The page gives no year for "(?<text>.*)"; the year (?<year>\d{4}) comes from the page\.$/s,
  },
  {
    code: 'online-placeholder-unlabelled',
    pattern: /^The page's "place" says "(?<place>.*)", but it describes an online event; shown as online\.$/s,
  },
  {
    code: 'online-placeholder',
    pattern: /^The page's "(?<label>[^"]*)" says "(?<place>.*)", but it describes an online event; shown as online\.$/s,
  },
  {
    code: 'zone-assumed-written',
    pattern:
      /^The page gives no time zone beyond "(?<written>.*)"; assumed (?<zone>\S+), where (?<site>\S+) is based\.$/s,
  },
  {
    code: 'zone-assumed',
    pattern: /^The page gives no time zone; assumed (?<zone>\S+), where (?<site>\S+) is based\.$/,
  },
  { code: 'zone-unknown', pattern: /^The page gives no time zone; times are shown as written\.$/ },
  { code: 'page-cut', pattern: /^The page is too large to read whole; Event Lens read its beginning\.$/ },
  {
    code: 'time-repeated',
    pattern: new RegExp(
      `^(?<time>\\d\\d:\\d\\d) on (?<date>${LONG_DATE}) happened twice in (?<zone>\\S+) \\(the clocks went back\\); read as the first occurrence\\.$`,
    ),
    params: (g) => ({ ...g, date: isoOfLongDate(g.date ?? '') }),
  },
  {
    code: 'time-skipped',
    pattern: new RegExp(
      `^(?<time>\\d\\d:\\d\\d) on (?<date>${LONG_DATE}) does not exist in (?<zone>\\S+) \\(the clocks went forward\\); read as (?<readAs>\\d\\d:\\d\\d)\\.$`,
    ),
    params: (g) => ({ ...g, date: isoOfLongDate(g.date ?? '') }),
  },
  {
    code: 'zone-season-summer',
    pattern: new RegExp(
      `^Written as (?<written>.+); on (?<date>${LONG_DATE}) (?<zone>\\S+) was on summer time \\(UTC(?<offset>[+-]\\d\\d:\\d\\d)\\)\\. Read as local time there\\.$`,
      's',
    ),
    params: (g) => ({ ...g, date: isoOfLongDate(g.date ?? '') }),
  },
  {
    code: 'zone-season-standard',
    pattern: new RegExp(
      `^Written as (?<written>.+); on (?<date>${LONG_DATE}) (?<zone>\\S+) was on standard time \\(UTC(?<offset>[+-]\\d\\d:\\d\\d)\\)\\. Read as local time there\\.$`,
      's',
    ),
    params: (g) => ({ ...g, date: isoOfLongDate(g.date ?? '') }),
  },
];

/** An older note (plain English) as a coded one; its words are kept as they were, whatever it matched. */
export function legacyWarning(text: string): Warning {
  for (const { code, pattern, params } of LEGACY) {
    const match = pattern.exec(text);
    if (!match) continue;
    const found: WarningParams = { ...match.groups };
    return { code, params: params ? params(found) : found, text };
  }
  return { code: 'note', params: {}, text };
}
