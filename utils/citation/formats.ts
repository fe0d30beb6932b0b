/**
 * The citation formats Event Lens offers, apart from the code that makes them (utils/citation/cite.ts, loaded when a
 * citation is asked for), so that the pages that offer them can name them without loading it.
 */
export const CITATION_FORMATS = ['apa', 'chicago', 'mla', 'harvard', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** A citation being made (the library loads on first use), made, or failed: what the Cite panel shows. */
export type CitationText =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; text: string } | { kind: 'failed' };

/** The formats a file of several items can be written in (and imported from by Zotero and the like). */
export const FILE_FORMATS = ['bibtex', 'ris', 'csl-json'] as const satisfies readonly CitationFormat[];
export type CitationFileFormat = (typeof FILE_FORMATS)[number];
