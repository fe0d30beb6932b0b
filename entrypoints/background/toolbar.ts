import { browser } from 'wxt/browser';

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
 */
export function toolbarButton(): ToolbarButton {
  const action = browser.action as typeof browser.action | undefined;
  return (action ?? browser.browserAction) as unknown as ToolbarButton;
}
