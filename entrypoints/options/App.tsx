import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { normalizeArchiveOrigin, browserOriginPattern } from '../../utils/archives/user-archive-origin';
import { errorText } from '../../utils/common/error-text';
import { useStoredItem } from '../../utils/hooks/use-stored-item';
import type { Translate } from '../../utils/i18n/translate';
import { ANY_SITE, siteAccessToGiveBack } from '../../utils/links/site-access';
import {
  captureSettingsItem,
  clearCachedData,
  displaySettingsItem,
  languageSettingItem,
  pageSettingsItem,
  userArchivesItem,
} from '../../utils/storage';
import { readerPreferences } from '../../utils/time/reader-preferences';
import { zoneChoices } from '../../utils/time/zone-names';
import { languageName, languageNameIn } from '../../utils/i18n/language-names';
import { UI_LANGUAGES, type UiLanguage } from '../../utils/i18n/ui-language';

const LANGUAGE_NAMES = () =>
  Object.fromEntries(UI_LANGUAGES.map((l) => [l, languageName(l)])) as Record<UiLanguage, string>;

/** The reader's own archive hosts: each added with the browser's permission for that host, asked in the click. */
function useArchiveHosts(t: Translate) {
  const [archives, saveArchives] = useStoredItem(userArchivesItem);
  const [message, setMessage] = useState<string | null>(null);
  const add = (input: string) => {
    const origin = normalizeArchiveOrigin(input);
    if (!origin) return setMessage(t('hostNotAddable', input));
    // Asked for in the click itself, as browsers require: this host only, and reading its Memento headers.
    browser.permissions
      .request({ origins: [browserOriginPattern(origin)], permissions: ['webRequest'] })
      .then(async (granted) => {
        if (!granted) return setMessage(t('hostNotGranted', origin));
        await saveArchives({ origins: [...new Set([...archives.origins, origin])] });
        setMessage(t('hostAdded', origin));
      })
      .catch((err: unknown) => setMessage(err instanceof Error ? errorText(err) : t('permissionRefused')));
  };
  const remove = async (origin: string) => {
    await saveArchives({ origins: archives.origins.filter((o) => o !== origin) });
    // A host whose permission the browser no longer knows: there is nothing left to give back.
    await browser.permissions.remove({ origins: [browserOriginPattern(origin)] }).catch(() => false);
    setMessage(t('hostRemoved', origin));
  };
  return { origins: archives.origins, message, onAdd: add, onRemove: (o: string) => void remove(o) };
}

/**
 * Access to every website (granted at the first link check): whether it is held, kept current when it is granted
 * in the popup or given back here or in the browser's own settings, and giving it back, saying which of the
 * reader's own archive hosts lost theirs with it.
 */
function useSiteAccess(t: Translate, origins: readonly string[]) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => void browser.permissions.contains(ANY_SITE).then(setGranted, () => setGranted(false));
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const giveBack = async () => {
    try {
      const removed = await browser.permissions.remove(siteAccessToGiveBack(origins));
      if (!removed) return setMessage(t('siteAccessKept'));
      const kept = await Promise.all(
        origins.map((o) => browser.permissions.contains({ origins: [browserOriginPattern(o)] }).catch(() => false)),
      );
      const lost = origins.filter((_, i) => !kept[i]);
      const lostNote = lost.length > 0 ? [t('siteAccessLostArchives', lost.join(', '))] : [];
      setMessage([t('siteAccessGivenBack'), ...lostNote].join(' '));
    } catch (err) {
      setMessage(err instanceof Error ? errorText(err) : t('siteAccessKept'));
    } finally {
      refresh();
    }
  };
  return { granted, message, onGiveBack: () => void giveBack() };
}

/** The settings page's one container: reads and writes the stored settings, asks for permissions. */
export function App({ t, language }: { t: Translate; language: UiLanguage }) {
  const [display, saveDisplay] = useStoredItem(displaySettingsItem);
  const [captures, saveCaptures] = useStoredItem(captureSettingsItem);
  const [page, savePage] = useStoredItem(pageSettingsItem);
  const [languageSetting, saveLanguage] = useStoredItem(languageSettingItem);
  const [message, setMessage] = useState<string | null>(null);
  const archives = useArchiveHosts(t);
  const siteAccess = useSiteAccess(t, archives.origins);
  const saved = (done: Promise<void>) => void done.then(() => setMessage(t('optSaved')));
  return (
    <OptionsView
      t={t}
      browserZone={readerPreferences().readerZone}
      display={display}
      onDisplay={(next) => saved(saveDisplay(next))}
      captures={captures}
      onCaptures={(next) => saved(saveCaptures(next))}
      page={page}
      onPage={(next) => saved(savePage(next))}
      choices={zoneChoices}
      archives={archives}
      siteAccess={siteAccess}
      language={{
        language: languageSetting.language,
        browserLanguageName: languageNameIn(browser.i18n.getUILanguage(), language),
        languageNames: LANGUAGE_NAMES(),
        // This page speaks the new language at once; the others the next time they open.
        onLanguage: (next) => void saveLanguage({ language: next }).then(() => location.reload()),
      }}
      onClearCache={() => void clearCachedData().then(() => setMessage(t('optCleared')))}
      message={message}
      libraryUrl={browser.runtime.getURL('/library.html')}
    />
  );
}
