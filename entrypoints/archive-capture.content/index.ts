import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analysePage } from '../../utils/analyse-page';
import { ARCHIVE_MATCH_PATTERNS, parseCaptureUrl } from '../../utils/archives/registry';
import { isUnescoHost } from '../../utils/detect/unesco-site';
import type { Request } from '../../utils/messages';

// Wiring only: a cheap URL check, then (on archived UNESCO pages only) analyse and report to the background.
export default defineContentScript({
  matches: [...ARCHIVE_MATCH_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    const capture = parseCaptureUrl(url);
    if (!capture || !isUnescoHost(new URL(capture.originalUrl).hostname)) return;
    performance.mark('event-lens:analyse:start');
    const message: Request = { type: 'page:analysed', record: analysePage(document, url) };
    performance.mark('event-lens:analyse:end');
    if (ctx.isValid) void browser.runtime.sendMessage(message).catch(() => undefined);
  },
});
