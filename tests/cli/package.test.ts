// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The command as a researcher installs it: `npm pack` (which bundles it), then `npm install -g` of the tarball
// into a fresh prefix, offline: the installed command needs nothing from the registry.
const CRAWLS = resolve('tests/fixtures/crawls');
let bin = '';
let work = '';

const sh = (cmd: string, args: readonly string[], cwd = work) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('event-lens from the packed tarball', { timeout: 240_000 }, () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'event-lens-package-'));
    const pack = sh('npm', ['pack', '--pack-destination', work], process.cwd());
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(work, pack.stdout.trim().split('\n').at(-1) ?? '');
    const prefix = join(work, 'prefix');
    const install = sh('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball]);
    expect(install.status, install.stderr).toBe(0);
    bin = join(prefix, 'bin', 'event-lens');
  }, 240_000);

  it('answers --help and --version, and exits 2 on bad usage', () => {
    const help = sh(bin, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/extract PATH\.\.\./);
    expect(help.stdout).toMatch(/merge SHARD_FILE\.\.\./);
    expect(sh(bin, ['extract', '--help']).stdout).toMatch(/--shard I\/N/);
    expect(sh(bin, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const args of [[], ['frobnicate'], ['extract'], ['extract', '--jobs', 'x', CRAWLS], ['merge']]) {
      expect(sh(bin, args).status, args.join(' ')).toBe(2);
    }
  });

  it('extracts on worker threads, exits 1 naming an input that is no page, and 0 when all are read', () => {
    const junk = join(work, 'random.bin');
    writeFileSync(junk, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131) % 256)));
    const crawl = join(CRAWLS, 'wget-1.warc.gz');
    // Twelve copies of a crawl in one file (gzip members one after the other): over 1 MB, so read by workers.
    const big = join(work, 'big.warc.gz');
    writeFileSync(big, Buffer.concat(Array.from({ length: 12 }, () => readFileSync(crawl))));
    const ok = sh(bin, ['extract', '--jobs', '2', '--format', 'csv', big]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/2 workers|largest worker heap \d+ MB/);
    expect(ok.stdout.trim().split('\r\n').length).toBeGreaterThan(25);
    const failed = sh(bin, ['extract', crawl, junk]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`${junk}: binary data, neither a page nor a WARC or ARC file`);
    const refused = sh(bin, ['extract', '--out', crawl, crawl]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/is one of the inputs/);
  });

  it('writes shard files and merges them into what one process writes', () => {
    const crawls = ['wget-1.warc.gz', 'wget-2.warc', 'arc-v1.arc.gz'].map((f) => join(CRAWLS, f));
    const shards = [0, 1, 2].map((i) => join(work, `shard-${i}.jsonl`));
    for (const [i, out] of shards.entries()) {
      expect(sh(bin, ['extract', '--shard', `${i}/3`, '--out', out, ...crawls]).status).toBe(0);
    }
    const merged = sh(bin, ['merge', '--format', 'csv', ...shards]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(sh(bin, ['extract', '--format', 'csv', ...crawls]).stdout);
  });
});
