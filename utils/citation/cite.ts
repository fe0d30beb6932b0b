/**
 * Citations of records in every format Event Lens offers. The citation library is imported only here, and only
 * when a citation is asked for (`import()`: it stays out of the popup's and the library page's first bundles).
 */
import type { EventRecord } from '../event-record';
import { citationKeys } from './citation-keys';
import { accessDateOf, toCslItem, type CslItem } from './csl-item';
import type { CitationFileFormat, CitationFormat } from './formats';

export {
  CITATION_FORMATS,
  FILE_FORMATS,
  type CitationFileFormat,
  type CitationFormat,
  type CitationText,
} from './formats';

/** Each style's CSL name in the plugin (Harvard: `harvard1`, the CSL project's generic Harvard author-date). */
const TEMPLATES = { apa: 'apa', chicago: 'chicago', mla: 'mla', harvard: 'harvard1' } as const;

/** The file each format is saved as: extension and media type. */
export const CITATION_FILES: Readonly<Record<CitationFileFormat, { extension: string; type: string }>> = {
  bibtex: { extension: 'bib', type: 'application/x-bibtex' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

/** The CSL locale of each of UNESCO's languages (`ar`, `zh-CN`, `ru-RU`: utils/citation/csl-locales, the others the plugin's). */
const CSL_LOCALES: Readonly<Record<string, string>> = {
  ar: 'ar',
  en: 'en-US',
  es: 'es-ES',
  fr: 'fr-FR',
  ru: 'ru-RU',
  zh: 'zh-CN',
};

/** The locales `./csl-locales` registers (loaded only for them: the command line, in English, never needs their XML). */
const VENDORED_LOCALES = new Set(['ar', 'zh-CN', 'ru-RU']);

/** The CSL locale for the reader's language; citations in other languages are in US English. */
export function cslLocale(language: string): string {
  return CSL_LOCALES[language.toLowerCase().slice(0, 2)] ?? 'en-US';
}

/** A record cited, and when the reader read it (milliseconds: their own day is the access date). */
export type Cited = { record: EventRecord; accessedMs: number };

/** The CSL-JSON items of the records that hold an event, each with its own key. */
export function toCslItems(cited: readonly Cited[]): CslItem[] {
  const withEvent = cited.filter((c) => c.record.event);
  const keys = citationKeys(withEvent.map((c) => c.record));
  return withEvent.map((c, i) =>
    toCslItem(c.record, keys[i] ?? `item${i + 1}`, { accessed: accessDateOf(c.accessedMs) }),
  );
}

/**
 * RIS lines from the tags the library chose. Its own writer breaks every value at 70 characters, which cuts
 * addresses in two for every reader that takes a line without a tag as text; RIS allows long lines.
 */
export function risText(records: readonly Record<string, unknown>[]): string {
  const entries = records.map((tags) => {
    const lines = [`TY  - ${String(tags.TY)}`];
    for (const [tag, value] of Object.entries(tags)) {
      if (tag === 'TY') continue;
      for (const one of [value].flat()) lines.push(`${tag}  - ${String(one).replace(/\s*\n\s*/g, ' ')}`);
    }
    lines.push('ER  - ');
    return lines.join('\n');
  });
  return `${entries.join('\n\n')}\n`;
}

/** The items in a format: a reference list for the styles, a file's text for the others. */
export async function formatCitations(
  items: readonly CslItem[],
  format: CitationFormat,
  lang: string,
): Promise<string> {
  const engine = await import('./citation-engine');
  switch (format) {
    case 'bibtex':
      return `${engine.renderBiblatex(items)}\n`;
    case 'ris':
      return risText(engine.risRecords(items));
    case 'csl-json':
      return `${engine.renderCslJson(items)}\n`;
    default: {
      const locale = cslLocale(lang);
      if (VENDORED_LOCALES.has(locale)) (await import('./csl-locales')).registerCslLocales();
      return engine.renderStyle(items, TEMPLATES[format], locale);
    }
  }
}

/**
 * The one capture a reader is looking at, cited in a format, whether or not it holds an event: a page without one is
 * cited by its own title, with no event date (docs/citations.md, "A page without an event").
 */
export function citeCapture({ record, accessedMs }: Cited, format: CitationFormat, lang: string): Promise<string> {
  const [key = 'page'] = citationKeys([record]);
  return formatCitations([toCslItem(record, key, { accessed: accessDateOf(accessedMs) })], format, lang);
}

/** Records that hold an event, cited in a format (`lang`: the reader's language, for the styles' words). */
export function citeRecords(cited: readonly Cited[], format: CitationFormat, lang: string): Promise<string> {
  return formatCitations(toCslItems(cited), format, lang);
}
