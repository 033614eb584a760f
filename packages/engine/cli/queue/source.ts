// `verify --queue <redis URL>`: a verdict source (verify/source.ts) whose verdicts come from `denizens worker`
// processes anywhere, so the run prints, reports, resumes and counts them exactly as it does local ones. Each file
// is read here with the local run's reader (a file that cannot be read gets the local verdict without a worker);
// its contents, never its path, go to the queue.
import { INPUT_LIMITS, readInputFile } from '@denizens/maps/node/readInputFile';
import { loadMap } from '../loadMap';
import type { VerdictSource } from '../verify/source';
import { openQueue } from './producer';

export interface QueueSourceOptions {
  url: string;
  /** The --map specs (files or built-in ids): loaded here, sent as data. */
  maps: readonly string[];
  explain: boolean;
  /** How many files may be on the queue at once (the run's window): Redis and memory stay bounded. */
  concurrency?: number;
  log: (line: string) => void;
}

/** Opens the queue source, or says why it cannot (Redis unreachable, a bad --map). */
export async function openQueueSource(
  o: QueueSourceOptions,
): Promise<{ ok: true; source: VerdictSource } | { ok: false; message: string }> {
  const maps: unknown[] = [];
  for (const spec of o.maps) {
    const m = loadMap(spec);
    if (!m.ok) return { ok: false, message: m.message };
    maps.push(m.map);
  }
  let client: Awaited<ReturnType<typeof openQueue>>;
  try {
    client = await openQueue({ url: o.url, maps, explain: o.explain, log: o.log });
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  // Ctrl-C: take this run's waiting jobs back off the queue (the --report keeps what was already known).
  const interrupted = () => {
    o.log(`verify: interrupted; taking ${client.pending()} waiting replays back off the queue`);
    const bye = setTimeout(() => process.exit(130), 3000);
    client.withdraw().finally(() => {
      clearTimeout(bye);
      process.exit(130);
    });
  };
  process.once('SIGINT', interrupted);
  return {
    ok: true,
    source: {
      concurrency: o.concurrency ?? 256,
      verify: async (file) => {
        const read = readInputFile(file, { maxBytes: INPUT_LIMITS.replay, what: 'replay (.replay.json)' });
        if (!read.ok) return { file, status: 'invalid', path: '$', message: read.error.message };
        const v = await client.submit(file, read.text);
        return v.by ? { ...v.verdict, by: v.by } : v.verdict;
      },
      close: async () => {
        process.off('SIGINT', interrupted);
        await client.close();
      },
    },
  };
}
