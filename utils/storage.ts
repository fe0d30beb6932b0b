/**
 * Every storage item Event Lens keeps, versioned and validated on read: old or corrupted entries are
 * reported and treated as absent, never trusted.
 */
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import { EventRecordSchema, type EventRecord } from './event-record';

/**
 * The record each tab's content script reported, in session storage: the background service worker may
 * be stopped at any time (MV3), and session storage is cleared when the browser closes.
 */
export const StoredTabRecordSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  record: EventRecordSchema,
});
export type StoredTabRecord = z.infer<typeof StoredTabRecordSchema>;

const tabKey = (tabId: number) => `session:tab-record:${tabId}` as const;

export async function saveTabRecord(tabId: number, record: EventRecord, now: Date = new Date()): Promise<void> {
  const value: StoredTabRecord = { version: 1, savedAt: now.toISOString(), record };
  await storage.setItem(tabKey(tabId), value);
}

export async function loadTabRecord(tabId: number): Promise<EventRecord | null> {
  const raw = await storage.getItem(tabKey(tabId));
  if (raw === null) return null;
  const parsed = StoredTabRecordSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn(`Event Lens: ignoring an unreadable stored record for tab ${tabId}`);
    return null;
  }
  return parsed.data.record;
}

export async function removeTabRecord(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}
