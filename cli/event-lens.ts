#!/usr/bin/env node
/**
 * `event-lens`: the batch command. `extract` reads saved pages and crawl files, `merge` puts shard files
 * together; `--help` and `--version`. Exit codes: 0 done, 1 some inputs failed, 2 bad usage.
 * In a checkout, `npm run -s extract -- …` runs `extract` from the sources; the installed command is this file
 * bundled (cli/bundle-cli.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../utils/batch/error-message';
import { runExtract, UsageError } from '../utils/batch/run-extract';
import { runMerge } from '../utils/batch/run-merge';
import type { RunIo } from '../utils/batch/run-tally';
import type { WorkerSpec } from '../utils/batch/run-units';
import { EXTRACT_USAGE, parseExtractArgs } from './extract';
import { MERGE_USAGE, parseMergeArgs } from './merge';

const USAGE = `Usage: event-lens COMMAND [options] ...

Commands:
  extract PATH...        events from saved pages, folders of them, and WARC or ARC crawl files
  merge SHARD_FILE...    put together the shard files of an extract --shard I/N run
  help [COMMAND]         how to use a command

Options: -h, --help (this text), --version.
Exit codes: 0 done, 1 some inputs could not be read, 2 bad usage.`;

/** The worker threads' script: the bundled one beside this file, or, from the sources, through tsx. */
function batchWorker(): WorkerSpec {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { url: new URL('./batch-worker.mjs', here) };
  return { url: new URL('./tsx-worker.mjs', here), data: { entry: new URL('./batch-worker.ts', here).href } };
}

/** The version of the package this file belongs to. */
function version(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'event-lens') return pkg.version ?? 'unknown';
  }
  return 'unknown';
}

const io: RunIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stderr.isTTY,
  now: () => performance.now(),
};

/** Help asked for: on stdout, exit code 0. */
function printed(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

function usageError(message: string, usage: string): number {
  process.stderr.write(`${message}\n\n${usage}\n`);
  return 2;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined) return usageError('No command given.', USAGE);
  if (command === '-h' || command === '--help' || (command === 'help' && args.length === 0)) return printed(USAGE);
  if (command === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'help') {
    const usage = { extract: EXTRACT_USAGE, merge: MERGE_USAGE }[args[0] ?? ''];
    return usage ? printed(usage) : usageError(`No command "${args[0] ?? ''}".`, USAGE);
  }
  if (command === 'extract') {
    const parsed = parseExtractArgs(args);
    if (parsed === 'help') return printed(EXTRACT_USAGE);
    if (!parsed.ok) return usageError(parsed.error, EXTRACT_USAGE);
    try {
      return await runExtract({ ...parsed.options, worker: batchWorker() }, io);
    } catch (err) {
      if (err instanceof UsageError) return usageError(err.message, EXTRACT_USAGE);
      throw err;
    }
  }
  if (command === 'merge') {
    const parsed = parseMergeArgs(args);
    if (parsed === 'help') return printed(MERGE_USAGE);
    if (!parsed.ok) return usageError(parsed.error, MERGE_USAGE);
    return runMerge(parsed.options, io);
  }
  return usageError(`No command "${command}".`, USAGE);
}

// A reader that stops reading (`| head`) is not an error: stop quietly, as command-line tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`event-lens: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  },
);
