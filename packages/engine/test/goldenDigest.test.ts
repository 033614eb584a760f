import { describe, expect, it } from 'vitest';
import { REPLAY_VERSION } from '../src/version';
import { corpusDigest, readCorpus, readDigests } from './goldenDigest';

/**
 * The golden corpus cannot drift silently: its digest is recorded per REPLAY_VERSION (golden/DIGESTS.json,
 * written by `pnpm golden`, which refuses to change the digest of a version that already has one). A
 * corpus that changed while the version did not fails here.
 */
describe('golden corpus digest', () => {
  it(`is recorded for REPLAY_VERSION ${REPLAY_VERSION} and matches the corpus on disk`, () => {
    const digests = readDigests();
    expect(
      digests[String(REPLAY_VERSION)],
      `no corpus digest for REPLAY_VERSION ${REPLAY_VERSION}: run \`pnpm golden\` after bumping it`,
    ).toBeDefined();
    expect(
      corpusDigest(readCorpus()),
      'the golden corpus changed but REPLAY_VERSION did not: bump REPLAY_VERSION (an intended change of outcomes) and run `pnpm golden`, or undo the change to packages/engine/test/golden/',
    ).toBe(digests[String(REPLAY_VERSION)]);
  });

  it('every recorded version is at most the current one, and each corpus digest is recorded once', () => {
    const digests = readDigests();
    for (const v of Object.keys(digests)) expect(Number(v)).toBeLessThanOrEqual(REPLAY_VERSION);
    const values = Object.values(digests);
    expect(new Set(values).size, 'two versions with the same corpus: a bump that changed nothing').toBe(values.length);
  });

  it('the digest sees any change: a byte, a file renamed, a file dropped', () => {
    const corpus = readCorpus();
    const d = corpusDigest(corpus);
    const [first, text] = [...corpus][0]!;
    expect(corpusDigest(new Map([...corpus, [first, `${text} `]]))).not.toBe(d);
    const renamed = new Map(corpus);
    renamed.delete(first);
    renamed.set(`x${first}`, text);
    expect(corpusDigest(renamed)).not.toBe(d);
    const dropped = new Map(corpus);
    dropped.delete(first);
    expect(corpusDigest(dropped)).not.toBe(d);
  });
});
