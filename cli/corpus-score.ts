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
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './project-root';
import { CORPUS_FIELDS, scoreCorpus, type CorpusGroup, type Tally } from './corpus-judge';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const dir = resolve(values.corpus ?? join(PROJECT_ROOT, '..', 'shared', 'corpus', 'pages'));

type Group = CorpusGroup;

function main(): void {
  const groups: Group[] = ['all', 'first sample', 'second pass'];
  const { files, scores } = scoreCorpus(dir);
  console.log(`Corpus: ${dir} (${files} pages, text only)`);
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
