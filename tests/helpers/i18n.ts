/** The extension's messages as the browser would give them, for rendering components in tests. */
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { fileTranslate, type MessagesFile } from '../../utils/i18n/translate';

export const LOCALES: Record<string, MessagesFile> = { ar, en, es, fr, ru, zh_CN: zhCN };
export const english = fileTranslate(en);
export const french = fileTranslate(fr);
export const spanish = fileTranslate(es);
export const arabic = fileTranslate(ar);
export const russian = fileTranslate(ru);
export const chinese = fileTranslate(zhCN);
