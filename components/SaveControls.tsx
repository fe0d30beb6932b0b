import type { Translate } from '../utils/i18n/translate';
import { StatusMessage } from './StatusMessage';

export type SaveControlsProps = {
  saved: boolean;
  onToggle: () => void;
  message: string | null;
  /** The saved-events library page. */
  libraryUrl: string;
};

/** Save the event to the library, or say it is saved and offer to take it out; and the way to the library. */
export function SaveControls({ t, saved, onToggle, message, libraryUrl }: SaveControlsProps & { t: Translate }) {
  return (
    <div class="save button-row" data-testid="save-controls">
      {saved && (
        <span class="saved-state" data-testid="saved-state">
          ✓ {t('savedState')}
        </span>
      )}
      <button type="button" class={saved ? 'button' : 'button primary'} onClick={onToggle} data-testid="save-event">
        {saved ? t('savedRemove') : t('saveEvent')}
      </button>
      <a class="button" href={libraryUrl} target="_blank" rel="noopener" data-testid="open-library">
        {t('openLibrary')}
      </a>
      <StatusMessage message={message} />
    </div>
  );
}
