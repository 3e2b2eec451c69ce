/**
 * Diagnostic paths are the dotted paths of CONTRACTS §1 (`spec.states.decide.next`):
 * nested fields read as `task.kind`, never as one quoted key `"task.kind"`.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/core/model/build-model';
import { parseSource } from '../../../src/core/source';
import { analyze } from '../../../src/core/validate/validate';
import { corpus } from '../../support/corpus';

const files = corpus();

describe('model paths', () => {
  it('name task kinds, subjourney refs and parallel branches with plain dotted paths', () => {
    const loan = files.find((f) => f.name === 'loan-application')!;
    const model = buildModel(parseSource(loan.text));
    const task = model.states.find((s) => s.task?.kind)!;
    expect(task.task!.kind!.path).toBe(`${task.path}.task.kind`);
    const branch = model.scopes.find((s) => s.kind === 'branch')!;
    expect(branch.path).toMatch(/^spec\.states\.\w+\.parallel\.branches\[0\]$/);
  });

  it('never quote a key that is a plain word in any diagnostic of the 46 examples', () => {
    for (const f of files) {
      for (const d of analyze(f.text, f.path).diagnostics) expect(d.path, `${f.name} ${d.code}`).not.toMatch(/"[A-Za-z]+\.[A-Za-z.]+"/);
    }
  });
});
