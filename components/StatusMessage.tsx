/** A short outcome beside the buttons that caused it ("Copied", "Saved"), announced to screen readers. */
export function StatusMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <span class="copy-message" role="status">
      {' '}
      {message}
    </span>
  );
}
