import { describe, expect, it } from 'vitest';
import type { LinkResult } from '../../utils/links/link-check-types';
import { countVerdicts, linkResultsCsv } from '../../utils/links/links-csv';

const base: LinkResult = {
  url: 'https://uil.unesco.org/a',
  verdict: 'live',
  reason: 'ok',
  finalUrl: null,
  title: 'A "quoted", title',
  steps: [
    {
      method: 'HEAD',
      status: 405,
      finalUrl: null,
      redirected: false,
      contentType: null,
      retryAfterSeconds: null,
      error: null,
    },
    {
      method: 'GET',
      status: 200,
      finalUrl: null,
      redirected: false,
      contentType: 'text/html',
      retryAfterSeconds: null,
      error: null,
    },
  ],
  archivedUrl: null,
  checkedAt: Date.UTC(2026, 11, 1, 12),
};

describe('linkResultsCsv', () => {
  it('writes RFC 4180 rows with the evidence, quoting where needed', () => {
    const csv = linkResultsCsv([base], new Map([[base.url, 'Programme']]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('url,label,verdict,reason,http,final_url,title,archived_copy,checked_at');
    expect(lines[1]).toBe(
      'https://uil.unesco.org/a,Programme,live,ok,HEAD 405 > GET 200,,"A ""quoted"", title",,2026-12-01T12:00:00.000Z',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = linkResultsCsv([{ ...base, title: '=HYPERLINK("http://evil")', steps: [] }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('counts verdicts in a fixed order', () => {
    expect(countVerdicts([base, { ...base, verdict: 'gone' }, base])).toEqual([
      ['live', 2],
      ['gone', 1],
    ]);
  });
});
