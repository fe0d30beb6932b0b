import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analysePage } from '../utils/analyse-page';

// Injected by the background (scripting.executeScript) into the one frame whose content script found an
// archived or live UNESCO page; its value, the record, is the result of the injection. Keeping the extractor
// out of the content script keeps every other archive page cheap.
export default defineUnlistedScript(() => {
  performance.mark('event-lens:analyse:start');
  const record = analysePage(document, new URL(location.href));
  performance.mark('event-lens:analyse:end');
  return record;
});
