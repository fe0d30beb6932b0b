/**
 * The extractor's notes in the reader's language: each code is the message `warning_<code>` (dashes become
 * underscores), its params filled in the order below, dates and capture times written as the reader's locale
 * writes them, zones with their name in that language (docs/i18n.md, "The extractor's notes").
 */
import type { Warning, WarningCode } from '../event-record';
import type { MessageKey, Translate } from '../i18n/translate';
import { formatCaptureTime } from '../time/format-event-time';
import { formatLongDate, zoneDisplayName } from '../time/locale-names';

/** The params of each code, in the order of the message's `$1`, `$2`… placeholders. */
export const WARNING_PARAMS: Record<WarningCode, readonly string[]> = {
  'capture-address-unknown': [],
  'served-other-capture': ['requested', 'served'],
  'address-changed': ['address'],
  'page-cut': [],
  'date-disagrees': ['line', 'date'],
  'end-next-day': ['end', 'start'],
  'other-times': ['other', 'line', 'shown'],
  'programme-times': [],
  'year-inferred': ['text', 'year'],
  'year-from-page-date': ['text', 'year', 'date'],
  'year-from-first-date': ['text', 'year', 'date'],
  'year-from-capture': ['text', 'year'],
  'online-placeholder': ['label', 'place'],
  'online-placeholder-unlabelled': ['place'],
  'zone-assumed': ['zone', 'site'],
  'zone-assumed-written': ['written', 'zone', 'site'],
  'zone-unknown': [],
  'time-repeated': ['time', 'date', 'zone'],
  'time-skipped': ['time', 'date', 'zone', 'readAs'],
  'zone-season-summer': ['written', 'date', 'zone', 'offset'],
  'zone-season-standard': ['written', 'date', 'zone', 'offset'],
  note: [],
};

/** The message key of a code: `zone-assumed` → `warning_zone_assumed`. */
export const warningKey = (code: WarningCode) => `warning_${code.replace(/-/g, '_')}` as MessageKey;

/** A param as the reader reads it: dates and instants in their locale, zones by name. */
function shownParam(name: string, value: string, warning: Warning, locale: string): string {
  if (name === 'requested' || name === 'served') return formatCaptureTime(value, locale);
  if (name === 'date') return formatLongDate(value, locale);
  if (name === 'zone') return zoneDisplayName(value, locale, warning.params.date);
  if (name === 'offset') return `UTC${value}`;
  return value;
}

/**
 * A fact set apart from the sentence around it (Unicode's first-strong isolate, U+2068 … U+2069): the page's
 * English words inside an Arabic sentence keep their own order, "Event (Republic of Korea)" stays whole instead
 * of having its brackets taken by the Arabic around it (docs/i18n.md, "Right to left").
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The note in the reader's language. An older note no code reads (`note`) keeps its English words after the
 * message that says so (components/WarningText.tsx marks them `lang="en"`).
 */
export function warningText(t: Translate, warning: Warning, locale: string): string {
  if (warning.code === 'note') return `${t(warningKey('note'))} ${warning.text}`;
  const subs = WARNING_PARAMS[warning.code].map((name) =>
    isolate(shownParam(name, warning.params[name] ?? '', warning, locale)),
  );
  return t(warningKey(warning.code), subs);
}
