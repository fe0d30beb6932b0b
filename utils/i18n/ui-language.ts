/**
 * Which of the extension's six languages a page speaks, and what follows from it: the `lang` and `dir` of the page
 * (Arabic is right to left) and the locale dates, times and numbers are written in (docs/i18n.md, "Languages").
 * Pure: the browser's language and the reader's choice in, a language out.
 */

/** The `public/_locales` folders: UNESCO's six official languages. */
export const UI_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh_CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Languages written right to left. */
const RIGHT_TO_LEFT: ReadonlySet<UiLanguage> = new Set(['ar']);

const isUiLanguage = (value: string): value is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(value);

/**
 * The language the browser would pick for a browser language tag (`fr-CA` → `fr`, `zh-Hans-CN` → `zh_CN`), English
 * when it is none of the six, as `default_locale` does. Traditional Chinese (`zh-TW`, `zh-Hant`) is not the
 * Simplified Chinese of the `zh_CN` file: English too, as the browser itself would fall back.
 */
export function uiLanguageOf(browserLanguage: string): UiLanguage {
  const tag = browserLanguage.replace(/_/g, '-').toLowerCase();
  const base = tag.split('-')[0] ?? '';
  if (base === 'zh') return /-(?:tw|hk|mo|hant)\b/.test(tag) ? 'en' : 'zh_CN';
  return isUiLanguage(base) ? base : 'en';
}

/** The BCP 47 tag of a language, for `lang` attributes (`zh_CN` → `zh-CN`). */
export const languageTag = (language: UiLanguage): string => language.replace('_', '-');

/** The direction a language is written in, for `dir` attributes. */
export const textDirection = (language: UiLanguage): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr');

/**
 * The locale dates, times and numbers are written in: the browser's own when it is of the same language (its region
 * keeps its habits: `en-US` writes "11/17/2020" and a 12-hour clock, `en-GB` does not), else the language's tag.
 * Arabic keeps Latin digits (`-u-nu-latn`), as do the page's own words the notes quote, so a time reads the same
 * in the time table, in a note and on the page (docs/i18n.md, "Numbers in Arabic").
 */
export function formattingLocale(language: UiLanguage, browserLocale: string): string {
  const sameLanguage = uiLanguageOf(browserLocale) === language && !browserLocale.includes('-u-');
  const base = sameLanguage ? browserLocale : languageTag(language);
  return language === 'ar' ? `${base}-u-nu-latn` : base;
}
