import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerAgainWhenRestored, offerToBackground, pageRuntime } from '../utils/detect/offer-page';

// The content script on archive hosts the user added (registered by the background, user-archives.ts): any
// page there may be a capture, named by its address or only by its Memento headers, so every frame is
// offered and the background decides (`decideInjection`).
export default defineUnlistedScript(() => {
  offerToBackground(pageRuntime());
  offerAgainWhenRestored(window, () => offerToBackground(pageRuntime()));
});
