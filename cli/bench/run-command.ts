/**
 * Runs the `event-lens` command as it is installed (the bundle, `npm run bench` builds it) on a file, and reads its
 * summary line: pages/s, MB/s, peak memory of the process, and the largest heap of a worker thread; and, where GNU
 * time is installed, the CPU the command used (user + system, every thread), which the machine's other work
 * disturbs far less than its speed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root';

export type CommandRun = {
  pages: number;
  mb: number;
  peak: number;
  workerHeap: number;
  seconds: number;
  /** CPU seconds, user + system; NaN without GNU time. */
  cpu: number;
};

const BUNDLE = join(PROJECT_ROOT, '.output', 'cli', 'event-lens.mjs');

/** Whether `taskset` can pin a command to one core here. */
export const CAN_PIN = spawnSync('taskset', ['--version']).status === 0;

const GNU_TIME = '/usr/bin/time';
/** Whether GNU time can say what CPU a command used. */
const CAN_TIME = spawnSync(GNU_TIME, ['-f', '%U', 'true']).status === 0;

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
  const command = [
    ...(pin && CAN_PIN ? ['taskset', '-c', '0'] : []),
    ...(CAN_TIME ? [GNU_TIME, '-f', 'cpu %U %S'] : []),
    'node',
    ...args,
  ];
  const run = spawnSync(command[0] ?? 'node', command.slice(1), { encoding: 'utf8' });
  const lines = run.stderr.trim().split('\n');
  const summary = lines.findLast((line) => line.startsWith('extract:')) ?? '';
  if (run.status !== 0 || !summary) throw new Error(`extract failed: ${run.stderr}`);
  const cpu = /^cpu ([\d.]+) ([\d.]+)$/.exec(lines.at(-1) ?? '');
  const number = (re: RegExp) => Number(re.exec(summary)?.[1] ?? NaN);
  return {
    pages: number(/(\d+) pages\/s/),
    mb: number(/([\d.]+) MB\/s/),
    peak: number(/peak memory (\d+) MB/),
    workerHeap: number(/largest worker heap (\d+) MB/),
    seconds: number(/, ([\d.]+) s, peak memory/),
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
  };
}
