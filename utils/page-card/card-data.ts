/**
 * What the background hands the in-page card when it injects it into a frame: the record (corrections applied),
 * and the messages of the language the reader chose when it is not the browser's (the card cannot read the
 * package's files itself). Set in the extension's isolated world, which pages cannot read or forge, and validated
 * again on read like any input (utils/page/injected-input.ts).
 */
import * as z from 'zod/mini';
import { EventRecordSchema, type EventRecord } from '../event-record';
import type { MessagesFile } from '../i18n/translate';
import { injectedInput, readInjected } from '../page/injected-input';
import { MessagesFileSchema } from '../i18n/messages-file';

/** The record to show (corrections applied), the one read from the page (what "Save" keeps), the messages. */
export const CARD_DATA = injectedInput(
  '__eventLensCardData',
  z.object({ record: EventRecordSchema, original: EventRecordSchema, messages: z.nullable(MessagesFileSchema) }),
);

/** The card's data, validated; `null` when missing, malformed, or without an event. */
export function readCardData(): { record: EventRecord; original: EventRecord; messages: MessagesFile | null } | null {
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
