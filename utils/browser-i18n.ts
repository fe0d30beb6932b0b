/** The extension pages' translator, from the browser's `i18n` API; also marks the page with the UI language. */
import { browser } from 'wxt/browser';
import { browserTranslate, type MessageKey, type Translate } from './i18n';

export function pageTranslator(doc: Document): Translate {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  return browserTranslate((key, substitutions) => browser.i18n.getMessage(key as MessageKey, substitutions));
}
