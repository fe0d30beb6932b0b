import type { Translate } from '../utils/i18n/translate';

type Props = {
  t: Translate;
  /** Whether the reader granted access to every website (for link checks); `null` while it is asked. */
  granted: boolean | null;
  message: string | null;
  onGiveBack: () => void;
};

/** Access to every website, granted at the first link check: said plainly, and given back in one click. */
export function SiteAccessSetting({ t, granted, message, onGiveBack }: Props) {
  return (
    <div class="site-access" data-testid="site-access">
      {granted !== null && <p data-testid="site-access-state">{t(granted ? 'siteAccessGranted' : 'siteAccessNone')}</p>}
      {granted && (
        <button type="button" class="button" onClick={onGiveBack} data-testid="site-access-give-back">
          {t('siteAccessGiveBack')}
        </button>
      )}
      {message && (
        <p class="message" role="status" data-testid="site-access-message">
          {message}
        </p>
      )}
    </div>
  );
}
