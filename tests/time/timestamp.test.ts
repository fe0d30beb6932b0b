import { describe, expect, it } from 'vitest';
import { archiveTimestampToIso } from '../../utils/time/timestamp';

describe('archiveTimestampToIso', () => {
  it.each([
    ['20201206072020', '2020-12-06T07:20:20Z'],
    ['20120130161341', '2012-01-30T16:13:41Z'],
    ['2020', '2020-01-01T00:00:00Z'],
    ['202204', '2022-04-01T00:00:00Z'],
    ['20220415', '2022-04-15T00:00:00Z'],
    ['2022041512', '2022-04-15T12:00:00Z'],
    ['20240229000000', '2024-02-29T00:00:00Z'],
  ])('%s → %s', (ts, iso) => expect(archiveTimestampToIso(ts)).toBe(iso));

  it.each([
    ['20230229000000'],
    ['20201306000000'],
    ['20200431000000'],
    ['20201206250000'],
    ['20201206076000'],
    ['202'],
    ['2020120607202012'],
    ['abcd'],
    [''],
  ])('%s is not an instant', (ts) => expect(archiveTimestampToIso(ts)).toBeNull());
});
