// @vitest-environment node
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runUnits } from '../../utils/batch/run-units';

describe('the worker pool', () => {
  it('reports the unit a worker died on as failed, replaces the worker, and reads every unit', async () => {
    const units = [0, 1, 2, 3, 4].map((i) => ({ path: `input-${i}.warc.gz`, start: 0, end: 10, size: 10, mtimeMs: 0 }));
    const worker = { url: pathToFileURL(resolve('tests/helpers/crashing-worker.mjs')) };
    const results = [];
    for await (const done of runUnits(units, { jobs: 2, worker, unitOptions: {}, hash: false })) results.push(done);
    expect(results.map((r) => r.unit.path).sort()).toEqual(units.map((u) => u.path));
    for (const r of results) {
      expect(r.rows).toEqual([
        { kind: 'failed', input: r.unit.path, reason: 'the worker stopped: this worker always fails' },
      ]);
    }
  });
});
