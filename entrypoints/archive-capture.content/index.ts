import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analysePage } from '../../utils/analyse-page';
import { ARCHIVE_MATCH_PATTERNS } from '../../utils/archives/registry';
import { decidePageRole } from '../../utils/detect/page-role';
import { UNESCO_MATCH_PATTERNS } from '../../utils/detect/unesco-site';
import type { Request } from '../../utils/messages';

// Wiring only: decide from the URL whether this document is an (archived) UNESCO page, then analyse it and
// report to the background. Runs in every frame so pywb's framed replay is read inside its content frame.
export default defineContentScript({
  matches: [...ARCHIVE_MATCH_PATTERNS, ...UNESCO_MATCH_PATTERNS],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    const role = decidePageRole(url, { isTop: window.top === window }, document);
    if (!role.analyse) return;
    performance.mark('event-lens:analyse:start');
    const message: Request = { type: 'page:analysed', record: analysePage(document, url) };
    performance.mark('event-lens:analyse:end');
    if (ctx.isValid) void browser.runtime.sendMessage(message).catch(() => undefined);
  },
});
