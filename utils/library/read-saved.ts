/**
 * Reading saved entries back: the stored list and export files, each entry brought to the current record schema
 * first (utils/storage/record-upgrade.ts), then validated. Apart from the rest of the library's functions so that
 * the popup, which only adds and removes entries, does not load the upgrade of older records.
 */
import { upgradeSavedEntry } from '../storage/record-upgrade';
import { EXPORT_FORMAT, SavedEventSchema, type SavedEvent, type SavedList } from './saved-events';

/**
 * The readable entries of a stored list, and how many could not be read. Entries an older version saved (or
 * exported) are brought to the current record schema first (utils/storage/record-upgrade.ts).
 */
export function readSavedList(raw: readonly unknown[]): SavedList {
  const events: SavedEvent[] = [];
  let unreadable = 0;
  for (const entry of raw) {
    const parsed = SavedEventSchema.safeParse(upgradeSavedEntry(entry));
    if (parsed.success && parsed.data.record.event) events.push(parsed.data);
    else unreadable++;
  }
  return { events, unreadable };
}

export type ImportResult =
  | { ok: true; events: SavedEvent[]; rejected: number }
  | { ok: false; reason: 'not-json' | 'not-an-export' | 'too-large' | 'unreadable' };

/**
 * The largest file an import reads. A full library (2,000 events) exports to a few megabytes; a file far
 * beyond that is not one of ours, and reading it would only hold the page up.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Reads an exported file: every entry validated; the ones that fail are counted, the others kept. */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const file = value as { format?: unknown; events?: unknown } | null;
  if (file?.format !== EXPORT_FORMAT || !Array.isArray(file.events)) return { ok: false, reason: 'not-an-export' };
  const { events, unreadable } = readSavedList(file.events as unknown[]);
  return { ok: true, events, rejected: unreadable };
}

/**
 * A chosen file, read only once its size is known to be within `MAX_IMPORT_BYTES` (the file's size is
 * known before a byte of it is read), then parsed.
 */
export async function readImportFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return parseImport(text);
}
