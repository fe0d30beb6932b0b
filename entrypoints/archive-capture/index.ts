// First: the moment the script starts, in bench builds (cli/bench.ts reads what the script costs per page).
import { markTimings, timeCheck } from './bench-timings';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerAgainWhenRestored, offerToBackground, pageRuntime, shouldOfferPage } from '../../utils/detect/offer-page';

// The content script of the known archives and UNESCO's sites, declared in wxt.config.ts (`content_scripts`,
// every frame, at document_idle). An unlisted script rather than WXT's content-script entrypoint: it runs on
// every page of those hosts, and WXT's content-script context (extension-API and event set-up, a message to
// the page) cost several times the whole check. If this document may be an (archived) UNESCO page, it asks
// the background to read it; the background decides. The extension's API is touched only then.
export default defineUnlistedScript(() => {
  const offer = shouldOfferPage(location, () => ({ isTop: window.top === window, doc: document }));
  const checkedAt = timeCheck();
  if (offer) {
    offerToBackground(pageRuntime());
    offerAgainWhenRestored(window, () => offerToBackground(pageRuntime()));
  }
  markTimings(checkedAt);
});
