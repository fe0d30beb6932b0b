import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from '../../utils/captures/capture-service';
import type { Translate } from '../../utils/i18n';
import { normalizeArchiveOrigin, originMatchPattern } from '../../utils/archives/user-archive-origin';
import { ANY_SITE, siteAccessToGiveBack } from '../../utils/links/site-access';
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
  const [anySite, setAnySite] = useState<boolean | null>(null);
  const [siteMessage, setSiteMessage] = useState<string | null>(null);
  const refreshSiteAccess = () => void browser.permissions.contains(ANY_SITE).then(setAnySite, () => setAnySite(false));
  useEffect(() => {
    void loadUserArchiveOrigins().then(setOrigins);
    void loadDisplaySettings().then(setDisplay);
    void loadCaptureSettings().then(setCaptures);
    void loadPageSettings().then(setPage);
    refreshSiteAccess();
    // Granted from the popup, or given back here or in the browser's own settings: the page follows.
    browser.permissions.onAdded.addListener(refreshSiteAccess);
    browser.permissions.onRemoved.addListener(refreshSiteAccess);
    const stop = userArchivesItem.watch(() => void loadUserArchiveOrigins().then(setOrigins));
    return () => {
      stop();
      browser.permissions.onAdded.removeListener(refreshSiteAccess);
      browser.permissions.onRemoved.removeListener(refreshSiteAccess);
    };
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

  /** Gives back access to every website; says which of the reader's own archive hosts lost theirs with it. */
  async function giveBackSiteAccess() {
    try {
      const removed = await browser.permissions.remove(siteAccessToGiveBack(origins));
      if (!removed) return setSiteMessage(t('siteAccessKept'));
      const kept = await Promise.all(
        origins.map((o) => browser.permissions.contains({ origins: [originMatchPattern(o)] }).catch(() => false)),
      );
      const lost = origins.filter((_, i) => !kept[i]);
      setSiteMessage(
        [t('siteAccessGivenBack'), ...(lost.length > 0 ? [t('siteAccessLostArchives', lost.join(', '))] : [])].join(
          ' ',
        ),
      );
    } catch (err) {
      setSiteMessage(err instanceof Error ? err.message : t('siteAccessKept'));
    } finally {
      refreshSiteAccess();
    }
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
      siteAccess={{ granted: anySite, message: siteMessage, onGiveBack: () => void giveBackSiteAccess() }}
      onClearCache={() => void clearCachedData().then(() => setSettingsMessage(t('optCleared')))}
      message={settingsMessage}
    />
  );
}
