import { resolve } from 'node:path';

/** The checkout's root, for the developer tools and tests that read its files. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
