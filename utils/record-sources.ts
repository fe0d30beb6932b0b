/**
 * Where each field of an event was read (utils/event-record.ts): the page text, the extractor's rule, and the kind
 * of evidence in words for people.
 */
import * as z from 'zod/mini';
import { text } from './record-strings';

/** `time`: where the clock times came from, when not from the same text as the dates (`start`). */
export const FieldNameSchema = z.enum(['title', 'start', 'end', 'time', 'timeZone', 'location', 'links', 'status']);

/**
 * What kind of evidence a field was read from, for people: the popup says it in plain words. `rule` keeps the
 * extractor's own name for the rule (for debugging and the command line).
 */
export const SourceOriginSchema = z.enum([
  /** schema.org JSON-LD or microdata, Drupal's date fields, `<time datetime>`. */
  'structured-data',
  /** A field the page labels: "Date:", "Where:", "When, local time:". */
  'labelled-field',
  /** The page's own heading (`h1`). */
  'heading',
  /** The document's `<title>` or `og:title`, without the site's name. */
  'page-title',
  /** The event's own name in the text ("the webinar *Open Science in Practice*"). */
  'event-name',
  /** The first line that reads like a heading, on a page whose heading markup was lost. */
  'text-heading',
  /** A date standing on its own line under the title. */
  'date-line',
  /** A news dateline: "Nairobi, 4 March 2015 – …". */
  'dateline',
  /** A sentence that announces or reports the event ("will take place on…", "was held in…"). */
  'sentence',
  /** One item of a page that lists several events. */
  'listing-item',
  /** The first and last rows of the event's programme. */
  'programme',
  /** The unlabelled venue line of en.unesco.org's "When, local time" template ("France, Paris"). */
  'venue-line',
  /** The links in the page's content. */
  'page-links',
  /** Words such as "postponed" or "cancelled". */
  'status-words',
  /** A zone or offset written next to the time ("CET", "UTC+2", "local time"). */
  'written-zone',
  /** The zone of the venue's city or country. */
  'venue',
  /** The zone of the city where the site is based (an assumption, said in the warnings). */
  'site-default',
  /** The reader's own correction. */
  'corrected',
]);

export const SourceSchema = z.object({
  /** The page text the field was read from. */
  text: text(),
  /** The rule that read it, e.g. `labelled:Date`, `body:time-range`, `h1`. */
  rule: z.string().check(z.maxLength(80)),
  /** The kind of evidence, for people (absent in records saved before it existed). */
  origin: z.optional(SourceOriginSchema),
  /** The page's own label when `origin` is `labelled-field` ("When, local time"). */
  label: z.optional(z.string().check(z.maxLength(80))),
});

export type FieldName = z.infer<typeof FieldNameSchema>;
export type FieldSource = z.infer<typeof SourceSchema>;
export type SourceOrigin = z.infer<typeof SourceOriginSchema>;
