/**
 * The six languages by name, for the settings page's choice: each in its own words ("العربية", "中文"), and the
 * browser's in the page's language. Apart from utils/ui-language.ts so that only the settings page carries them.
 */
import { languageTag, type UiLanguage } from './ui-language';

/** Each language by its own name ("العربية", "中文", "Русский"), for the settings page. */
export function languageName(language: UiLanguage): string {
  const tag = languageTag(language);
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag.split('-')[0] ?? tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** A browser language tag (`en-US`) named in the page's language ("anglais (États-Unis)"); the tag when unnamed. */
export function languageNameIn(tag: string, language: UiLanguage): string {
  try {
    return new Intl.DisplayNames([languageTag(language)], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // Not a well-formed tag (RangeError): shown as the browser gave it.
    return tag;
  }
}
