/**
 * A worker thread of `event-lens extract`: serves the units the main thread sends (utils/batch/unit-worker.ts).
 * In the bundled command, the main thread also imports it to read a small run itself (cli/bundle-cli.ts).
 */
import { parentPort } from 'node:worker_threads';
import { serveUnits } from '../utils/batch/unit-worker';

export { answerUnit } from '../utils/batch/unit-worker';

if (parentPort) serveUnits(parentPort);
