// A worker thread that fails on the first unit it is given: what a bug, or a page that blows its heap, looks like
// to the pool (tests/cli/worker-pool.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  throw new Error('this worker always fails');
});
