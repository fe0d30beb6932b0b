/**
 * What the background keeps per tab, in session storage (the MV3 worker may be stopped at any time; session
 * storage is cleared when the browser closes): the record each tab's page gave, and the Memento headers a
 * frame's response carried until its content script asks.
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { MementoInfo } from '../archives/memento-headers';
import { EventRecordSchema, type EventRecord } from '../event-record';
import { readValid } from './validated-item';

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

const readTabRecord = (tabId: number, raw: unknown): EventRecord | null =>
  readValid(StoredTabRecordSchema, raw, null, `stored record for tab ${tabId}`)?.record ?? null;

export async function loadTabRecord(tabId: number): Promise<EventRecord | null> {
  return readTabRecord(tabId, await storage.getItem(tabKey(tabId)));
}

/**
 * Calls `onChange` with the tab's record whenever the background stores a new one (the page was still being
 * read when the popup opened, or it navigated). Returns the function that stops watching.
 */
export function watchTabRecord(tabId: number, onChange: (record: EventRecord | null) => void): () => void {
  return storage.watch(tabKey(tabId), (raw) => onChange(readTabRecord(tabId, raw)));
}

export async function removeTabRecord(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

/** What a frame's response headers said about its capture, kept until the frame's content script asks. */
const MementoSchema = z.object({
  originalUrl: z.string().check(z.maxLength(2000)),
  capturedAt: z.string().check(z.maxLength(40)),
});
const mementoKey = (tabId: number, frameId: number) => `session:memento:${tabId}:${frameId}` as const;

export async function saveMemento(tabId: number, frameId: number, memento: MementoInfo | null): Promise<void> {
  if (memento) await storage.setItem(mementoKey(tabId, frameId), memento);
  else await storage.removeItem(mementoKey(tabId, frameId));
}

/** Forgets every frame's Memento headers of a closed tab. */
export async function removeTabMementos(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(`memento:${tabId}:`));
  if (keys.length > 0) await browser.storage.session.remove(keys);
}

export async function loadMemento(tabId: number, frameId: number): Promise<MementoInfo | null> {
  return readValid(MementoSchema, await storage.getItem(mementoKey(tabId, frameId)), null, 'Memento headers');
}
