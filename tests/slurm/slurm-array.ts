/**
 * The Slurm integration test, a step of `npm test` (cli/run-tests.ts): starts a one-node Slurm cluster on this
 * machine (examples/slurm/local-cluster.sh: Debian's slurm-wlm and munge), submits the extraction of the test
 * crawls as a job array of 3 tasks with examples/slurm/submit.sh (the merge waits on the array with
 * --dependency=afterok), and checks the merged output equals one process's over the same files. It runs the
 * command as installed: the bundle (cli/bundle-cli.ts) on the PATH as `event-lens`.
 * Exit status: 0 passed, 1 failed, 77 could not run here (not root, or Slurm cannot be installed), with the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLUSTER = join(ROOT, 'examples', 'slurm', 'local-cluster.sh');
const INPUTS = ['wget-1.warc.gz', 'wget-2.warc', 'warcio-1.1.warc.gz', 'arc-v1.arc.gz', 'arc-v2.arc.gz'].map((f) =>
  join(ROOT, 'tests', 'fixtures', 'crawls', f),
);

function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

function skip(reason: string): never {
  console.log(`Slurm test skipped: ${reason}. The other tests run without it.`);
  process.exit(77);
}

function fail(message: string): never {
  console.error(`Slurm test FAILED: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

function main(): void {
  const started = performance.now();
  if (process.getuid?.() !== 0)
    skip('starting a one-node Slurm cluster needs root (it installs slurm-wlm and munge and starts their daemons)');
  const wasRunning = run('sinfo', ['-h', '-o', '%t']).stdout.includes('idle');
  if (!wasRunning) {
    const up = run('bash', [CLUSTER, 'start']);
    if (up.status === 77) skip(up.stderr.trim() || 'the cluster could not be set up');
    if (up.status !== 0) fail(`the cluster did not start: ${up.stderr.trim()}`);
  }
  try {
    const bundle = run('npx', ['tsx', 'cli/bundle-cli.ts']);
    if (bundle.status !== 0) fail(`bundling the command: ${bundle.stderr}`);
    const work = mkdtempSync(join(tmpdir(), 'event-lens-slurm-'));
    const bin = join(work, 'bin');
    mkdirSync(bin);
    symlinkSync(join(ROOT, '.output', 'cli', 'event-lens.mjs'), join(bin, 'event-lens'));
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      TASKS: '3',
      CPUS: '1',
      WAIT: '1',
      FORMAT: 'jsonl',
    };
    const out = join(work, 'out');
    const submitted = run('bash', [join(ROOT, 'examples', 'slurm', 'submit.sh'), out, ...INPUTS], env);
    if (submitted.status !== 0) fail(`submit.sh: ${submitted.stdout}${submitted.stderr}`);
    const logs = readdirSync(out).filter((f) => f.startsWith('event-lens-extract-'));
    if (logs.length !== 3) fail(`expected 3 task logs, found ${logs.join(', ')}`);
    const one = run(join(bin, 'event-lens'), ['extract', '--format', 'jsonl', ...INPUTS], env);
    if (one.status !== 0) fail(`one process: ${one.stderr}`);
    const merged = readFileSync(join(out, 'events.jsonl'), 'utf8');
    if (merged !== one.stdout) fail(`the merged output differs from one process's (${out}/events.jsonl)`);
    const lines = merged.trim().split('\n').length;
    console.log(
      `Slurm test passed: a job array of 3 tasks and its merge (afterok) gave the ${lines} lines of one process, in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    );
  } finally {
    if (!wasRunning) run('bash', [CLUSTER, 'stop']);
  }
}

try {
  main();
} catch (err) {
  if (process.exitCode !== 1) {
    console.error(`Slurm test FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
