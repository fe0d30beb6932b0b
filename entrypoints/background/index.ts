import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatchMessage } from '../../utils/messages';
import { moveSettingsToSync, removeTabMementos, removeTabRecord } from '../../utils/storage';
import { userArchivesItem } from '../../utils/storage';
import { applyBrowserBlock } from './browser-block';
import { handlers } from './handlers';
import { listenForLinkChecks } from './link-check';
import { syncUserArchiveScripts, watchMementoHeaders } from './user-archives';
import { showAddressBadge } from './toolbar';

export default defineBackground(() => {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Returning the promise is how a webextension-polyfill listener answers asynchronously; WXT's chrome-style
  // types do not know that. TODO [2027-06-01]: drop the eslint exception once WXT's `browser` types accept a
  // listener that returns a promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender): Promise<unknown> =>
    dispatchMessage(message, sender, own, handlers, sender),
  );
  listenForLinkChecks(own);
  // The browser's own block on the extension's requests into the reader's network (session rules).
  void applyBrowserBlock();
  // Settings kept in local storage by earlier versions move to sync storage once.
  browser.runtime.onInstalled.addListener(() => void moveSettingsToSync());
  browser.tabs.onRemoved.addListener((tabId) => {
    void removeTabRecord(tabId);
    void removeTabMementos(tabId);
  });
  // Archive hosts the user added: the content script runs there, and Memento headers are read there.
  watchMementoHeaders();
  browser.permissions.onAdded.addListener(() => {
    watchMementoHeaders();
    void syncUserArchiveScripts();
  });
  userArchivesItem.watch(() => {
    void syncUserArchiveScripts();
    void applyBrowserBlock();
  });
  void syncUserArchiveScripts();
  // A tab that navigates must not keep the old page's record or badge. A capture of a UNESCO page is badged
  // from its address at once (the extension sees the address of tabs on the hosts it may read, without the
  // `tabs` permission); reading the page then turns the badge into its result.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void removeTabRecord(tabId);
    void showAddressBadge(tabId, tab.url);
  });
});
