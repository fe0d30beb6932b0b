/**
 * `npm run bench`: the numbers that say where Event Lens stands on speed and size. Each figure is the median,
 * p95 and number of runs of repeated measurements (machines here are shared and noisy), with its target.
 * Prints one table and writes bench-results.json. Needs a Chromium build and the bundled command (`npm run bench`
 * builds both). One file per group of figures in this folder; `npm run bench -- --only warc,crawl` runs some.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../browser';
import { benchBundles } from './bundles';
import { benchCaptures } from './captures';
import { benchExtractionChromium } from './chromium';
import { benchContentScript } from './content';
import { benchCrawl } from './crawl';
import { benchExtractionNode } from './extraction';
import { format, type Figure } from './figure';
import { benchLinkCheck } from './links';
import { benchUrlDetection } from './url';
import { benchWarc } from './warc';

/** Every group of figures, in the order they run. */
const GROUPS = {
  url: () => [benchUrlDetection()],
  captures: benchCaptures,
  extraction: benchExtractionNode,
  links: benchLinkCheck,
  warc: benchWarc,
  crawl: benchCrawl,
  chromium: benchExtractionChromium,
  content: benchContentScript,
  bundles: benchBundles,
} satisfies Record<string, () => Figure[] | Promise<Figure[]>>;
type GroupName = keyof typeof GROUPS;

function isGroupName(name: string): name is GroupName {
  return Object.hasOwn(GROUPS, name);
}

function chosenGroups(argv: readonly string[]): GroupName[] {
  const at = argv.indexOf('--only');
  const names = at === -1 ? Object.keys(GROUPS) : (argv[at + 1] ?? '').split(',').filter(Boolean);
  const chosen = names.filter(isGroupName);
  if (chosen.length === 0 || chosen.length < names.length) {
    throw new Error(`--only takes some of: ${Object.keys(GROUPS).join(', ')}`);
  }
  return chosen;
}

async function main(): Promise<void> {
  const groups = chosenGroups(process.argv.slice(2));
  const figures: Figure[] = [];
  for (const name of groups) figures.push(...(await GROUPS[name]()));
  const header = `${'figure'.padEnd(58)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'runs'.padStart(5)}  unit  target      met`;
  console.log(header);
  for (const f of figures) {
    const met = f.met === null ? '' : f.met ? 'yes' : 'NO';
    console.log(
      `${f.name.padEnd(58)} ${format(f.median).padStart(9)} ${format(f.p95).padStart(9)} ${String(f.runs).padStart(5)}  ${f.unit.padEnd(4)}  ${f.target.padEnd(10)}  ${met}`,
    );
  }
  // A partial run is for looking at one figure: it does not replace the full record.
  if (groups.length < Object.keys(GROUPS).length) return;
  const out = join(PROJECT_ROOT, 'bench-results.json');
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2));
  console.log(`\nWritten to ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
