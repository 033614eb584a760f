// The engine and maps packages as the benchmarks see them. The repo root has no dependency on the workspace
// packages, so they are imported by path.
export * from '../../packages/engine/src/index';
export type { MapData, MapInput } from '../../packages/maps/src/index';
export * as maps from '../../packages/maps/src/index';
