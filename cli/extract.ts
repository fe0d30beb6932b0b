/**
 * `npm run -s extract -- [--url URL] [--format json|jsonl] FILE...`: the extension's extraction, on saved HTML
 * files. For each file, one JSON object `{"file", "page", "event", "noEvent"}` (the record schema's `page` and
 * `event`). The page's address comes from `--url`, else from the file itself. A file without an event still
 * prints its object (`"event": null`); a file that cannot be read is reported on stderr, the others are done,
 * and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { analysePage } from '../utils/analyse-page';
import { findSavedPageUrl } from '../utils/detect/saved-page-url';

const USAGE = 'Usage: npm run -s extract -- [--url URL] [--format json|jsonl] FILE...';

type Output = { file: string; page: unknown; event: unknown; noEvent: unknown };

export function extractFile(file: string, html: string, url: string | undefined, window: Window): Output {
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const pageUrl = url ?? findSavedPageUrl(html, doc);
  if (!pageUrl) throw new Error(`${file}: the file does not say which address it was saved from; give it with --url`);
  const record = analysePage(doc, new URL(pageUrl));
  return { file, page: record.page, event: record.event, noEvent: record.noEvent };
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help || files.length === 0) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const format = values.format ?? (files.length === 1 ? 'json' : 'jsonl');
  if (format !== 'json' && format !== 'jsonl') {
    console.error(`Unknown format "${format}": json or jsonl.\n${USAGE}`);
    return 2;
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    console.error(`--url "${values.url}" is not an address.`);
    return 2;
  }
  const window = new Window({
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const outputs: Output[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const output = extractFile(file, readFileSync(file, 'utf8'), values.url, window);
      if (format === 'jsonl') console.log(JSON.stringify(output));
      else outputs.push(output);
    } catch (err) {
      failed++;
      const code = (err as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a folder'
            : code === 'EACCES'
              ? 'not readable'
              : null;
      console.error(reason ? `${file}: ${reason}` : err instanceof Error ? err.message : String(err));
    }
  }
  if (format === 'json')
    console.log(JSON.stringify(outputs.length === 1 && files.length === 1 ? outputs[0] : outputs, null, 2));
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
