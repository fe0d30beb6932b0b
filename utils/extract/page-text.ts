/**
 * The text of a content root as lines, the way a reader sees it: block elements break lines, archive
 * chrome, scripts and styles are skipped. Never mutates the document. Work is capped, so a hostile page
 * with millions of nodes or megabytes of text cannot hang the content script.
 */
import { ARCHIVE_CHROME_LINES, BLOCK_TAGS, isArchiveChrome, NON_CONTENT_TAGS } from './selectors';

export const MAX_NODES = 200_000;
/** An event page's own text is a few kilobytes; beyond a million characters there is nothing more to learn. */
export const MAX_CHARS = 1_000_000;

/**
 * Text lines of `root`, trimmed, whitespace folded, empty lines dropped. Archive chrome is always skipped;
 * `skipSelector` names more to skip (site menus and footers when the root is the whole body).
 */
export function readTextLines(root: Element, skipSelector: string | null = null): string[] {
  const out: string[] = [];
  let chars = 0;
  let visited = 0;
  // Explicit stack instead of recursion: 10,000 nested elements must not overflow the call stack.
  const stack: (Node | 'break')[] = [root];
  while (stack.length > 0 && visited < MAX_NODES && chars < MAX_CHARS) {
    const node = stack.pop();
    visited++;
    if (node === undefined) break;
    if (node === 'break') {
      out.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      const t = (node.nodeValue ?? '').slice(0, MAX_CHARS - chars);
      out.push(t);
      chars += t.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (NON_CONTENT_TAGS.has(el.tagName.toUpperCase()) || isArchiveChrome(el)) continue;
    if (el !== root && skipSelector !== null && el.matches(skipSelector)) continue;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) stack.push('break');
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    if (block) stack.push('break');
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '' && !(line.length < 400 && ARCHIVE_CHROME_LINES.some((re) => re.test(line))));
}
