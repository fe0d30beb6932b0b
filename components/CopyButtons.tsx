type Props = { onCopyText: () => void; onCopyJson: () => void; message: string | null };

/** Copy the event as text (for a note or an e-mail) or the whole record as JSON (for a researcher's notes). */
export function CopyButtons({ onCopyText, onCopyJson, message }: Props) {
  return (
    <div class="copy" data-testid="copy-buttons">
      <button type="button" class="button" onClick={onCopyText} data-testid="copy-text">
        Copy as text
      </button>{' '}
      <button type="button" class="button" onClick={onCopyJson} data-testid="copy-json">
        Copy record as JSON
      </button>
      {message && (
        <span class="copy-message" role="status">
          {' '}
          {message}
        </span>
      )}
    </div>
  );
}
