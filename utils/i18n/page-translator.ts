/** The extension pages' translator, from the browser's `i18n` API; also marks the page with the UI language. */
import { browser } from 'wxt/browser';
import { browserTranslate, type Translate } from './translate';

export function pageTranslator(doc: Document): Translate {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  // Keys are checked against the English messages file by `Translate` itself, so the generated
  // (`wxt prepare`) key list is not needed here.
  const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (key: string, subs?: string | string[]) => string;
  return browserTranslate(getMessage);
}
