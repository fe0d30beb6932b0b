import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ARCHIVE_MATCH_PATTERNS } from '../../utils/archives/registry';
import { shouldOfferPage } from '../../utils/detect/page-role';
import { UNESCO_MATCH_PATTERNS } from '../../utils/detect/unesco-site';
import type { Request } from '../../utils/messages';

// Wiring only, and cheap: it runs on every archive page. If this document is an (archived) UNESCO page, ask the
// background to read it (it injects the extractor into this frame). Runs in every frame so pywb's framed
// replay is read inside its content frame.
export default defineContentScript({
  matches: [...ARCHIVE_MATCH_PATTERNS, ...UNESCO_MATCH_PATTERNS],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Marks let the benchmark (cli/bench.ts) read what the script costs on each page.
    performance.mark('event-lens:content:start');
    if (shouldOfferPage(location, window.top === window, document) && ctx.isValid) {
      const message: Request = { type: 'page:candidate' };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    }
    performance.mark('event-lens:content:end');
  },
});
