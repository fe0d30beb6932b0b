import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArchiveHostsSettings } from '../../components/ArchiveHostsSettings';
import type { Translate } from '../../utils/i18n';
import { normalizeArchiveOrigin, originMatchPattern } from '../../utils/archives/user-archive-origin';
import { loadUserArchiveOrigins, userArchivesItem } from '../../utils/storage';

/** The settings page's one container: reads and writes the stored settings, asks for permissions. */
export function App({ t }: { t: Translate }) {
  const [origins, setOrigins] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void loadUserArchiveOrigins().then(setOrigins);
    return userArchivesItem.watch(() => void loadUserArchiveOrigins().then(setOrigins));
  }, []);

  function add(input: string) {
    const origin = normalizeArchiveOrigin(input);
    if (!origin) {
      setMessage(t('hostNotAddable', input));
      return;
    }
    // Asked for in the click itself, as browsers require: this host only, and reading its Memento headers.
    browser.permissions
      .request({ origins: [originMatchPattern(origin)], permissions: ['webRequest'] })
      .then(async (granted) => {
        if (!granted) {
          setMessage(t('hostNotGranted', origin));
          return;
        }
        await userArchivesItem.setValue({ origins: [...new Set([...origins, origin])] });
        setMessage(t('hostAdded', origin));
      })
      .catch((err: unknown) => setMessage(err instanceof Error ? err.message : t('permissionRefused')));
  }

  async function remove(origin: string) {
    await userArchivesItem.setValue({ origins: origins.filter((o) => o !== origin) });
    await browser.permissions.remove({ origins: [originMatchPattern(origin)] }).catch(() => false);
    setMessage(t('hostRemoved', origin));
  }

  return (
    <ArchiveHostsSettings t={t} origins={origins} message={message} onAdd={add} onRemove={(o) => void remove(o)} />
  );
}
