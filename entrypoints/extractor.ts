import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analysePage } from '../utils/analyse-page';
import { analyseOptionsFrom, EXTRACTION_CONTEXT_KEY, readExtractionContext } from '../utils/extraction-context';

// Injected by the background (scripting.executeScript) into the one frame whose content script found an
// archived or live UNESCO page; its value, the record, is the result of the injection. Keeping the extractor
// out of the content script keeps every other archive page cheap.
export default defineUnlistedScript(() => {
  performance.mark('event-lens:analyse:start');
  const context = readExtractionContext((globalThis as Record<string, unknown>)[EXTRACTION_CONTEXT_KEY]);
  // Times are placed in their zone by the background (utils/extract/place-zone.ts), where it costs nothing.
  const record = analysePage(document, new URL(location.href), { ...analyseOptionsFrom(context), deferZones: true });
  performance.mark('event-lens:analyse:end');
  return record;
});
