import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n/translate';
import { SubmitForm } from './SubmitForm';

type Props = {
  t: Translate;
  origins: readonly string[];
  message: string | null;
  onAdd: (input: string) => void;
  onRemove: (origin: string) => void;
};

/** The archive hosts the user added: their own pywb, an institution's archive. */
export function ArchiveHostsSettings({ t, origins, message, onAdd, onRemove }: Props) {
  const [input, setInput] = useState('');
  return (
    <section class="panel" aria-labelledby="own-archives">
      <h2 id="own-archives">{t('ownArchives')}</h2>
      <p>{t('ownArchivesBody', 'http://localhost:8080')}</p>
      <SubmitForm class="zone-add" onSubmit={() => onAdd(input)}>
        <div class="field">
          <label class="field-label" for="archive-host">
            {t('archiveAddress')}
          </label>
          <input
            id="archive-host"
            type="text"
            value={input}
            placeholder="http://localhost:8080"
            onInput={(e) => setInput(e.currentTarget.value)}
            data-testid="archive-host-input"
          />
        </div>
        <button type="submit" class="button">
          {t('add')}
        </button>
      </SubmitForm>
      {message && (
        <p class="message" role="status">
          {message}
        </p>
      )}
      {origins.length === 0 ? (
        <p class="empty">{t('noArchivesAdded')}</p>
      ) : (
        <ul class="plain-list" data-testid="archive-hosts">
          {origins.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" class="button small" onClick={() => onRemove(origin)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
