import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ARCHIVE_HOSTS, ARCHIVE_MATCH_PATTERNS } from '../../utils/archives/registry';
import { decidePageRole } from '../../utils/detect/page-role';
import { isUnescoHost, UNESCO_MATCH_PATTERNS } from '../../utils/detect/unesco-site';
import type { Request } from '../../utils/messages';

// Wiring only, and cheap: it runs on every archive page. Decide from the URL whether this document is an
// (archived) UNESCO page; if so, ask the background to read it (it injects the extractor into this frame).
// Runs in every frame so pywb's framed replay is read inside its content frame.
export default defineContentScript({
  matches: [...ARCHIVE_MATCH_PATTERNS, ...UNESCO_MATCH_PATTERNS],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Marks let the benchmark (cli/bench.ts) read what the script costs on each page.
    performance.mark('event-lens:content:start');
    const url = new URL(location.href);
    const role = decidePageRole(url, { isTop: window.top === window }, document);
    // Elsewhere it runs only on archive hosts the user added (registered at run time): there the background,
    // which knows those archives and the responses' Memento headers, decides.
    const userArchive = !ARCHIVE_HOSTS.has(url.hostname) && !isUnescoHost(url.hostname);
    if ((role.analyse || userArchive) && ctx.isValid) {
      const message: Request = { type: 'page:candidate' };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    }
    performance.mark('event-lens:content:end');
  },
});
