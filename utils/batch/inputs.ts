/**
 * The inputs of a batch run: the paths named, folders walked (sorted, recursively) for HTML, WARC and ARC files,
 * and what each file is, from its first bytes rather than its name. A folder's symbolic links are not followed (a
 * link to `/` would walk the disk, a loop would read one file many times), each real file is read once, and every
 * entry left out is reported with its reason.
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { memberStart, nextMember, type ArchiveKind } from './archive-file';
import { FileWindow } from './file-window';
import { gzipHeaderLength } from './gzip-member';

export type InputFile = { path: string; size: number; mtimeMs: number };

/** An entry left out: `failed` when it was named or is unreadable, else only worth a note (a symbolic link). */
export type InputProblem = { path: string; reason: string; failed: boolean };

export type InputKind = { kind: 'html' } | ({ kind: 'archive' } & ArchiveKind) | { kind: 'failed'; reason: string };

/** What a folder walk picks up; named files are read whatever their names. */
const WALKED = /\.(?:warc|arc)(?:\.gz)?$|\.x?html?$/i;

const errorReason = (err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EACCES' || code === 'EPERM'
      ? 'not readable'
      : code === 'ELOOP'
        ? 'a loop of symbolic links'
        : `cannot be read (${code ?? String(err)})`;
};

/** Expands the paths named into files, in a stable order. */
export function expandInputs(paths: readonly string[]): { files: InputFile[]; problems: InputProblem[] } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const visited = new Set<string>();
  const once = (stat: Stats) => {
    const id = `${stat.dev}:${stat.ino}`;
    if (visited.has(id)) return false;
    visited.add(id);
    return true;
  };
  const addFile = (path: string, stat: Stats) => {
    if (once(stat)) files.push({ path, size: stat.size, mtimeMs: stat.mtimeMs });
    else problems.push({ path, reason: 'the same file as one named before it: read once', failed: false });
  };
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      problems.push({ path: dir, reason: `folder ${errorReason(err)}`, failed: true });
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      let stat: Stats;
      try {
        stat = lstatSync(path);
      } catch (err) {
        problems.push({ path, reason: errorReason(err), failed: true });
        continue;
      }
      if (stat.isSymbolicLink()) problems.push({ path, reason: 'a symbolic link: not followed', failed: false });
      else if (stat.isDirectory()) {
        if (once(stat)) walk(path);
      } else if (stat.isFile() && WALKED.test(name)) addFile(path, stat);
    }
  };
  for (const path of paths) {
    let stat: Stats;
    try {
      // A path named on the command line is followed, link or not: the reader asked for it.
      stat = statSync(path);
    } catch (err) {
      problems.push({ path, reason: errorReason(err), failed: true });
      continue;
    }
    if (stat.isDirectory()) {
      if (once(stat)) walk(path);
    } else if (stat.isFile()) addFile(path, stat);
    else problems.push({ path, reason: 'not a file or a folder', failed: true });
  }
  return { files, problems };
}

/**
 * Whether `out` names one of the inputs (the same file, through any path or link): writing there would destroy
 * it. `out` need not exist yet.
 */
export function outputIsInput(out: string, inputs: readonly { path: string }[]): string | null {
  let target: string;
  try {
    target = realpathSync(out);
  } catch {
    try {
      target = join(realpathSync(dirname(resolve(out))), basename(out));
    } catch {
      return null;
    }
  }
  for (const input of inputs) {
    try {
      if (realpathSync(input.path) === target) return input.path;
    } catch {
      // An input that vanished is reported when it is read.
    }
  }
  return null;
}

function startOf(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}

function archiveKind(start: Buffer): 'warc' | 'arc' | null {
  const text = start.subarray(0, 16).toString('latin1');
  return /^WARC\/\d/.test(text) ? 'warc' : text.startsWith('filedesc://') ? 'arc' : null;
}

/**
 * What a gzip file holds: a WARC or ARC file when one of its first members (within 8 MB: the first ones may be
 * damaged) inflates to a record's start.
 */
function gzipArchiveKind(path: string): 'warc' | 'arc' | null {
  const win = new FileWindow(path);
  try {
    const at = nextMember(win, 0, (start) => archiveKind(start) !== null, 8 << 20);
    const start = at === null ? null : memberStart(win, at);
    return start ? archiveKind(start) : null;
  } finally {
    win.close();
  }
}

/** What a file is, from its first bytes: an HTML page, a WARC or ARC file (compressed or not), or neither, and why. */
export function classifyInput(path: string): InputKind {
  let start: Buffer;
  try {
    start = startOf(path);
  } catch (err) {
    return { kind: 'failed', reason: errorReason(err) };
  }
  if (start.length === 0) return { kind: 'failed', reason: 'an empty file' };
  if (gzipHeaderLength(start) !== null) {
    const format = gzipArchiveKind(path);
    return format
      ? { kind: 'archive', format, gzip: true }
      : { kind: 'failed', reason: 'a gzip file that holds neither a WARC nor an ARC file' };
  }
  const format = archiveKind(start);
  if (format) return { kind: 'archive', format, gzip: false };
  if (start.subarray(0, 5).toString('latin1') === '%PDF-')
    return { kind: 'failed', reason: 'a PDF document, not a page' };
  if (start.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) {
    return { kind: 'failed', reason: 'a ZIP archive, not a page or a WARC file' };
  }
  if (start.subarray(0, 4096).includes(0)) {
    return { kind: 'failed', reason: 'binary data, neither a page nor a WARC or ARC file' };
  }
  const text = start
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (/^\s*</.test(text) || /<(?:html|head|body)\b/i.test(text)) return { kind: 'html' };
  return { kind: 'failed', reason: 'text without HTML markup, not a page' };
}
