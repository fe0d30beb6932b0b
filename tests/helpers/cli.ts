import { spawnSync } from 'node:child_process';

/** Runs `event-lens` from the sources, as `npm run extract` does (a Node start with tsx: about 2 s). */
export function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'cli/event-lens.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
