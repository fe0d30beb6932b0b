// Starts a worker thread from TypeScript sources (a checkout, `npm run extract`): registers tsx's loader in this
// thread, then imports the entry named in workerData. The installed command runs bundled JavaScript instead.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
