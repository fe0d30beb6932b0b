/**
 * What the Chromium and Firefox launchers (`chromium.ts`, `firefox.ts`) share: the bundled sample capture and
 * the archives' answers about it, so a journey reads the same data in both browsers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../cli/project-root';

export { PROJECT_ROOT };

/** The bundled sample: the capture Event Lens was founded on (tests/fixtures/pages/seed). */
export function loadSample(slug = 'seed'): { url: string; html: string } {
  const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'pages', slug);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { url: string };
  return { url: meta.url, html: readFileSync(join(dir, 'source.html'), 'utf8') };
}

/** What a faked capture index answers: a body (200), or a status with headers, or a network failure. */
export type IndexAnswer =
  | string
  | { status: number; body?: string; headers?: Record<string, string>; contentType?: string }
  | { abort: 'namenotresolved' | 'connectionrefused' | 'timedout' };

/** The bundled sample's capture lists (tests/fixtures/captures), as the two archives would answer. */
export function sampleCaptureIndexes(): { internetArchive: string; unesco: string } {
  const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'captures');
  return {
    internetArchive: readFileSync(join(dir, 'seed-internet-archive.cdx.json'), 'utf8'),
    unesco: readFileSync(join(dir, 'seed-unesco.timemap.txt'), 'utf8'),
  };
}

/** The browser's program: `envVariable` if set, else Debian's path; says how to install it when missing. */
export function browserPath(name: string, envVariable: string, debianPath: string, debianPackage: string): string {
  const path = process.env[envVariable] ?? debianPath;
  if (!existsSync(path)) {
    throw new Error(
      `${name} not found at ${path}. Install it (apt-get install ${debianPackage}) or set ${envVariable}.`,
    );
  }
  return path;
}

/**
 * The sample as the reader's own pywb would serve it (`http://localhost:8080`, collection "my-web", frameless):
 * links rewritten as pywb writes them, the archive's banner gone, pywb's `wbinfo` naming the original.
 */
export function ownPywbCapture(): { url: string; html: string } {
  const sample = loadSample();
  const original = sample.url.replace(/^https:\/\/webarchive\.unesco\.org\/web\/\d+\//, '');
  const html = sample.html
    .replace(/https:\/\/webarchive\.unesco\.org\/web\/20201206072020/g, '/my-web/20201206072020')
    .replace(/<div id="wm-disclaim">[\s\S]*?<div id="skip-link">/, '<div id="skip-link">')
    .replace(
      '<head>',
      `<head>\n<script>wbinfo = {};\nwbinfo.url = "${original}";\nwbinfo.timestamp = "20201206072020";\nwbinfo.is_framed = false;\n</script>`,
    );
  return { url: `http://localhost:8080/my-web/20201206072020/${original}`, html };
}
