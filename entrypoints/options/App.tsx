import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from '../../utils/captures/capture-service';
import type { Translate } from '../../utils/i18n';
import { normalizeArchiveOrigin, originMatchPattern } from '../../utils/archives/user-archive-origin';
import {
  captureSettingsItem,
  clearCachedData,
  DEFAULT_DISPLAY_SETTINGS,
  DEFAULT_PAGE_SETTINGS,
  displaySettingsItem,
  loadCaptureSettings,
  loadDisplaySettings,
  loadPageSettings,
  loadUserArchiveOrigins,
  pageSettingsItem,
  userArchivesItem,
  type DisplaySettings,
  type PageSettings,
} from '../../utils/storage';
import { readerPreferences, zoneChoices } from '../../utils/time/format-event-time';

/** The settings page's one container: reads and writes the stored settings, asks for permissions. */
export function App({ t }: { t: Translate }) {
  const [origins, setOrigins] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [settingsMessage, setSettingsMessage] = useState<string | null>(null);
  const [display, setDisplay] = useState<DisplaySettings>(DEFAULT_DISPLAY_SETTINGS);
  const [captures, setCaptures] = useState<CaptureSettings>(DEFAULT_CAPTURE_SETTINGS);
  const [page, setPage] = useState<PageSettings>(DEFAULT_PAGE_SETTINGS);
  useEffect(() => {
    void loadUserArchiveOrigins().then(setOrigins);
    void loadDisplaySettings().then(setDisplay);
    void loadCaptureSettings().then(setCaptures);
    void loadPageSettings().then(setPage);
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
    <OptionsView
      t={t}
      browserZone={readerPreferences().readerZone}
      display={display}
      onDisplay={(next) => {
        setDisplay(next);
        void displaySettingsItem.setValue(next).then(() => setSettingsMessage(t('optSaved')));
      }}
      captures={captures}
      onCaptures={(next) => {
        setCaptures(next);
        void captureSettingsItem.setValue(next).then(() => setSettingsMessage(t('optSaved')));
      }}
      page={page}
      onPage={(next) => {
        setPage(next);
        void pageSettingsItem.setValue(next).then(() => setSettingsMessage(t('optSaved')));
      }}
      choices={zoneChoices}
      archives={{ origins, message, onAdd: add, onRemove: (o) => void remove(o) }}
      onClearCache={() => void clearCachedData().then(() => setSettingsMessage(t('optCleared')))}
      message={settingsMessage}
    />
  );
}
