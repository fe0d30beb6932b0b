/**
 * What the background tells the extractor before it runs in a frame: the archive hosts the user added and
 * what the response's Memento headers said. It is set in the extension's isolated world (pages cannot read or
 * forge it) just before the extractor is injected, and checked again on read.
 */
import type { AnalyseOptions } from './analyse-page';
import type { ArchiveDefinition } from './archives/archive-definition';
import type { MementoInfo } from './archives/memento-headers';
import { definePywbArchive } from './archives/pywb-archive';

export type ExtractionContext = { userArchiveOrigins: string[]; memento: MementoInfo | null };

/** The global the context travels in, inside the isolated world only. */
export const EXTRACTION_CONTEXT_KEY = '__eventLensExtractionContext';

const isString = (v: unknown): v is string => typeof v === 'string' && v.length < 2000;

/** The context, or an empty one when anything about it is off. */
export function readExtractionContext(raw: unknown): ExtractionContext {
  const empty: ExtractionContext = { userArchiveOrigins: [], memento: null };
  if (typeof raw !== 'object' || raw === null) return empty;
  const { userArchiveOrigins, memento } = raw as Record<string, unknown>;
  const origins = Array.isArray(userArchiveOrigins) ? userArchiveOrigins.filter(isString).slice(0, 100) : [];
  const m = memento as Record<string, unknown> | null | undefined;
  const validMemento =
    m && isString(m.originalUrl) && isString(m.capturedAt)
      ? { originalUrl: m.originalUrl, capturedAt: m.capturedAt }
      : null;
  return { userArchiveOrigins: origins, memento: validMemento };
}

/** Archive definitions for the user's own archive origins (their pywb), skipping malformed ones. */
export function userArchiveDefinitions(origins: readonly string[]): ArchiveDefinition[] {
  return origins.map(definePywbArchive).filter((a): a is ArchiveDefinition => a !== null);
}

export function analyseOptionsFrom(context: ExtractionContext): AnalyseOptions {
  return { extraArchives: userArchiveDefinitions(context.userArchiveOrigins), memento: context.memento };
}
