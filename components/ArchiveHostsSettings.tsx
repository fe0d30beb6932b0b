import { useState } from 'preact/hooks';

type Props = {
  origins: readonly string[];
  message: string | null;
  onAdd: (input: string) => void;
  onRemove: (origin: string) => void;
};

/** The archive hosts the user added: their own pywb, an institution's archive. */
export function ArchiveHostsSettings({ origins, message, onAdd, onRemove }: Props) {
  const [input, setInput] = useState('');
  return (
    <main class="popup settings">
      <h1>Event Lens settings</h1>
      <section>
        <h2>Your own archives</h2>
        <p>
          Event Lens knows UNESCO’s web archive, the Internet Archive, Archive-It and a dozen national archives. Add any
          other archive you read captures in, such as a pywb you run yourself (<code>http://localhost:8080</code>). The
          browser asks you to allow access to that host; nothing is sent to it by Event Lens.
        </p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onAdd(input);
          }}
        >
          <label>
            Archive address{' '}
            <input
              type="text"
              value={input}
              placeholder="http://localhost:8080"
              onInput={(e) => setInput(e.currentTarget.value)}
              data-testid="archive-host-input"
            />
          </label>{' '}
          <button type="submit">Add</button>
        </form>
        {message && (
          <p class="message" role="status">
            {message}
          </p>
        )}
        {origins.length === 0 ? (
          <p class="empty">No archives added.</p>
        ) : (
          <ul data-testid="archive-hosts">
            {origins.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button type="button" onClick={() => onRemove(origin)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
