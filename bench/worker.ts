// Benchmark variants in a Node process of their own:
//   node --import tsx bench/worker.ts <group> <variant>[,<variant>…] <options JSON>
// Started by scripts/bench.ts with one variant per process (with several only for --quick); sends back
// {variant: VariantResult} over the IPC channel, or prints it when run by hand. Only the asked group's module is
// loaded, so a variant's process holds nothing of the others.
import type { VariantFn, VariantOptions, VariantResult } from './lib/result';

const GROUPS: Record<string, () => Promise<Record<string, VariantFn>>> = {
  fov: async () => (await import('./groups/fov')).fovVariants,
  path: async () => ({
    ...(await import('./groups/path')).pathVariants,
    ...(await import('./groups/pathBattle')).pathBattleVariants,
  }),
  rng: async () => (await import('./groups/rng')).rngVariants,
  replay: async () => (await import('./groups/replay')).replayVariants,
  ai: async () => (await import('./groups/ai')).aiVariants,
  scale: async () => (await import('./groups/scale')).scaleVariants,
  client: async () => (await import('./groups/client')).clientVariants,
};

async function main(): Promise<void> {
  const [group = '', variants = '', json = '{}'] = process.argv.slice(2);
  const opts: VariantOptions = { quick: false, warmup: 1, runs: 5, ...(JSON.parse(json) as Partial<VariantOptions>) };
  const results: Record<string, VariantResult> = {};
  for (const variant of variants.split(',')) {
    try {
      const fn = GROUPS[group] ? (await GROUPS[group]())[variant] : undefined;
      results[variant] = fn
        ? await fn(opts)
        : {
            figures: {},
            checks: [{ name: 'known variant', ok: false, detail: `no variant ${group}/${variant}` }],
            notes: [],
          };
    } catch (e) {
      results[variant] = {
        figures: {},
        checks: [{ name: 'ran to the end', ok: false, detail: (e as Error).stack ?? String(e) }],
        notes: [],
      };
    }
  }
  if (process.send) await new Promise<void>((done) => process.send!(results, () => done()));
  else console.log(JSON.stringify(results, null, 2));
}

await main();
