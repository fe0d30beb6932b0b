import { describe, expect, it } from 'vitest';
import { documentAddress, loadedAddress } from '../../utils/detect/document-address';

const LOADED = 'https://web.archive.org/web/20201206072020/https://evil.example/page';
const SPOOFED = 'https://web.archive.org/web/20201206072020/https://uil.unesco.org/event/spoofed';

describe('documentAddress: the address a record is about', () => {
  it('is the address the document was loaded from, not the one its script moved to, with a warning', () => {
    const address = documentAddress(LOADED, SPOOFED);
    expect(address?.url.href).toBe(LOADED);
    expect(address?.warning).toEqual({
      code: 'address-changed',
      params: { address: SPOOFED },
      text: `The page changed its own address (to ${SPOOFED}) after it loaded; Event Lens reads it as the address it was loaded from.`,
    });
  });

  it('says nothing when the page only moved to a fragment, or did not move', () => {
    expect(documentAddress(LOADED, `${LOADED}#programme`)).toEqual({ url: new URL(LOADED), warning: null });
    expect(documentAddress(`${LOADED}#top`, LOADED)?.warning).toBeNull();
    expect(documentAddress(LOADED, LOADED)?.warning).toBeNull();
  });

  it('keeps the warning short whatever the page wrote', () => {
    const long = `${LOADED}?${'x'.repeat(5000)}`;
    expect(documentAddress(LOADED, long)?.warning?.text.length).toBeLessThan(500);
  });

  it('reads nothing from a document without a navigation entry to trust', () => {
    expect(documentAddress(undefined, SPOOFED)).toBeNull();
    expect(documentAddress('', SPOOFED)).toBeNull();
  });

  it('takes the navigation entry’s name', () => {
    const perf = { getEntriesByType: (type: string) => (type === 'navigation' ? [{ name: LOADED }] : []) };
    expect(loadedAddress(perf as unknown as Performance)).toBe(LOADED);
    expect(loadedAddress({ getEntriesByType: () => [] })).toBeUndefined();
  });
});
