/**
 * "Where each field came from", for people: the fields in the record's order, each once with the kind of
 * evidence it was read from (`origin`) and the page's text; fields read from the very same text are said
 * together ("Date and time, End"). The extractor's own rule names are never shown.
 */
import { FieldNameSchema, type EventDetails, type FieldName, type SourceOrigin } from '../event-record';

export type FieldSourceLine = {
  fields: FieldName[];
  /** `null` for records saved before sources said what kind of evidence they were. */
  origin: SourceOrigin | null;
  /** The page's own label, for a labelled field ("When, local time"). */
  label: string | null;
  /** The page text, or `null` for the links (said as their number). */
  text: string | null;
};

export function fieldSources(event: EventDetails): FieldSourceLine[] {
  const lines: FieldSourceLine[] = [];
  for (const field of FieldNameSchema.options) {
    const source = event.sources[field];
    if (!source) continue;
    const text = field === 'links' ? null : source.text;
    const same = lines.find((l) => text !== null && l.text === text && l.origin === (source.origin ?? null));
    if (same) same.fields.push(field);
    else lines.push({ fields: [field], origin: source.origin ?? null, label: source.label ?? null, text });
  }
  return lines;
}
