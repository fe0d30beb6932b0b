import { browser } from 'wxt/browser';
import { browserBlockRules } from '../../utils/links/browser-block-rules';
import { loadUserArchiveOrigins } from '../../utils/storage';

/**
 * Puts the browser's block on the extension's own requests into the reader's network in place
 * (utils/links/browser-block-rules.ts, docs/security.md): session rules, so set again each time the worker
 * starts and whenever the reader's own archive hosts change. A browser without declarativeNetRequest (or one
 * that refuses a rule) keeps the address guard alone, and says so in the worker's console.
 */
export async function applyBrowserBlock(): Promise<void> {
  const dnr = browser.declarativeNetRequest as typeof browser.declarativeNetRequest | undefined;
  if (!dnr?.updateSessionRules) return;
  const rules = browserBlockRules(await loadUserArchiveOrigins());
  try {
    const existing = await dnr.getSessionRules();
    await dnr.updateSessionRules({
      removeRuleIds: existing.map((r) => r.id),
      addRules: rules,
    });
  } catch (err) {
    console.warn('Event Lens: the browser refused its block on private addresses', err);
  }
}
