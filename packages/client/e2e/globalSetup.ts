import { buildClient } from './serveDist';

/** Builds the client once (test mode: the read-only test handle is in) for every browser test file. */
export default function setup(): void {
  buildClient('test');
}
