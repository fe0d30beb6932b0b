/**
 * How a list of words is found in a text (the lists are `cues.ts`). Each list is matched word by word against
 * the text's lower-cased words (a phrase of several words, or a word that ends in `*` for any ending), never as
 * one regular expression: hundreds of alternatives under Unicode case-insensitive matching cost V8 tens of
 * milliseconds to compile in a fresh script context (docs/extraction.md, "Speed"). Arabic and
 * Chinese, written without spaces between words, are searched as substrings.
 */
import { LOWER_LETTER } from '../common/letters';
import { lowerCaseInPlace } from './lower-case';

export type Cue = {
  /** Whether the text holds one of the phrases. */
  test(text: string): boolean;
  /** The first phrase found: where it starts and ends in the text, or `null`. */
  find(text: string): { index: number; end: number } | null;
};

type Word = { word: string; index: number; end: number };
/** A word of lower-cased text (explicit letter classes: docs/extraction.md, "Speed"). */
const WORD = new RegExp(`[${LOWER_LETTER}\\d'’-]+`, 'g');

function wordsOf(text: string): Word[] {
  const lower = lowerCaseInPlace(text);
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const word = /['’-]/.test(m[0]) ? m[0].replace(/’/g, "'").replace(/^[-']+|[-']+$/g, '') : m[0];
    if (word) out.push({ word, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Words of the last text looked at: the same sentence is asked about by every list in turn. */
let lastText = '';
let lastWords: Word[] = [];
function cachedWords(text: string): Word[] {
  if (text !== lastText) {
    lastText = text;
    lastWords = wordsOf(text);
  }
  return lastWords;
}

/** "a|b|c" → the words, one per phrase. */
export const list = (words: string): string[] =>
  words
    .split('|')
    .map((w) => w.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** A list of phrases matched whole word by whole word. */
export function phrases(list: readonly string[]): Cue {
  const byFirst = new Map<string, string[][]>();
  const prefixes: string[][] = [];
  for (const phrase of list) {
    const parts = phrase.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
    const first = parts[0];
    if (!first) continue;
    if (first.endsWith('*')) prefixes.push(parts);
    else byFirst.set(first, [...(byFirst.get(first) ?? []), parts]);
  }
  for (const entries of byFirst.values()) entries.sort((a, b) => b.length - a.length);
  const matches = (words: Word[], i: number, parts: string[]) =>
    parts.every((p, k) => {
      const w = words[i + k]?.word;
      return w !== undefined && (p.endsWith('*') ? w.startsWith(p.slice(0, -1)) : w === p);
    });
  const find = (text: string) => {
    const words = cachedWords(text);
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!word) continue;
      const hit =
        byFirst.get(word.word)?.find((parts) => matches(words, i, parts)) ??
        prefixes.find((parts) => matches(words, i, parts));
      if (hit) return { index: word.index, end: words[i + hit.length - 1]?.end ?? word.end };
    }
    return null;
  };
  return { find, test: (text) => find(text) !== null };
}

/** A list of substrings, for scripts written without spaces between words. */
export function substrings(list: readonly string[]): Cue {
  const find = (text: string) => {
    let best: { index: number; end: number } | null = null;
    for (const s of list) {
      const at = text.indexOf(s);
      if (at >= 0 && (!best || at < best.index)) best = { index: at, end: at + s.length };
    }
    return best;
  };
  return { find, test: (text) => list.some((s) => text.includes(s)) };
}

/**
 * A word of `words` with a noun of `nouns` within three words after it ("an online double conference"), or a noun
 * with the word within two words after it ("réunion virtuelle"); `prepare` joins phrases into one word first.
 */
export function nounNearWord(
  words: ReadonlySet<string>,
  nouns: ReadonlySet<string>,
  prepare: (text: string) => string,
): Cue {
  const find = (text: string) => {
    const found = cachedWords(prepare(text));
    for (let i = 0; i < found.length; i++) {
      const w = found[i];
      if (!w) continue;
      if (words.has(w.word) && found.slice(i + 1, i + 4).some((n) => nouns.has(n.word))) return w;
      if (nouns.has(w.word) && found.slice(i + 1, i + 3).some((n) => words.has(n.word))) return w;
    }
    return null;
  };
  return { find, test: (text) => find(text) !== null };
}
