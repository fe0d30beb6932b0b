/**
 * The citation library, loaded only when a citation is asked for (a dynamic `import()` of this module): Citation.js
 * (`@citation-js/core`) with its CSL plugin (citeproc-js and the CSL styles and locales), its BibTeX/BibLaTeX and
 * its RIS plugins. Chicago and MLA are the CSL project's own styles as rehype-citation ships them; APA and Harvard
 * come with the CSL plugin.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicago from 'rehype-citation/node/styles/chicago.js';
import mla from 'rehype-citation/node/styles/mla.js';
import type { CslItem } from './csl-item';

/** The CSL styles, by the name the plugin's registry knows them by. */
export type CslTemplate = 'apa' | 'chicago' | 'mla' | 'harvard1';

type CslConfig = { styles: { add: (name: string, xml: string) => void; has: (name: string) => boolean } };

/**
 * What `new Cite(items).format(name, options)` gives, without the `Cite` class, whose `get()` (never called here)
 * assigns `innerHTML`, which `web-ext lint` flags in the Firefox package (README, "Install it in your browser"):
 * the same steps, the items parsed and cleaned as CSL-JSON, then formatted.
 */
function formatItems(items: readonly CslItem[], name: string, options: Record<string, unknown>): unknown {
  const data = plugins.input.util.clean(plugins.input.chain([...items], {}));
  return plugins.output.format(name, data, options);
}

function registerStyles(): void {
  const config = plugins.config.get('@csl') as CslConfig;
  if (!config.styles.has('chicago')) config.styles.add('chicago', chicago);
  if (!config.styles.has('mla')) config.styles.add('mla', mla);
}

/** A reference list in a CSL style, as plain text, one entry a line; `lang` a CSL locale (`en-US`, `fr-FR`…). */
export function renderStyle(items: readonly CslItem[], template: CslTemplate, lang: string): string {
  registerStyles();
  const text = formatItems(items, 'bibliography', { format: 'text', template, lang }) as string;
  return text.trim();
}

/** BibLaTeX entries (`@online`, with `url` and `urldate`). */
export function renderBiblatex(items: readonly CslItem[]): string {
  return (formatItems(items, 'biblatex', { format: 'text' }) as string).trim();
}

/** The RIS tags Citation.js gives each item, in its order: one `tag → values` object an item. */
export function risRecords(items: readonly CslItem[]): Record<string, unknown>[] {
  return formatItems(items, 'ris', { type: 'object' }) as Record<string, unknown>[];
}

/** CSL-JSON as Citation.js normalises it. */
export function renderCslJson(items: readonly CslItem[]): string {
  return formatItems(items, 'data', { format: 'text' }) as string;
}

/** The CSL locales the plugin carries (`en-US`, `fr-FR`, `es-ES`, …). */
export function cslLocales(): string[] {
  const config = plugins.config.get('@csl') as { locales: { list: () => string[] } };
  return config.locales.list();
}
