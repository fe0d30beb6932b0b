/**
 * The saved-events library (utils/library/saved-events.ts): one local item, versioned (WXT runs `migrations`
 * when `version` goes up); entries validated one by one on every read, so one damaged entry is counted and
 * kept, never breaking the others (which is why the item itself is not validated as a whole).
 */
import * as z from 'zod/mini';
import type { EventRecord } from '../event-record';
import { mergeImport, withoutSaved, withSaved, type SavedEvent, type SavedList } from '../library/saved-events';
import { validatedItem } from './validated-item';

export const savedEventsItem = validatedItem('local:saved-events', z.object({ events: z.array(z.unknown()) }), {
  fallback: { events: [] },
  version: 2,
  // Loaded only when an older list is found: the popup's first bundle has a budget (docs/i18n.md).
  migrations: { 2: async (v1: unknown) => (await import('./record-upgrade')).migrateSavedEventsV1(v1) },
  what: 'saved events list',
});

const rawSavedEvents = async (): Promise<unknown[]> => (await savedEventsItem.load()).events;

export async function loadSavedEvents(): Promise<SavedList> {
  const { readSavedList } = await import('../library/read-saved');
  return readSavedList(await rawSavedEvents());
}

/** `quota`: the browser's storage is full (nothing else changed); `full`: the library holds its maximum. */
export type SaveOutcome = 'saved' | 'full' | 'quota';

async function writeSaved(next: unknown[] | null): Promise<SaveOutcome> {
  if (next === null) return 'full';
  try {
    await savedEventsItem.setValue({ events: next });
    return 'saved';
  } catch (err) {
    if (err instanceof Error && /quota/i.test(err.message)) return 'quota';
    throw err;
  }
}

export async function saveEvent(record: EventRecord, now = Date.now()): Promise<SaveOutcome> {
  return writeSaved(withSaved(await rawSavedEvents(), { savedAt: now, record }));
}

/** Removes the events whose keys (`eventKey`) are in `keys`. */
export async function removeSavedEvents(keys: readonly string[]): Promise<void> {
  await savedEventsItem.setValue({ events: withoutSaved(await rawSavedEvents(), new Set(keys)) });
}

/** Adds entries (an import, or a delete the reader undid), each with its own saved time; same events replaced. */
export async function importSavedEvents(events: readonly SavedEvent[]): Promise<SaveOutcome> {
  return writeSaved(mergeImport(await rawSavedEvents(), events));
}
