// The folders mutation testing covers (pnpm mutate --only <name>), and which source files each mutates.
const src = (dir) => [`packages/engine/src/${dir}/**/*.ts`, `!packages/engine/src/${dir}/**/*.test.ts`];

export const MUTATE_FOLDERS = {
  combat: { files: src('combat') },
  vision: { files: src('vision') },
  environment: { files: src('environment') },
  commands: { files: src('commands') },
  hash: { files: src('hash') },
  replay: { files: src('replay') },
  path: { files: src('path') },
  validator: {
    files: [
      'packages/maps/src/validate.ts',
      'packages/maps/src/structural.ts',
      'packages/maps/src/semantics.ts',
      'packages/maps/src/reachability.ts',
    ],
  },
};
