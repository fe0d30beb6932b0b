/** A worker thread of `event-lens extract`: serves the units the main thread sends (utils/batch/unit-worker.ts). */
import { parentPort } from 'node:worker_threads';
import { serveUnits } from '../utils/batch/unit-worker';

if (parentPort) serveUnits(parentPort);
