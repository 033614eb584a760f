import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { denizens, GOLDEN, tempDir } from './testSupport';

// What a start of the real binary loads of Node itself: the bin and its entry are CommonJS so that Node does not set
// up its ES module loader (with fs/promises, readline and the stream modules it pulls in) for every start.
describe('starting denizens', () => {
  it('verifies a replay without setting up the ES module loader', () => {
    const preload = join(tempDir(), 'modules.cjs');
    writeFileSync(
      preload,
      "process.on('exit', () => process.stderr.write('MODULES ' + process.moduleLoadList.join(',') + '\\n'));\n",
    );
    // NODE_OPTIONS, not a flag: flags are part of the code cache's key, this variable is not
    const r = denizens(['verify', join(GOLDEN, 'training-seed1.replay.json')], {
      env: { NODE_OPTIONS: `--require ${preload}` },
    });
    expect(r.status).toBe(0);
    const loaded = /MODULES (.*)/.exec(r.stderr)?.[1]?.split(',') ?? [];
    // it did run the bundle through node:vm (the code cache's loader), so the list is the real one
    expect(loaded).toContain('NativeModule vm');
    expect(loaded).not.toContain('NativeModule internal/modules/esm/translators');
    expect(loaded).not.toContain('NativeModule internal/fs/promises');
  });
});
