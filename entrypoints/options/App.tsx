import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArchiveHostsSettings } from '../../components/ArchiveHostsSettings';
import { normalizeArchiveOrigin, originMatchPattern } from '../../utils/archives/user-archive-origin';
import { loadUserArchiveOrigins, userArchivesItem } from '../../utils/storage';

/** The settings page's one container: reads and writes the stored settings, asks for permissions. */
export function App() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void loadUserArchiveOrigins().then(setOrigins);
    return userArchivesItem.watch(() => void loadUserArchiveOrigins().then(setOrigins));
  }, []);

  function add(input: string) {
    const origin = normalizeArchiveOrigin(input);
    if (!origin) {
      setMessage(
        `“${input}” is not the address of an archive host Event Lens can add (http or https, and not one it already knows).`,
      );
      return;
    }
    // Asked for in the click itself, as browsers require: this host only, and reading its Memento headers.
    browser.permissions
      .request({ origins: [originMatchPattern(origin)], permissions: ['webRequest'] })
      .then(async (granted) => {
        if (!granted) {
          setMessage(`Access to ${origin} was not granted, so Event Lens cannot read captures there.`);
          return;
        }
        await userArchivesItem.setValue({ origins: [...new Set([...origins, origin])] });
        setMessage(`Added ${origin}. Reload its pages for Event Lens to read them.`);
      })
      .catch((err: unknown) => setMessage(err instanceof Error ? err.message : 'The browser refused the request.'));
  }

  async function remove(origin: string) {
    await userArchivesItem.setValue({ origins: origins.filter((o) => o !== origin) });
    await browser.permissions.remove({ origins: [originMatchPattern(origin)] }).catch(() => false);
    setMessage(`Removed ${origin}; Event Lens no longer has access to it.`);
  }

  return <ArchiveHostsSettings origins={origins} message={message} onAdd={add} onRemove={(o) => void remove(o)} />;
}
