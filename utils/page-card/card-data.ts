/**
 * What the background hands the in-page card when it injects it into a frame: the record (corrections applied)
 * and nothing else. Set in the extension's isolated world, which pages cannot read or forge, and validated
 * again on read like any input.
 */
import { parseEventRecord, type EventRecord } from '../event-record';

export const CARD_DATA_KEY = '__eventLensCardData';

/** The record to show (corrections applied) and the one read from the page (what "Save" keeps). */
export function readCardData(raw: unknown): { record: EventRecord; original: EventRecord } | null {
  if (typeof raw !== 'string' || raw.length > 5_000_000) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const record = parseEventRecord((data as { record?: unknown } | null)?.record);
  const original = parseEventRecord((data as { original?: unknown } | null)?.original);
  return record?.event && original?.event ? { record, original } : null;
}

/** Whether the card belongs on a page of `site`, by the reader's settings. */
export function cardWanted(
  settings: { enrichment: boolean; enrichmentOffSites: readonly string[] },
  site: string,
): boolean {
  return settings.enrichment && !settings.enrichmentOffSites.includes(site);
}
