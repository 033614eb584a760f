// The queue code (BullMQ, ioredis), loaded only by `verify --queue` and `worker`. Built, it is a bundle of its own
// (dist/node/cli/queue.mjs): the build replaces this module's body with an import of that file through the
// bundle loader (codeCache.ts: a bundle compiled with a code cache cannot `import()` by itself), so a local run
// never loads BullMQ. From the sources (tests), it is a plain dynamic import.
export const loadQueue = (): Promise<typeof import('./queue/index')> => import('./queue/index');
