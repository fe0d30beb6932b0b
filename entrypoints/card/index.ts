import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { errorText } from '../../utils/common/error-text';
import { mountCard } from './mount';

// Injected by the background into the frame it read, when that frame holds an event and the reader has the card
// on: the card (bottom corner at the end of the line: right, or left in Arabic), the converted time next to the page's own, and the marks of the latest link check.
export default defineUnlistedScript(() => {
  mountCard().catch((err: unknown) => {
    (globalThis as Record<string, unknown>).__eventLensCardError = err instanceof Error ? err.stack : errorText(err);
    console.warn('Event Lens: the card could not be shown', err);
  });
});
