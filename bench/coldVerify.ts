// The first verification in a fresh process: `node --import tsx bench/coldVerify.ts <default|stress> <replays.json>`.
// Started by the replay group after it has recorded the replays in its own process, so that here the engine's
// code has run for nothing before the timed verification (only the map is made first, by the maps package).
// Prints {"ms": …, "ok": …}.
import { readFileSync } from 'node:fs';
import { corpusMap } from './groups/replay';
import { verifyReplay } from './lib/engine';

const [name = '', file = ''] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(file, 'utf8')) as string[];
const map = corpusMap(name);
const t0 = process.hrtime.bigint();
let ok = 0;
for (const t of texts) if (verifyReplay(JSON.parse(t), () => map).status === 'ok') ok++;
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ ms, ok }));
