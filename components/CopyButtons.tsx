import type { Translate } from '../utils/i18n/translate';
import { StatusMessage } from './StatusMessage';

type Props = { t: Translate; onCopyText: () => void; onCopyJson: () => void; message: string | null };

/** Copy the event as text (for a note or an e-mail) or the whole record as JSON (for a researcher's notes). */
export function CopyButtons({ t, onCopyText, onCopyJson, message }: Props) {
  return (
    <div class="copy" data-testid="copy-buttons">
      <button type="button" class="button" onClick={onCopyText} data-testid="copy-text">
        {t('copyText')}
      </button>{' '}
      <button type="button" class="button" onClick={onCopyJson} data-testid="copy-json">
        {t('copyJson')}
      </button>
      <StatusMessage message={message} />
    </div>
  );
}
