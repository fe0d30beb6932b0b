/**
 * Every storage item Event Lens keeps, one file per family, each item versioned and validated on read
 * (validated-item.ts): old or damaged entries are reported and read as absent, never trusted.
 */
export * from './caches';
export * from './corrections';
export * from './reader-choices';
export * from './saved-events';
export * from './settings';
export * from './tab-records';
export * from './user-archives';
export { validatedItem, type StoredItem } from './validated-item';
export * from './page-checks';
