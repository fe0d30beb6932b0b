/**
 * Drupal template B on en.unesco.org and its language siblings (docs/extraction.md, "Templates"):
 *
 *   When :
 *   from Friday 24 January, 2020
 *   13:45                          (optional)
 *   to Friday 24 January, 2020
 *   19:00                          (optional)
 *
 * Blocks can run together in stored text ("13:00Type of event :"), so each line is read from its start.
 */
import { compareDates, parseDateSpan, type DateSpan } from './dates';
import { findTimeRange } from './times';

export type FromToBlock = { span: DateSpan; startTime: string | null; endTime: string | null; text: string };

const FROM = /^(?:from|du|de|desde|von|с|从)\s+/i;
const TO = /^(?:to|au|à|a|hasta|bis|по|至)\s+/i;
const CLOCK_LINE = /^\d{1,2}[:.h]\d{2}/;

/** Reads the block that starts at `lines[start]` ("from ..."); `null` when it is not one. */
export function readFromToBlock(lines: readonly string[], start: number): FromToBlock | null {
  const fromLine = lines[start] ?? '';
  if (!FROM.test(fromLine)) return null;
  const from = parseDateSpan(fromLine);
  if (!from) return null;
  // The whole block on one line ("from Wednesday 16 March, 2016 08:00 to Saturday 19 March, 2016 17:55").
  if (from.startTime || compareDates(from.start, from.end) !== 0) {
    return {
      span: { ...from, text: fromLine },
      startTime: from.startTime ?? null,
      endTime: from.endTime ?? null,
      text: fromLine,
    };
  }
  let i = start + 1;
  const clockAt = (k: number) =>
    CLOCK_LINE.test(lines[k] ?? '') ? (findTimeRange(lines[k] ?? '')?.start ?? null) : null;
  const startTime = clockAt(i);
  if (startTime) i++;
  const toLine = lines[i] ?? '';
  const to = TO.test(toLine) ? parseDateSpan(toLine) : null;
  const endTime = to ? clockAt(i + 1) : null;
  const used = lines.slice(start, to ? i + (endTime ? 2 : 1) : i).join(' ');
  return {
    span: { start: from.start, end: to?.start ?? from.start, text: used, index: 0, yearInferred: false },
    startTime,
    endTime,
    text: used,
  };
}
