import { browser } from 'wxt/browser';
import { addressBadgeFor, type BadgeState } from '../../utils/badge';
import { userArchiveDefinitions } from '../../utils/page/extraction-context';
import { loadTabRecord, loadUserArchiveOrigins } from '../../utils/storage';

/** The badge and title calls the background uses; `action` and `browserAction` share them. */
export type ToolbarButton = {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
};

/**
 * The toolbar button's API: `action` in MV3 (Chromium), `browserAction` in Firefox's MV2 build. The types are
 * Chrome's, where `browserAction` takes callbacks; at run time it is webextension-polyfill's, which returns
 * promises like `action`.
 * TODO [2027-06-01]: once the Firefox build is Manifest V3 (`wxt build -b firefox --mv3`, which gives it `action`),
 * use `browser.action` alone and drop this fallback and its cast.
 */
export function toolbarButton(): ToolbarButton {
  const action = browser.action as typeof browser.action | undefined;
  return (action ?? browser.browserAction) as unknown as ToolbarButton;
}

/**
 * The badge a tab gets from its address as it starts loading (none on most addresses: the badge is cleared),
 * unless the page was read in the meantime (its record's badge stands).
 */
export async function showAddressBadge(tabId: number, url: string | undefined): Promise<void> {
  const badge = addressBadgeFor(url, userArchiveDefinitions(await loadUserArchiveOrigins()));
  if (await loadTabRecord(tabId)) return;
  await showBadge(tabId, badge);
}

/** Sets a tab's badge, its colour and the button's title; `null` clears the badge. */
export async function showBadge(tabId: number, badge: BadgeState | null): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ tabId, text: badge?.text ?? '' });
  if (!badge) return;
  await button.setBadgeBackgroundColor({ tabId, color: badge.color });
  await button.setTitle({ tabId, title: badge.title });
}
