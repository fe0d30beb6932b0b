/**
 * The extension pages' language: the reader's choice (settings) or the browser's, its messages, the locale dates
 * are written in, and the page marked with its `lang` and `dir` (docs/i18n.md).
 */
import { browser } from 'wxt/browser';
import { browserTranslate, fileTranslate, type MessagesFile, type Translate } from './translate';
import { languageSettingItem } from '../storage/settings';
import { formattingLocale, languageTag, textDirection, uiLanguageOf, type UiLanguage } from './ui-language';

export type PageLanguage = { t: Translate; language: UiLanguage; locale: string };

const browserGetMessage = () =>
  // Keys are checked against the English messages file by `Translate` itself, so the generated (`wxt prepare`)
  // key list is not needed here.
  browser.i18n.getMessage.bind(browser.i18n) as (key: string, subs?: string | string[]) => string;

/** The messages of the reader's chosen language when it is not the browser's; `null`: the browser's will do. */
export async function chosenMessages(): Promise<MessagesFile | null> {
  const { language } = await languageSettingItem.load();
  if (language === null || language === uiLanguageOf(browser.i18n.getMessage('messagesLocale'))) return null;
  // Loaded only for a reader who chose another language: the popup's first bundle has a budget (docs/i18n.md).
  const { fetchMessagesFile } = await import('./messages-file');
  return fetchMessagesFile(browser.runtime.getURL(`/_locales/${language}/messages.json`));
}

/** The language of a set of messages (each file names its own), with the locale to write dates in. */
export function languageOf(t: Translate): PageLanguage {
  const language = uiLanguageOf(t('messagesLocale'));
  return { t, language, locale: formattingLocale(language, browser.i18n.getUILanguage()) };
}

/** A translator over the chosen messages, or the browser's. */
export const translatorFor = (messages: MessagesFile | null): Translate =>
  messages ? fileTranslate(messages) : browserTranslate(browserGetMessage());

/** Marks an element (a page's root, the card's box) with the language's `lang` and `dir`. */
export function markLanguage(element: HTMLElement, language: UiLanguage): void {
  element.lang = languageTag(language);
  element.dir = textDirection(language);
}

/** The page's language, its root marked with it. */
export async function pageLanguage(doc: Document): Promise<PageLanguage> {
  const page = languageOf(translatorFor(await chosenMessages()));
  markLanguage(doc.documentElement, page.language);
  return page;
}
