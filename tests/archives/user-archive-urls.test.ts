import { describe, expect, it } from 'vitest';
import { definePywbArchive } from '../../utils/archives/pywb-archive';
import { parseCaptureUrl } from '../../utils/archives/registry';

describe('capture URLs', () => {
  it('accepts the archives the user adds (their own pywb), on the port they named', () => {
    const local = definePywbArchive('http://localhost:8080');
    expect(local).not.toBeNull();
    const extra = local ? [local] : [];
    expect(
      parseCaptureUrl(new URL('http://localhost:8080/my-coll/2017mp_/http://en.unesco.org/events/x'), extra),
    ).toMatchObject({
      archiveId: 'pywb:localhost:8080',
      collectionId: 'my-coll',
      timestamp: '2017',
      modifier: 'mp_',
      originalUrl: 'http://en.unesco.org/events/x',
    });
    expect(
      parseCaptureUrl(new URL('http://localhost:8080/en/my-coll/20200101000000/https://www.unesco.org/'), extra)
        ?.collectionId,
    ).toBe('my-coll');
    expect(parseCaptureUrl(new URL('http://localhost:3000/my-coll/2017/http://en.unesco.org/'), extra)).toBeNull();
    expect(parseCaptureUrl(new URL('http://localhost:8080/my-coll/'), extra)).toBeNull();
    expect(parseCaptureUrl(new URL('http://localhost:8080/my-coll/2017/http://en.unesco.org/'))).toBeNull();
    expect(definePywbArchive('javascript:alert(1)')).toBeNull();
  });
});
