// Set-up for mutation runs only (vitest.stryker.config.ts): a property test that fails stops at its first
// counterexample instead of shrinking it. Stryker needs only to know that a test fails; shrinking a failing
// property costs seconds per killed mutant. The seeds and counterexamples are unchanged.
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });

// The property tests that ask for it (test/support.ts propertyRuns, so far the path folder's three largest)
// run a tenth of their cases: the same seeds, so the same first tenth. The score can only come out lower.
(globalThis as { propertyRunShare?: number }).propertyRunShare = 0.1;
