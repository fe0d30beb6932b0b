/**
 * Constants of the event record that code outside the schema needs. Kept apart from event-record.ts so the content
 * script can use them without bundling zod (docs/building.md, "Bundle budget": content script under 15 KB gzip).
 */
/** 2: the notes (`warnings`) became codes with their facts; version-1 records are upgraded on read (utils/storage/record-upgrade.ts). */
export const RECORD_SCHEMA_VERSION = 2;

/** Page strings are capped: a hostile page must not be able to make us carry megabytes around. */
export const MAX_TEXT = 2000;

/** The most events one listing page gives (a month of cultural events runs to a few dozen). */
export const MAX_LISTED_EVENTS = 60;
