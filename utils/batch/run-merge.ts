/**
 * `event-lens merge SHARD_FILES`: the shard files of one `extract --shard I/N` run put together, giving exactly
 * what one process over all the inputs gives (the rows go through the same collector, whatever their order). The
 * shard files are checked first: each whole (header to end line), every row valid, and the shares `0..N-1` all
 * there once. A missing or damaged shard writes nothing: a merge never passes off part of a collection as all of it.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { RowSchema } from './capture-rows';
import { errorMessage } from './error-message';
import type { OutputFormat } from './event-lines';
import { RunTally, type RunIo } from './run-tally';

export type MergeOptions = { files: readonly string[]; format: OutputFormat; out: string | null; all: boolean };

type Shard = { index: number; count: number };

/** Reads one shard file into the tally, checking it as it goes; the shard it holds, or what is wrong with it. */
async function readShardFile(path: string, tally: RunTally): Promise<Shard | string> {
  let shard: Shard | null = null;
  let ended = false;
  let number = 0;
  try {
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    for await (const line of lines) {
      number++;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return `line ${number} is not JSON`;
      }
      const parsed = RowSchema.safeParse(value);
      if (!parsed.success) return `line ${number} is not a row of a shard file`;
      const row = parsed.data;
      if (number === 1 && row.kind !== 'header') break;
      if (row.kind === 'header') shard = row.shard;
      else if (row.kind === 'end') ended = true;
      else if (row.kind === 'stats') tally.addStats(row.input, row.stats);
      else tally.addRow(row);
    }
  } catch (err) {
    return `cannot be read (${errorMessage(err)})`;
  }
  if (!shard) return 'not a shard file of `event-lens extract --shard`';
  return ended ? shard : 'incomplete: its last line is not the end line';
}

/** Which shares of `count` are missing or given twice. */
function coverageProblems(shards: readonly Shard[]): string[] {
  const counts = new Set(shards.map((s) => s.count));
  if (counts.size > 1) return [`the shard files come from different splits (${[...counts].join(', ')} shares)`];
  const count = shards[0]?.count ?? 0;
  const seen = new Map<number, number>();
  for (const s of shards) seen.set(s.index, (seen.get(s.index) ?? 0) + 1);
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  const twice = [...seen].filter(([, n]) => n > 1).map(([i]) => i);
  return [
    ...(missing.length > 0 ? [`shards missing: ${missing.map((i) => `${i}/${count}`).join(', ')}`] : []),
    ...(twice.length > 0 ? [`shards given twice: ${twice.map((i) => `${i}/${count}`).join(', ')}`] : []),
  ];
}

/** Runs `merge`; the exit code (0 done, 1 a shard file is missing or damaged, or some inputs failed). */
export async function runMerge(options: MergeOptions, io: RunIo): Promise<number> {
  const started = io.now();
  const tally = new RunTally(io, { all: options.all });
  const shards: Shard[] = [];
  const problems: string[] = [];
  for (const file of options.files) {
    const read = await readShardFile(file, tally);
    if (typeof read === 'string') problems.push(`${file}: ${read}`);
    else shards.push(read);
  }
  if (problems.length === 0) problems.push(...coverageProblems(shards));
  if (problems.length > 0) {
    for (const p of problems) io.stderr.write(`${p}\n`);
    io.stderr.write('merge: nothing written.\n');
    return 1;
  }
  return tally.finish('merge', { format: options.format, out: options.out, single: false, started });
}
