import { Writable } from 'node:stream';
import { runExtract, type ExtractOptions } from '../../utils/batch/run-extract';
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
