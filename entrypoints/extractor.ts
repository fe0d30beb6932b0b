import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analysePage } from '../utils/analyse-page';
import { documentAddress, loadedAddress } from '../utils/detect/document-address';
import { analyseOptionsFrom, readExtractionContext } from '../utils/extraction-context';

// Injected by the background (scripting.executeScript) into the one frame whose content script found an
// archived or live UNESCO page; its value, the record, is the result of the injection. Keeping the extractor
// out of the content script keeps every other archive page cheap. The page is read as the address it was
// loaded from, which its scripts cannot rewrite (utils/detect/document-address.ts).
export default defineUnlistedScript(() => {
  performance.mark('event-lens:analyse:start');
  const context = readExtractionContext();
  const address = documentAddress(loadedAddress(performance), location.href);
  // Times are placed in their zone by the background (utils/extract/place-zone.ts), where it costs nothing.
  const options = { ...analyseOptionsFrom(context), deferZones: true };
  const record = address && analysePage(document, address.url, options);
  if (record && address?.warning) record.page.warnings.push(address.warning);
  performance.mark('event-lens:analyse:end');
  return record;
});
