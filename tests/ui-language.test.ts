import { describe, expect, it } from 'vitest';
import { languageName, languageNameIn } from '../utils/i18n/language-names';
import { formattingLocale, languageTag, textDirection, uiLanguageOf, UI_LANGUAGES } from '../utils/i18n/ui-language';

describe('the language a page speaks', () => {
  it.each([
    ['en-US', 'en'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['ru-RU', 'ru'],
    ['zh-CN', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-Hans-CN', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['zh-TW', 'en'],
    ['zh-Hant-HK', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('%s → %s', (browser, expected) => {
    expect(uiLanguageOf(browser)).toBe(expected);
  });

  it('is right to left in Arabic only, and tagged as BCP 47', () => {
    expect(UI_LANGUAGES.map((l) => [languageTag(l), textDirection(l)])).toEqual([
      ['ar', 'rtl'],
      ['en', 'ltr'],
      ['es', 'ltr'],
      ['fr', 'ltr'],
      ['ru', 'ltr'],
      ['zh-CN', 'ltr'],
    ]);
  });

  it.each([
    ['en', 'en-US', 'en-US'],
    ['en', 'fr-FR', 'en'],
    ['fr', 'fr-CA', 'fr-CA'],
    ['zh_CN', 'en-GB', 'zh-CN'],
    ['ar', 'ar-EG', 'ar-EG-u-nu-latn'],
    ['ar', 'en-US', 'ar-u-nu-latn'],
  ] as const)('writes dates in %s for a browser in %s as %s', (language, browser, expected) => {
    expect(formattingLocale(language, browser)).toBe(expected);
  });

  it('writes an Arabic date with Arabic month names and Latin digits, as the notes quote the page', () => {
    const date = new Intl.DateTimeFormat(formattingLocale('ar', 'en-US'), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(2020, 10, 17));
    expect(date).toBe('17 نوفمبر 2020');
  });

  it('names each language in its own words, and the browser’s in the page’s', () => {
    expect(UI_LANGUAGES.map(languageName)).toEqual(['العربية', 'English', 'Español', 'Français', 'Русский', '中文']);
    expect(languageNameIn('en-US', 'fr')).toBe('anglais américain');
    expect(languageNameIn('not a tag!', 'fr')).toBe('not a tag!');
  });
});
