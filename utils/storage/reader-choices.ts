/** Small choices the reader makes on a page: the card folded away, and which event of a listing page to show. */
import * as z from 'zod/mini';
import { MAX_LISTED_EVENTS } from '../record-limits';
import { validatedItem } from './validated-item';

export const cardCollapsedItem = validatedItem('local:card-collapsed', z.boolean(), {
  fallback: false,
  version: 1,
  what: 'card state',
});

/**
 * Which event of a listing page the reader chose (its place in the record's `events`), by the page's original
 * address: the popup, the card, exports, saving, corrections and link checks all follow it.
 */
const MAX_CHOICES = 200;
export const chosenEventsItem = validatedItem(
  'local:chosen-events',
  z.record(z.string().check(z.maxLength(2000)), z.number().check(z.int(), z.minimum(0), z.maximum(MAX_LISTED_EVENTS))),
  { fallback: {}, version: 1, what: 'chosen events' },
);

export async function loadChosenEvent(pageUrl: string): Promise<number> {
  return (await chosenEventsItem.load())[pageUrl] ?? 0;
}

/** Remembers the reader's choice for a page (the first event is the default, so it is not kept). */
export async function saveChosenEvent(pageUrl: string, index: number): Promise<void> {
  const others = Object.entries(await chosenEventsItem.load()).filter(([url]) => url !== pageUrl);
  const mine: [string, number][] = index > 0 ? [[pageUrl, index]] : [];
  await chosenEventsItem.setValue(Object.fromEntries([...others, ...mine].slice(-MAX_CHOICES)));
}
