import type { Translate } from '../utils/i18n';
import { StatusMessage } from './StatusMessage';

export type SaveControlsProps = {
  saved: boolean;
  onToggle: () => void;
  message: string | null;
  /** The saved-events library page. */
  libraryUrl: string;
};

/** Save the event to the library (or take it out), and the way to the library. */
export function SaveControls({ t, saved, onToggle, message, libraryUrl }: SaveControlsProps & { t: Translate }) {
  return (
    <div class="save" data-testid="save-controls">
      <button type="button" class="button" aria-pressed={saved} onClick={onToggle} data-testid="save-event">
        {saved ? t('savedEvent') : t('saveEvent')}
      </button>{' '}
      <a href={libraryUrl} target="_blank" rel="noopener" data-testid="open-library">
        {t('openLibrary')}
      </a>
      <StatusMessage message={message} />
    </div>
  );
}
