/**
 * `npm test`: every check, as named steps, in one command: types, lint, format, unit tests, the Slurm job array
 * (skipped, saying why, where it cannot run), production builds
 * and packages (Chromium and Firefox), the Firefox package lint, bundle budgets, and the real-browser tests.
 * Every step runs even when an earlier one fails (except the browser tests, which need the Chromium build),
 * then a summary and a final line `N passed, N failed`: tests counted one by one, other steps as one each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './browser';

type Outcome = { name: string; passed: number; failed: number; seconds: number; note?: string };

const RESULTS = join(PROJECT_ROOT, '.test-results');

function run(cmd: string, args: string[]): { ok: boolean; seconds: number } {
  const start = Date.now();
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return { ok: r.status === 0, seconds: (Date.now() - start) / 1000 };
}

function step(name: string, cmd: string, args: string[]): Outcome {
  const { ok, seconds } = run(cmd, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

/**
 * A step that may be unable to run on this machine: exit status 77 (the autotools convention) means "skipped",
 * and the last line it printed says why; it then counts as neither passed nor failed.
 */
function stepThatMaySkip(name: string, cmd: string, args: string[]): Outcome {
  const start = Date.now();
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const seconds = (Date.now() - start) / 1000;
  if (r.status === 77) {
    const why = r.stdout.trim().split('\n').at(-1) ?? 'cannot run here';
    return { name, passed: 0, failed: 0, seconds, note: why.replace(/^.*?skipped: /, 'skipped: ') };
  }
  const ok = r.status === 0;
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

/** A vitest run whose tests are counted from its JSON report. */
function vitest(name: string, config: string | null, report: string): Outcome {
  const out = join(RESULTS, report);
  rmSync(out, { force: true });
  const args = [
    'vitest',
    'run',
    ...(config ? ['-c', config] : []),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ];
  const { ok, seconds } = run('npx', args);
  if (!existsSync(out)) return { name, passed: 0, failed: 1, seconds, note: 'no report: the run crashed' };
  const json = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  // A suite that fails to load has no failed tests but fails the run: count it.
  const failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
  return {
    name,
    passed: json.numPassedTests,
    failed,
    seconds,
    ...(json.numTotalTests === 0 ? { note: 'no tests ran' } : {}),
  };
}

function main(): void {
  mkdirSync(RESULTS, { recursive: true });
  const outcomes: Outcome[] = [];
  outcomes.push(step('types (tsc --noEmit)', 'npx', ['tsc', '--noEmit']));
  outcomes.push(step('lint (eslint)', 'npx', ['eslint', '.']));
  outcomes.push(step('format (prettier --check)', 'npx', ['prettier', '--check', '.']));
  outcomes.push(vitest('unit tests (vitest, happy-dom)', null, 'unit.json'));
  // A job array on a real (one-node) Slurm cluster, merged and compared with one process: needs root.
  outcomes.push(
    stepThatMaySkip('Slurm job array + merge (one-node cluster)', 'npx', ['tsx', 'tests/slurm/slurm-array.ts']),
  );
  const chrome = step('build + package: Chromium (wxt zip)', 'npx', ['wxt', 'zip']);
  outcomes.push(chrome);
  outcomes.push(step('build + package: Firefox (wxt zip -b firefox)', 'npx', ['wxt', 'zip', '-b', 'firefox']));
  outcomes.push(
    step('Firefox package lint (web-ext lint)', 'npx', [
      'web-ext',
      'lint',
      '--source-dir',
      '.output/firefox-mv2',
      '--self-hosted',
    ]),
  );
  outcomes.push(step('bundle budgets, content-script start costs', 'npx', ['tsx', 'cli/bundle-size.ts', '--check']));
  // The link-check tests need the host permission a reader grants at a prompt headless Chromium cannot show.
  outcomes.push(
    step('build: Chromium with link-check grants (wxt build --mode e2e)', 'npx', ['wxt', 'build', '--mode', 'e2e']),
  );
  if (chrome.failed === 0)
    outcomes.push(vitest('real-browser tests (Chromium + extension)', 'vitest.e2e.config.ts', 'e2e.json'));
  else
    outcomes.push({
      name: 'real-browser tests (Chromium + extension)',
      passed: 0,
      failed: 1,
      seconds: 0,
      note: 'skipped: no build',
    });

  const passed = outcomes.reduce((n, o) => n + o.passed, 0);
  const failed = outcomes.reduce((n, o) => n + o.failed, 0);
  console.log('\nSummary');
  for (const o of outcomes) {
    const mark = o.failed > 0 ? 'FAIL' : o.note?.startsWith('skipped') ? 'skip' : 'ok  ';
    console.log(
      `  ${mark} ${o.name.padEnd(48)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed ${o.seconds.toFixed(1).padStart(6)} s${o.note ? `  (${o.note})` : ''}`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
