/**
 * The CSL locales Citation.js's CSL plugin does not ship (Arabic, Chinese, Russian), registered with it before a
 * style is rendered in one of them (docs/citations.md, "The styles' words"). Imported only by `formatCitations` for
 * those languages, so the XML sits in the citation chunk, never in a page's first bundle.
 */
import { plugins } from '@citation-js/core';
import arabic from './csl-locales/locales-ar.xml?raw';
import russian from './csl-locales/locales-ru-RU.xml?raw';
import chinese from './csl-locales/locales-zh-CN.xml?raw';

/** Each locale's XML by the CSL name `formatCitations` asks for. */
const ADDED: Readonly<Record<string, string>> = { ar: arabic, 'zh-CN': chinese, 'ru-RU': russian };

type CslLocales = { locales: { add: (name: string, xml: string) => void; has: (name: string) => boolean } };

/** Registers the three locales with the CSL plugin (once; later calls find them there). */
export function registerCslLocales(): void {
  const { locales } = plugins.config.get('@csl') as CslLocales;
  for (const [name, xml] of Object.entries(ADDED)) if (!locales.has(name)) locales.add(name, xml);
}
