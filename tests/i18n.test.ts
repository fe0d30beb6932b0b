import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTranslate, type MessagesFile } from '../utils/i18n/translate';
import { LOCALES } from './helpers/i18n';

const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1] ?? '');

describe('the extension’s messages', () => {
  const english = LOCALES.en ?? {};

  it('come in English, French and Spanish at least, and every _locales folder is loaded here', () => {
    const folders = readdirSync(resolve(process.cwd(), 'public/_locales')).sort();
    expect(folders).toEqual(expect.arrayContaining(['en', 'es', 'fr']));
    expect(Object.keys(LOCALES).sort()).toEqual(folders);
  });

  it.each(Object.entries(LOCALES))('%s has every English key, no other, and the same placeholders', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(messages)) {
      const reference = english[key];
      expect(new Set(placeholdersIn(entry.message)), key).toEqual(new Set(placeholdersIn(reference?.message ?? '')));
      expect(entry.placeholders, key).toEqual(reference?.placeholders);
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it.each(Object.entries(LOCALES))('%s uses only the names and placeholders browsers accept', (_, messages) => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      for (const name of placeholdersIn(entry.message))
        expect(entry.placeholders, key).toHaveProperty(name.toLowerCase());
    }
  });

  it('are translated, not copied: most French and Spanish messages differ from the English', () => {
    for (const lang of ['fr', 'es']) {
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
