/**
 * A page's lines cut into sentences, the unit the extractor weighs evidence in: a date and the verb that
 * announces it belong together only inside one sentence. Abbreviations ("a.m.", "Mr.", "e.g.") do not end one;
 * Chinese and Arabic full stops do.
 */

export type Sentence = {
  text: string;
  /** Index of the line in the page's lines. */
  line: number;
  /** Where the sentence starts in its line. */
  offset: number;
};

/** Words ending in a dot that do not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:a\.m|p\.m|mr|ms|mrs|mme|mlle|m|dr|prof|st|no|nos|nr|vol|e\.g|i\.e|etc|h\.e|u\.s|u\.k|sr|sra|jr|art|fig|ca|approx|dept|p|pp|ed|eds|vs|cf|av|ave|bldg|tel|rm|h|hrs|min|sec|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])\.$/i;
/** A sentence ends at . ! ? followed by space and a capital, digit, quote or bracket; or at 。 ！ ？ ؟. */
const BOUNDARY = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“«‘'([])|(?<=[。！？؟])/gu;

/** The sentences of one line, in order. */
export function splitSentences(line: string, lineIndex: number): Sentence[] {
  if (line.length < 40) return [{ text: line, line: lineIndex, offset: 0 }];
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    if (m.index === BOUNDARY.lastIndex) BOUNDARY.lastIndex++;
    const piece = line.slice(start, m.index);
    if (ABBREVIATION.test(piece)) continue;
    if (piece.trim() !== '') out.push({ text: piece.trim(), line: lineIndex, offset: start });
    start = m.index + m[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest !== '') out.push({ text: rest, line: lineIndex, offset: start });
  return out;
}

/** Every sentence of `lines` up to `limit` lines, in order. */
export function sentencesOf(lines: readonly string[], limit = 400): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < Math.min(lines.length, limit); i++) out.push(...splitSentences(lines[i] ?? '', i));
  return out;
}
