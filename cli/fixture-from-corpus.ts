/**
 * `npm run fixture-from-corpus -- <corpus id> <slug>`: adds tests/fixtures/pages/<slug>/ from a page of the
 * shared corpus (../shared/corpus/pages/<id>.json): the text in the markup such a page has (archive banner,
 * heading, labelled field blocks, bullet lists, paragraphs), meta.json from its address and notes, and
 * truth.json (the human reading the tests compare against). Edit the generated markup where the page's real
 * markup is known better (docs/archives.md, "Banners" and "UNESCO's pages under the archives").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root';

type CorpusPage = {
  id: string;
  source_url: string;
  language: string;
  text: string;
  truth: Record<string, unknown> & { title?: string | null; notes?: string };
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const BANNER = /^You are viewing\s+an\s+archived web page.*$/m;
const LABEL = /^[^\s:：][^:：]{0,40}\s*[:：]\s*$/;

export function corpusPageToHtml(page: CorpusPage): string {
  const banner = BANNER.exec(page.text)?.[0];
  const lines = page.text
    .replace(/^<\s*$|^×\s*$|^>\s*$/gm, '')
    .replace(BANNER, '')
    .replace(/^Loading media information hide\s*$/m, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const title = page.truth.title ?? null;
  const body = lines
    .map((line) => {
      if (title && line === title) return `    <h1 class="title">${escape(line)}</h1>`;
      if (/^[•·]\s*/.test(line)) return `    <ul><li>${escape(line.replace(/^[•·]\s*/, ''))}</li></ul>`;
      if (LABEL.test(line)) return `    <div class="field-label">${escape(line)}</div>`;
      return `    <p>${escape(line)}</p>`;
    })
    .join('\n');
  const bannerHtml = banner
    ? `<div id="wm-disclaim">${escape(banner)}<div id="wm-media-button">Loading media information</div></div>\n<div id="wm-media-curtain"><div id="wm-media-prev">&lt;</div><div id="wm-media-close-button">×</div><div id="wm-media-next">&gt;</div></div>\n`
    : '';
  return `<!DOCTYPE html>
<html lang="${page.language}">
<head>
<meta charset="utf-8" />
</head>
<body>
${bannerHtml}<div id="content" class="region region-content">
  <div class="node">
${body}
  </div>
</div>
</body>
</html>
`;
}

function main(): void {
  const [id, slug] = process.argv.slice(2);
  if (!id || !slug) {
    console.error('Usage: npm run fixture-from-corpus -- <corpus id> <slug>');
    process.exitCode = 2;
    return;
  }
  const page = JSON.parse(
    readFileSync(join(PROJECT_ROOT, '..', 'shared', 'corpus', 'pages', `${id}.json`), 'utf8'),
  ) as CorpusPage;
  const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'pages', slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), corpusPageToHtml(page));
  const meta = {
    url: page.source_url,
    archive: null,
    capturedAt: null,
    corpus: `../shared/corpus/pages/${id}.json`,
    why: page.truth.notes ?? '',
  };
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(
    join(dir, 'truth.json'),
    `${JSON.stringify({ source: `shared/corpus/pages/${id}.json (truth, as read by a careful human)`, truth: page.truth }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'expected.json'), '{}\n');
  console.log(`Added ${dir}`);
}

main();
