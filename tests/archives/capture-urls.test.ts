import { describe, expect, it } from 'vitest';
import { ARCHIVES, parseCaptureUrl } from '../../utils/archives/registry';
import { NOT_CAPTURES, POSITIVES } from './capture-url-cases';

// The archives Event Lens knows: each claims its own captures and no other's. The archives a reader adds are in
// user-archive-urls.test.ts.
describe('capture URLs', () => {
  for (const [archiveId, cases] of Object.entries(POSITIVES)) {
    describe(archiveId, () => {
      it.each(cases)('$url', (c) => {
        const capture = parseCaptureUrl(new URL(c.url));
        expect(capture, `${c.url} should be a ${archiveId} capture`).not.toBeNull();
        expect(capture?.archiveId).toBe(archiveId);
        expect(capture?.originalUrl).toBe(c.original);
        expect(capture?.timestamp).toBe(c.timestamp);
        expect(capture?.modifier).toBe(c.modifier ?? '');
        if (c.collection !== undefined) expect(capture?.collectionId).toBe(c.collection);
      });
    });
  }

  // Every archive's positives are negatives for every other archive: a parser that grows too broad fails here.
  for (const archive of ARCHIVES) {
    const others = Object.entries(POSITIVES)
      .filter(([id]) => id !== archive.id)
      .flatMap(([, cases]) => cases.map((c) => c.url));
    it.each(others)(`${archive.id} does not claim %s`, (url) => {
      expect(archive.parseCaptureUrl(new URL(url)), `${archive.id} wrongly claims ${url}`).toBeNull();
    });
  }

  it.each(NOT_CAPTURES)('%s is not a capture', (url) => {
    expect(parseCaptureUrl(new URL(url))).toBeNull();
  });

  it('lists match patterns for every archive host', () => {
    for (const archive of ARCHIVES) expect(archive.matches.length).toBeGreaterThan(0);
  });
});
