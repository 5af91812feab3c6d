/**
 * Every property test replays the fixed seed of `fuzzSettings` unless it sets its own, so a test
 * run fails only when the code changed (`npm run fuzz` explores random seeds).
 */
import fc from 'fast-check';
import { fuzzSettings } from './fuzz-settings.ts';

const { seed, endOnFailure } = fuzzSettings(100);
fc.configureGlobal(seed === undefined ? { endOnFailure } : { seed, endOnFailure });
