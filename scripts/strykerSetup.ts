// Set-up for mutation runs only (vitest.stryker.config.ts): a property test that fails stops at its first
// counterexample instead of shrinking it. Stryker needs only to know that a test fails; shrinking a failing
// property costs seconds per killed mutant. The runs, seeds and counterexamples are unchanged.
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
