import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTranslate, type MessagesFile } from '../utils/i18n/translate';
import { LOCALES } from './helpers/i18n';

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const isPluralForm = (key: string) => key !== 'kind_other' && PLURAL_CATEGORIES.some((c) => key.endsWith(`_${c}`));
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1] ?? '');

describe('the extension’s messages', () => {
  const english = LOCALES.en ?? {};

  it('come in UNESCO’s six languages, and every _locales folder is loaded here', () => {
    const folders = readdirSync(resolve(process.cwd(), 'public/_locales')).sort();
    expect(folders).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh_CN']);
    expect(Object.keys(LOCALES).sort()).toEqual(folders);
  });

  it.each(Object.entries(LOCALES))('%s has every English key, no other, and the same placeholders', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(messages)) {
      const reference = english[key];
      const used = new Set(placeholdersIn(entry.message));
      // A plural form may leave out what the English form of that category does not need, or name what another
      // language's form needs (Russian "one" is also 21: "21 копия, first – last"), within the family's placeholders.
      if (isPluralForm(key))
        for (const name of used) expect(reference?.placeholders, key).toHaveProperty(name.toLowerCase());
      else expect(used, key).toEqual(new Set(placeholdersIn(reference?.message ?? '')));
      expect(entry.placeholders, key).toEqual(reference?.placeholders);
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it.each(Object.entries(LOCALES))('%s has every plural category of every count message', (_, messages) => {
    const families = Object.keys(english).filter((k) => k.endsWith('_other') && k !== 'kind_other');
    expect(families.length).toBeGreaterThan(10);
    for (const other of families) {
      const base = other.slice(0, -'_other'.length);
      for (const category of PLURAL_CATEGORIES) expect(messages, base).toHaveProperty(`${base}_${category}`);
    }
  });

  it.each(Object.entries(LOCALES))('%s uses only the names and placeholders browsers accept', (_, messages) => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      for (const name of placeholdersIn(entry.message))
        expect(entry.placeholders, key).toHaveProperty(name.toLowerCase());
    }
  });

  it('are translated, not copied: most messages of the other five differ from the English', () => {
    for (const lang of ['fr', 'es', 'ar', 'ru', 'zh_CN']) {
      const messages = LOCALES[lang] ?? {};
      const same = Object.keys(english).filter((k) => messages[k]?.message === english[k]?.message);
      expect(same.length / Object.keys(english).length, lang).toBeLessThan(0.1);
    }
  });

  it('the manifest’s name and description come from them', () => {
    const config = readFileSync(resolve(process.cwd(), 'wxt.config.ts'), 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("default_locale: 'en'");
  });
});

describe('fileTranslate (the browsers’ substitution rules)', () => {
  const messages: MessagesFile = {
    two: { message: 'From $A$ to $B$ ($A$), $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
    plain: { message: 'Plain' },
  };
  const t = fileTranslate(messages);

  it('fills named placeholders from positional substitutions, and $$ is a dollar', () => {
    expect(t('two' as never, ['Paris', 'Seoul'])).toBe('From Paris to Seoul (Paris), $5');
    expect(t('plain' as never)).toBe('Plain');
  });

  it('does not re-read substituted text as a template', () => {
    expect(t('two' as never, ['$B$', '$$'])).toBe('From $B$ to $$ ($B$), $5');
  });

  it('shows an unknown key as itself, never as nothing', () => {
    expect(t('missing' as never)).toBe('missing');
  });
});
