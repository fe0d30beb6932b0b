/** `event-lens merge`'s arguments, for utils/batch/run-merge.ts. Nothing runs on import. */
import { parseCommandArgs } from './command-args';
import { isOutputFormat, OUTPUT_FORMATS } from '../utils/batch/event-lines';
import { outputIsInput } from '../utils/batch/inputs';
import type { MergeOptions } from '../utils/batch/run-merge';

export const MERGE_USAGE = `Usage: event-lens merge [options] SHARD_FILE...

Puts together the shard files of one event-lens extract --shard I/N run (all N of them) and prints exactly
what one process over all the inputs prints: each event once, with every capture it was seen in.

Options:
  --format F   jsonl (default), json, csv, ics, bibtex, ris, csl
  --out FILE   write there (whole, or not at all) instead of stdout
  --all        a line for pages of UNESCO sites without an event too
  -h, --help   this text

Exit codes: 0 done, 1 a shard file is missing, incomplete or damaged (nothing is written), or inputs of the
extract run could not be read, 2 bad usage.`;

export type ParsedMerge = { ok: true; options: MergeOptions } | { ok: false; error: string } | 'help';

export function parseMergeArgs(args: readonly string[]): ParsedMerge {
  const given = parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!given.ok) return given;
  const { values, positionals } = given.parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) return { ok: false, error: 'No shard file named.' };
  const format = values.format ?? 'jsonl';
  if (!isOutputFormat(format)) return { ok: false, error: `Unknown format "${format}": ${OUTPUT_FORMATS.join(', ')}.` };
  const clash =
    values.out === undefined
      ? null
      : outputIsInput(
          values.out,
          positionals.map((path) => ({ path })),
        );
  if (clash)
    return { ok: false, error: `--out ${values.out} is one of the shard files (${clash}): it would be overwritten.` };
  return { ok: true, options: { files: positionals, format, out: values.out ?? null, all: values.all ?? false } };
}
