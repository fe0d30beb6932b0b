/**
 * Runs the `event-lens` command as it is installed (the bundle, `npm run bench` builds it) on a file, and reads its
 * summary line: pages/s, MB/s, peak memory of the process, and the largest heap of a worker thread.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../browser';

export type CommandRun = { pages: number; mb: number; peak: number; workerHeap: number; seconds: number };

const BUNDLE = join(PROJECT_ROOT, '.output', 'cli', 'event-lens.mjs');

/** Whether `taskset` can pin a command to one core here. */
export const CAN_PIN = spawnSync('taskset', ['--version']).status === 0;

export function runExtract(file: string, out: string, jobs: number, { pin = false } = {}): CommandRun {
  const args = [
    '--max-old-space-size=256',
    BUNDLE,
    'extract',
    file,
    '--format',
    'csv',
    '--out',
    out,
    '--jobs',
    String(jobs),
  ];
  const run =
    pin && CAN_PIN
      ? spawnSync('taskset', ['-c', '0', 'node', ...args], { encoding: 'utf8' })
      : spawnSync('node', args, { encoding: 'utf8' });
  const summary = run.stderr.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !summary.startsWith('extract:')) throw new Error(`extract failed: ${run.stderr}`);
  const number = (re: RegExp) => Number(re.exec(summary)?.[1] ?? NaN);
  return {
    pages: number(/(\d+) pages\/s/),
    mb: number(/([\d.]+) MB\/s/),
    peak: number(/peak memory (\d+) MB/),
    workerHeap: number(/largest worker heap (\d+) MB/),
    seconds: number(/, ([\d.]+) s, peak memory/),
  };
}
