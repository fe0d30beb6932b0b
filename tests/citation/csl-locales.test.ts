import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCitations, toCslItems } from '../../utils/citation/cite';
import { fixtureRecord } from '../helpers/records';
import { SEED_ACCESSED_MS, SEED_CITATIONS } from './seed-citations';

// Arabic, Chinese and Russian readers get the styles' words in their language from the CSL project's locales
// (utils/citation/csl-locales; docs/citations.md, "The styles' words"). The expected words are read from those files.
const SLOW = 60_000;

/** A term of a vendored CSL locale file, as the file writes it. */
function term(file: string, name: string): string {
  const xml = readFileSync(`utils/citation/csl-locales/${file}`, 'utf8');
  const found = new RegExp(`<term name="${name}">([^<]+)</term>`).exec(xml)?.[1];
  if (!found) throw new Error(`${file} has no term ${name}`);
  return found;
}

const LANGUAGES = [
  { lang: 'ar', file: 'locales-ar.xml' },
  { lang: 'zh-CN', file: 'locales-zh-CN.xml' },
  { lang: 'ru', file: 'locales-ru-RU.xml' },
] as const;

describe('the styles’ words in Arabic, Chinese and Russian', () => {
  const seed = () => toCslItems([{ record: fixtureRecord('seed'), accessedMs: SEED_ACCESSED_MS }]);

  it.each(LANGUAGES)(
    'APA in $lang names the capture’s month in that language',
    async ({ lang, file }) => {
      const apa = await formatCitations(seed(), 'apa', lang);
      expect(apa).toContain(`(2020, ${term(file, 'month-12')} 6)`);
      expect(apa).not.toContain('December');
      expect(apa.replace(`${term(file, 'month-12')} 6`, 'December 6')).toBe(SEED_CITATIONS.apa);
    },
    SLOW,
  );

  it.each(LANGUAGES)(
    'Harvard in $lang says “available at” and “accessed” in that language',
    async ({ lang, file }) => {
      const harvard = await formatCitations(seed(), 'harvard', lang);
      // The style capitalises a term that opens a sentence ("Доступно на").
      const lower = harvard.toLowerCase();
      expect(lower).toContain(`${term(file, 'available at').toLowerCase()}: https://webarchive.unesco.org/`);
      expect(lower).toContain(`(${term(file, 'accessed').toLowerCase()}: `);
      expect(harvard).not.toMatch(/Available at|Accessed/);
    },
    SLOW,
  );

  it(
    'leaves English as it was',
    async () => {
      expect(await formatCitations(seed(), 'apa', 'en')).toBe(SEED_CITATIONS.apa);
    },
    SLOW,
  );
});
