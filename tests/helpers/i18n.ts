/** The extension's messages as the browser would give them, for rendering components in tests. */
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { fileTranslate, type MessagesFile } from '../../utils/i18n/translate';

export const LOCALES: Record<string, MessagesFile> = { en, fr, es };
export const english = fileTranslate(en);
export const french = fileTranslate(fr);
export const spanish = fileTranslate(es);
