// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractCommand } from '../helpers/batch-run';
import { describe, expect, it } from 'vitest';

const run = extractCommand;
const SEED = 'tests/fixtures/pages/seed/source.html';
const HOME = 'tests/fixtures/pages/home-under-events/source.html';

describe('extract command', { timeout: 30_000 }, () => {
  it('prints one record for one file, with the address read from the file', async () => {
    const r = await run(SEED);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      sources: string[];
      page: { url: string; archive: { id: string } };
      event: { start: { iso: string } };
    };
    expect(out.sources).toEqual([SEED]);
    expect(out.page.url).toBe(
      'https://webarchive.unesco.org/web/20201206072020/https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation',
    );
    expect(out.page.archive.id).toBe('unesco');
    expect(out.event.start.iso).toBe('2020-11-17T13:00:00+01:00');
  });

  it('prints a line per file, reports a missing file on stderr, finishes the others and exits 1', async () => {
    const r = await run(
      '--format',
      'jsonl',
      '--url',
      'https://webarchive.unesco.org/web/20181215110241/https://en.unesco.org/events/',
      'missing.html',
      HOME,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.html: no such file');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { sources: string[]; event: unknown; noEvent: { code: string } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ sources: [HOME], event: null, noEvent: { code: 'not-an-event-page' } });
  });

  it('asks for --url when a file does not say where it came from', async () => {
    const r = await run(HOME);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('give it with --url');
  });

  it('reads the address from a browser’s "saved from" comment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-lens-'));
    const file = join(dir, 'saved.html');
    writeFileSync(
      file,
      '<!-- saved from url=(0041)https://en.unesco.org/events/saved-page -->\n<html><body><h1>Saved</h1></body></html>',
    );
    const out = JSON.parse((await run(file)).stdout) as { page: { url: string }; event: unknown };
    expect(out.page.url).toBe('https://en.unesco.org/events/saved-page');
    expect(out.event).toBeNull();
  });

  it.each([[['--format', 'xml', SEED]], [[]], [['--url', 'not a url', SEED]]])(
    'refuses %j with a usage message',
    async (args) => {
      const r = await run(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
    },
  );
});
