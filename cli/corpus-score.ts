/**
 * `npm run corpus-score`: runs the extractor over the shared corpus (../shared/corpus/pages/*.json: real UNESCO
 * page texts with a careful human reading each) and prints a per-field score, for all pages, the first sample
 * (numeric ids) and the pages added for the second pass (ids with a letter) apart. The corpus is text only, so
 * each text is turned into the simplest HTML a page could have (a paragraph per line, list items for bullets,
 * no heading): a floor for what the extractor does on real markup.
 *
 *   npm run corpus-score [-- --corpus DIR] [--verbose]
 *
 * How a reading is judged (docs/extraction.md, "Scoring"): a field is right when it equals the human reading or
 * one of its `acceptable_alternatives`; a title may also be the event's own name (`event_name`); places are
 * compared without case, punctuation, accents or a leading article, and an online event whose page names no
 * place may say "Online" or nothing. A page stored under a mirror host is read at its UNESCO address
 * (`mirror_of`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { analysePage } from '../utils/analyse-page';
import { PROJECT_ROOT } from './browser';
import { CORPUS_FIELDS, judgeField, textToHtml, type CorpusPage } from './corpus-judge';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const dir = resolve(values.corpus ?? join(PROJECT_ROOT, '..', 'shared', 'corpus', 'pages'));

type Tally = { right: number; total: number; misses: string[] };
type Group = 'all' | 'first sample' | 'second pass';

function main(): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const window = new Window({
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const groups: Group[] = ['all', 'first sample', 'second pass'];
  const scores = new Map<Group, Map<string, Tally>>(
    groups.map((g) => [g, new Map(CORPUS_FIELDS.map((f) => [f.name, { right: 0, total: 0, misses: [] }]))]),
  );
  for (const file of files) {
    const page = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusPage;
    const doc = new window.DOMParser().parseFromString(textToHtml(page.text), 'text/html') as unknown as Document;
    const record = analysePage(doc, new URL(page.mirror_of ?? page.source_url));
    const group: Group = /^[A-Z]/.test(page.id) ? 'second pass' : 'first sample';
    for (const field of CORPUS_FIELDS) {
      const verdict = judgeField(field, page, record);
      if (verdict === null) continue;
      for (const g of ['all', group] as const) {
        const tally = scores.get(g)?.get(field.name);
        if (!tally) continue;
        tally.total++;
        if (verdict.ok) tally.right++;
        else if (g === 'all') tally.misses.push(`${page.id}: expected ${verdict.expected}, got ${verdict.actual}`);
      }
    }
  }
  console.log(`Corpus: ${dir} (${files.length} pages, text only)`);
  const pct = (t: Tally) => `${((100 * t.right) / Math.max(1, t.total)).toFixed(0).padStart(4)}%`;
  const cell = (t: Tally) => `${String(t.right).padStart(3)}/${String(t.total).padEnd(3)} ${pct(t)}`;
  console.log(`${'field'.padEnd(17)} ${groups.map((g) => g.padEnd(14)).join(' ')}`);
  const sums = new Map<Group, Tally>(groups.map((g) => [g, { right: 0, total: 0, misses: [] }]));
  for (const field of CORPUS_FIELDS) {
    const row = groups.map((g) => {
      const t = scores.get(g)?.get(field.name) ?? { right: 0, total: 0, misses: [] };
      const sum = sums.get(g);
      if (sum) {
        sum.right += t.right;
        sum.total += t.total;
      }
      return cell(t);
    });
    console.log(`${field.name.padEnd(17)} ${row.join(' ')}`);
    if (values.verbose) for (const miss of scores.get('all')?.get(field.name)?.misses ?? []) console.log(`    ${miss}`);
  }
  console.log(
    `${'all fields'.padEnd(17)} ${groups.map((g) => cell(sums.get(g) ?? { right: 0, total: 0, misses: [] })).join(' ')}`,
  );
}

main();
