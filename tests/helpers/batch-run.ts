import { Writable } from 'node:stream';
import { parseExtractArgs } from '../../cli/extract';
import { runExtract, UsageError, type ExtractOptions } from '../../utils/batch/run-extract';
import { runMerge, type MergeOptions } from '../../utils/batch/run-merge';
import type { RunIo } from '../../utils/batch/run-tally';

export type RunOutput = { code: number; stdout: string; stderr: string };

function collecting(): { io: RunIo; output: () => { stdout: string; stderr: string } } {
  const text = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        text[key] += chunk.toString();
        done();
      },
    });
  return {
    io: { stdout: sink('stdout'), stderr: sink('stderr'), isTTY: false, now: () => performance.now() },
    output: () => text,
  };
}

/** `extract` in this process (no worker threads unless `worker` is given), its output captured. */
export async function extractHere(
  inputs: readonly string[],
  options: Partial<ExtractOptions> = {},
): Promise<RunOutput> {
  const { io, output } = collecting();
  const code = await runExtract(
    { inputs, format: null, out: null, all: false, jobs: 1, shard: null, unitOptions: {}, worker: null, ...options },
    io,
  );
  return { code, ...output() };
}

/** `merge` in this process, its output captured. */
export async function mergeHere(files: readonly string[], options: Partial<MergeOptions> = {}): Promise<RunOutput> {
  const { io, output } = collecting();
  const code = await runMerge({ files, format: 'jsonl', out: null, all: false, ...options }, io);
  return { code, ...output() };
}

type Line = {
  page: {
    originalUrl: string;
    capturedAt: string | null;
    capturedAtSource: string | null;
    archive: { id: string; name: string } | null;
  };
  event: { title: string; start: { date: string; time: string | null } } | null;
  noEvent: { code: string } | null;
  seenIn: string[];
  sources: string[];
};

export function jsonLines(stdout: string): Line[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

/**
 * `event-lens extract ARGS` in this process, as the command parses them: the exit status (2 for bad usage), and
 * what it printed. The installed command itself is tested in tests/cli/package.test.ts.
 */
export async function extractCommand(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const parsed = parseExtractArgs(args);
  if (parsed === 'help') return { status: 0, stdout: 'help', stderr: '' };
  if (!parsed.ok) return { status: 2, stdout: '', stderr: parsed.error };
  try {
    const r = await extractHere(parsed.options.inputs, parsed.options);
    return { status: r.code, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    if (err instanceof UsageError) return { status: 2, stdout: '', stderr: err.message };
    throw err;
  }
}
