/**
 * What the background tells the extractor before it runs in a frame: the archive hosts the user added and
 * what the response's Memento headers said. It is set in the extension's isolated world (pages cannot read or
 * forge it) just before the extractor is injected, and checked again on read (utils/injected-input.ts).
 */
import type { AnalyseOptions } from './analyse-page';
import type { ArchiveDefinition } from './archives/archive-definition';
import { definePywbArchive } from './archives/pywb-archive';
import { injectedInput, readInjected } from './injected-input';
import * as z from 'zod/mini';

const text = () => z.string().check(z.maxLength(2000));

export const ExtractionContextSchema = z.object({
  userArchiveOrigins: z.array(text()).check(z.maxLength(100)),
  memento: z.nullable(z.object({ originalUrl: text(), capturedAt: text() })),
});
export type ExtractionContext = z.infer<typeof ExtractionContextSchema>;

/** The context as the background hands it to the extractor (utils/injected-input.ts). */
export const EXTRACTION_CONTEXT = injectedInput('__eventLensExtractionContext', ExtractionContextSchema, 300_000);

/** The context handed to this extractor, or an empty one when anything about it is off. */
export function readExtractionContext(): ExtractionContext {
  return readInjected(EXTRACTION_CONTEXT) ?? { userArchiveOrigins: [], memento: null };
}

/** Archive definitions for the user's own archive origins (their pywb), skipping malformed ones. */
export function userArchiveDefinitions(origins: readonly string[]): ArchiveDefinition[] {
  return origins.map(definePywbArchive).filter((a): a is ArchiveDefinition => a !== null);
}

export function analyseOptionsFrom(context: ExtractionContext): AnalyseOptions {
  return { extraArchives: userArchiveDefinitions(context.userArchiveOrigins), memento: context.memento };
}
