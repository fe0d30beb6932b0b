/**
 * What the background knows about a frame before reading it: the archive hosts the user added and what the
 * response's Memento headers said (utils/page/injection-decision.ts), turned into the analysis's options.
 */
import type { AnalyseOptions } from './analyse-page';
import type { MementoInfo } from '../archives/memento-headers';
import type { ArchiveDefinition } from '../archives/archive-definition';
import { definePywbArchive } from '../archives/pywb-archive';

export type ExtractionContext = { userArchiveOrigins: readonly string[]; memento: MementoInfo | null };

/** Archive definitions for the user's own archive origins (their pywb), skipping malformed ones. */
export function userArchiveDefinitions(origins: readonly string[]): ArchiveDefinition[] {
  return origins.map(definePywbArchive).filter((a): a is ArchiveDefinition => a !== null);
}

export function analyseOptionsFrom(context: ExtractionContext): AnalyseOptions {
  return { extraArchives: userArchiveDefinitions(context.userArchiveOrigins), memento: context.memento };
}
