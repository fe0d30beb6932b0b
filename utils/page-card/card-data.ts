/**
 * What the background hands the in-page card when it injects it into a frame: the record (corrections applied)
 * and nothing else. Set in the extension's isolated world, which pages cannot read or forge, and validated
 * again on read like any input (utils/injected-input.ts).
 */
import * as z from 'zod/mini';
import { EventRecordSchema, type EventRecord } from '../event-record';
import { injectedInput, readInjected } from '../injected-input';

/** The record to show (corrections applied) and the one read from the page (what "Save" keeps). */
export const CARD_DATA = injectedInput(
  '__eventLensCardData',
  z.object({ record: EventRecordSchema, original: EventRecordSchema }),
);

/** The card's data, validated; `null` when missing, malformed, or without an event. */
export function readCardData(): { record: EventRecord; original: EventRecord } | null {
  const data = readInjected(CARD_DATA);
  return data?.record.event && data.original.event ? data : null;
}

/** Whether the card belongs on a page of `site`, by the reader's settings. */
export function cardWanted(
  settings: { enrichment: boolean; enrichmentOffSites: readonly string[] },
  site: string,
): boolean {
  return settings.enrichment && !settings.enrichmentOffSites.includes(site);
}
