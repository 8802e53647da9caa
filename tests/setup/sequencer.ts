/**
 * The order files start in: vitest's own (longest first, from the last run's durations, or the largest
 * file on a first run), except that the files which wait on a chain of processes one after another start
 * first. build-safety.test.ts runs three builds in turn and dev-reload.test.ts a dev server: each keeps
 * one worker waiting on one core for most of the run, so started last they would end the run alone.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const FIRST = ['tests/site/build-safety.test.ts', 'tests/site/dev-reload.test.ts'];

export default class SerialChainsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = FIRST.findIndex((file) => spec.moduleId.endsWith(file));
      return index === -1 ? FIRST.length : index;
    };
    // Array sort is stable: the other files keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
