// @vitest-environment node
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../utils/batch/progress';

function target(isTTY: boolean) {
  let text = '';
  let clock = 0;
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { target: { stderr, isTTY, now: () => clock }, text: () => text, advance: (ms: number) => (clock += ms) };
}

const MB = 1024 * 1024;

describe('progress of a batch run', () => {
  it('in a batch job’s log: a plain line every half minute, no carriage returns', () => {
    const t = target(false);
    const progress = new Progress(t.target, { totalBytes: 100 * MB, workers: 2 });
    for (let i = 0; i < 10; i++) {
      t.advance(10_000);
      progress.unit(i % 2, { bytes: 5 * MB, records: 100, pages: 3 });
      progress.finished(i % 2, { bytes: 10 * MB, records: 200, pages: 6 }, i);
    }
    progress.end();
    const lines = t.text().split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(t.text()).not.toContain('\r');
    expect(lines[0]).toMatch(
      /^extract: \d+% \(\d+ MB of 100 MB\), [\d,]+ records, \d+ pages, \d+ events, [\d.]+ MB\/s, 2 workers, 30 s$/,
    );
  });

  it('on a terminal: one combined line for every worker, redrawn in place, cleared before the summary', () => {
    const t = target(true);
    const progress = new Progress(t.target, { totalBytes: 40 * MB, workers: 2 });
    t.advance(300);
    progress.unit(0, { bytes: 4 * MB, records: 50, pages: 1 });
    t.advance(300);
    progress.unit(1, { bytes: 6 * MB, records: 70, pages: 2 });
    progress.end();
    const draws = t.text().split('\r').filter(Boolean);
    expect(draws).toHaveLength(3);
    expect(draws[1]).toMatch(/^extract: 25% \(10 MB of 40 MB\), 120 records, 3 pages, 0 events, .*2 workers/);
    expect(t.text().endsWith('\r\u001b[K')).toBe(true);
    expect(t.text()).not.toContain('\n');
  });
});
