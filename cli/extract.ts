/**
 * `event-lens extract`'s arguments: parsed, checked, and handed to utils/batch/run-extract.ts. Nothing runs on
 * import: cli/event-lens.ts is the command.
 */
import { parseCommandArgs } from './command-args';
import type { ExtractOptions } from '../utils/batch/run-extract';
import { isOutputFormat, OUTPUT_FORMATS } from '../utils/batch/event-lines';
import { parseShard } from '../utils/batch/work-plan';
import { MAX_PAGE_BYTES } from '../utils/batch/crawl-record';

export const EXTRACT_USAGE = `Usage: event-lens extract [options] PATH...

Reads saved HTML pages, folders of them (walked recursively; symbolic links are not followed), and crawl files:
WARC (.warc, .warc.gz; versions 0.17 to 1.1) and ARC (.arc, .arc.gz). Prints the events found, each once, with
the captures it was seen in.

Options:
  --format F      jsonl (default; json for one saved page), json, csv, ics, or rows (the rows merge reads;
                  the default with --shard); bibtex (BibLaTeX @online), ris or csl (CSL-JSON): a citation
                  of each event's page, for Zotero and the like (docs/citations.md)
  --out FILE      write there (whole, or not at all) instead of stdout; an interrupted run started again with
                  the same command reads only what it had not finished
  --all           a line for pages of UNESCO sites without an event too (saved pages always get one)
  --url URL       the address of saved pages that do not say theirs
  --jobs N        worker threads (default: the cores available)
  --shard I/N     read share I of N (0 to N-1) and write its rows, for event-lens merge
  --max-page-mb M skip pages larger than M MB (default ${MAX_PAGE_BYTES / 1024 / 1024})
  -h, --help      this text

Exit codes: 0 done, 1 some inputs could not be read (each is named on stderr), 2 bad usage.`;

/** Parsed options, or the usage error to print (exit code 2), or `help`. */
export type ParsedExtract =
  { ok: true; options: Omit<ExtractOptions, 'worker'> } | { ok: false; error: string } | 'help';

const positiveInt = (text: string | undefined) => (text !== undefined && /^\d{1,4}$/.test(text) ? Number(text) : NaN);

export function parseExtractArgs(args: readonly string[]): ParsedExtract {
  const given = parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean' },
    url: { type: 'string' },
    jobs: { type: 'string' },
    shard: { type: 'string' },
    'max-page-mb': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!given.ok) return given;
  const { values, positionals } = given.parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) return { ok: false, error: 'No input named.' };
  const format = values.format ?? null;
  if (format !== null && format !== 'rows' && !isOutputFormat(format)) {
    return { ok: false, error: `Unknown format "${format}": ${[...OUTPUT_FORMATS, 'rows'].join(', ')}.` };
  }
  if (values.url !== undefined && !URL.canParse(values.url))
    return { ok: false, error: `--url "${values.url}" is not an address.` };
  const jobs = values.jobs === undefined ? null : positiveInt(values.jobs);
  if (jobs !== null && !(jobs >= 1)) return { ok: false, error: `--jobs takes a number of threads, 1 or more.` };
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (values.shard !== undefined && !shard) return { ok: false, error: `--shard takes I/N with 0 ≤ I < N (e.g. 0/8).` };
  if (shard && format !== null && format !== 'rows') {
    return { ok: false, error: '--shard writes the rows merge reads: give --format to merge instead.' };
  }
  const maxPageMb = values['max-page-mb'] === undefined ? null : positiveInt(values['max-page-mb']);
  if (maxPageMb !== null && !(maxPageMb >= 1))
    return { ok: false, error: '--max-page-mb takes a number of MB, 1 or more.' };
  return {
    ok: true,
    options: {
      inputs: positionals,
      format,
      out: values.out ?? null,
      all: values.all ?? false,
      jobs,
      shard,
      unitOptions: {
        ...(values.url !== undefined ? { url: values.url } : {}),
        ...(maxPageMb !== null ? { maxPageBytes: maxPageMb * 1024 * 1024 } : {}),
      },
    },
  };
}
