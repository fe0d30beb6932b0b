import { describe, it } from 'vitest';
import { firefoxUnderTest } from '../browsers/firefox-under-test';
import { busyAndUnreachable } from '../journeys/quiet';
import { useFirefox } from './helpers';

// A browser of its own: no capture index asked or cached before (Chromium: tests/e2e/captures-errors).
const getFirefox = useFirefox();

describe('other captures when the archives fail, in Firefox', () => {
  it('says "busy, retry in N s" after a 429 and does not ask again before then; says "unreachable" apart', async () => {
    await busyAndUnreachable(firefoxUnderTest(getFirefox()));
  });
});
