/**
 * One storage item, versioned and validated on every read: what the browser hands back may have been written by
 * an older or newer version, or damaged, so it goes through the item's schema, and an unreadable value reads as
 * the fallback (said once in the console), never as a half-trusted object. Every item of utils/storage/ is one.
 */
import { storage, type StorageItemKey, type WxtStorageItem } from '@wxt-dev/storage';
import type * as z from 'zod/mini';

export type StoredItem<T> = WxtStorageItem<T, Record<string, unknown>> & {
  /** The value, validated: an unreadable one reads as the fallback. */
  load(): Promise<T>;
  /** Calls `onChange` with every new value, validated; returns the function that stops it. */
  subscribe(onChange: (value: T) => void): () => void;
};

type Options<T> = {
  fallback: T;
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
  /** What the item holds, for the console line when a stored value cannot be read ("display settings"). */
  what: string;
};

/** The value as the schema reads it, or `fallback` (and a console line) when it cannot be read. */
export function readValid<T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T, what: string): T {
  if (raw === null || raw === undefined) return fallback;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`Event Lens: ignoring unreadable ${what}`);
  return fallback;
}

/** A WXT storage item (versioned, with its migrations) whose reads go through `schema`. */
export function validatedItem<T>(key: StorageItemKey, schema: z.ZodMiniType<T>, options: Options<T>): StoredItem<T> {
  const item = storage.defineItem<T>(key, {
    fallback: options.fallback,
    version: options.version,
    ...(options.migrations && { migrations: options.migrations }),
  });
  const read = (raw: unknown) => readValid(schema, raw, options.fallback, options.what);
  return Object.assign(item, {
    load: async () => read(await item.getValue()),
    subscribe: (onChange: (value: T) => void) => item.watch((raw) => onChange(read(raw))),
  });
}
