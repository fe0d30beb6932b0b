/**
 * Records saved by an older version, brought to the current schema before they are validated: nothing a reader
 * saved (the library, an export file) becomes unreadable because the record's shape moved on.
 *
 * Schema 1 → 2: the notes (`page.warnings`, each event's `warnings`) were English sentences; they become codes
 * with their facts (utils/warnings/legacy.ts), each keeping its sentence as `text`.
 */
import { RECORD_SCHEMA_VERSION } from '../record-limits';
import { legacyWarning } from '../warnings/legacy';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A list of notes as schema 2 has them: sentences read back into codes, anything else left for the schema. */
function upgradeWarnings(warnings: unknown): unknown {
  if (!Array.isArray(warnings)) return warnings;
  return (warnings as unknown[]).map((w) => (typeof w === 'string' ? legacyWarning(w) : w));
}

function upgradeEvent(event: unknown): unknown {
  return isObject(event) ? { ...event, warnings: upgradeWarnings(event.warnings) } : event;
}

/**
 * A record of schema 1 as schema 2; any other value is returned as it is (the current schema, or something the
 * schema will refuse and count as unreadable).
 */
export function upgradeRecord(raw: unknown): unknown {
  if (!isObject(raw) || raw.schemaVersion !== 1) return raw;
  const page = isObject(raw.page) ? { ...raw.page, warnings: upgradeWarnings(raw.page.warnings) } : raw.page;
  return {
    ...raw,
    schemaVersion: RECORD_SCHEMA_VERSION,
    page,
    event: upgradeEvent(raw.event),
    ...(Array.isArray(raw.events) && { events: raw.events.map(upgradeEvent) }),
  };
}

/** A saved entry (`{savedAt, record}`) with its record upgraded. */
export function upgradeSavedEntry(entry: unknown): unknown {
  return isObject(entry) && 'record' in entry ? { ...entry, record: upgradeRecord(entry.record) } : entry;
}

/**
 * The saved-events item, version 1 → 2: the records' notes became codes with their facts (record schema 2); every
 * entry is upgraded, and one that is not a record is kept as it was.
 */
export function migrateSavedEventsV1(v1: unknown): { events: unknown[] } {
  const events = (v1 as { events?: unknown } | null)?.events;
  return { events: Array.isArray(events) ? events.map(upgradeSavedEntry) : [] };
}
