// The queue's entry point for the command line, loaded only by `verify --queue` and `worker` (a bundle of its own,
// dist/node/cli/queue.mjs, with BullMQ and ioredis inside): a local run never loads them.
export { openQueueSource } from './source';
export { runWorkerCommand } from './workerCommand';
