import { describe, it } from 'vitest';
import { CHROME_E2E_GRANTS_DIR } from '../browsers/chromium';
import { chromiumUnderTest } from '../browsers/chromium-under-test';
import { addOwnArchive } from '../journeys/own-archive';
import { useExtensionBrowser } from './helpers';

// The build with any host granted up front: the browser's permission prompt, which the settings page raises
// when an archive is added, cannot be answered in headless Chromium; with the access already granted the
// request resolves at once and the rest of the flow is the product's own.
const getBrowser = useExtensionBrowser({ extensionDir: CHROME_E2E_GRANTS_DIR, timezone: 'Europe/Paris' });

describe('an archive the reader adds: their own pywb', () => {
  it('is added on the settings page, then its captures are read and its own index is asked for other captures', async () => {
    await addOwnArchive(chromiumUnderTest(getBrowser()));
  });
});
