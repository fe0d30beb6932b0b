import type { Translate } from '../utils/i18n/translate';
import { languageTag, UI_LANGUAGES, type UiLanguage } from '../utils/i18n/ui-language';

type Props = {
  t: Translate;
  /** The reader's choice; `null`: the browser's language. */
  language: UiLanguage | null;
  /** The browser's language, by its own name ("Français"). */
  browserLanguageName: string;
  /** Each language by its own name. */
  languageNames: Record<UiLanguage, string>;
  onLanguage: (next: UiLanguage | null) => void;
};

/** The language of Event Lens's pages: the browser's, or one of UNESCO's six, each named in its own language. */
export function LanguageSetting({ t, language, browserLanguageName, languageNames, onLanguage }: Props) {
  return (
    <section class="panel" aria-labelledby="opt-language">
      <h2 id="opt-language">{t('settingsLanguageTitle')}</h2>
      <label class="field">
        <span class="field-label">{t('settingsLanguage')}</span>
        <select
          value={language ?? ''}
          onChange={(e) => onLanguage((e.currentTarget.value || null) as UiLanguage | null)}
          data-testid="opt-language"
        >
          <option value="">{t('settingsLanguageBrowser', browserLanguageName)}</option>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={languageTag(l)}>
              {languageNames[l]}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('settingsLanguageHint')}</p>
    </section>
  );
}
