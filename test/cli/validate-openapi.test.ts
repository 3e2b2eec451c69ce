/**
 * `journey-studio validate` reads the OpenAPI documents of `spec.apis` (found
 * beside the journey or in a parent directory) and checks operationRefs against
 * them (CAT-003/004, TASK-HTTP-007); the JSON shape and exit codes stay those of
 * CONTRACTS.md §1.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { captureIO } from '../support/fake-io';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const example = (group: string, name: string) => join(fixtures, 'examples', group, name, `${name}.journey.yaml`);

async function json(...paths: string[]) {
  const io = captureIO();
  const code = await main(['validate', ...paths, '--format', 'json'], io);
  const reports = JSON.parse(io.out) as { file: string; diagnostics: Record<string, unknown>[] }[];
  return { code, reports, err: io.err };
}

describe('journey-studio validate with OpenAPI documents', () => {
  it('reports an operationId missing from the referenced document (CAT-003) and exits 1', async () => {
    const { code, reports } = await json(example('technical', 'http-compensation'));
    expect(code).toBe(1);
    const cat = reports[0].diagnostics.filter((d) => d.code === 'CAT-003');
    expect(cat.map((d) => d.line)).toEqual([29, 40, 72, 89]);
    expect(cat[0]).toMatchObject({ severity: 'error', path: 'spec.compensation.states.rollback.task.operationRef', column: 25 });
    expect(Object.keys(cat[0]).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'path', 'severity']);
    expect(String(cat[0].message)).toMatch(/operation 'cancelCharge' is not in .*apis\/billing\.openapi\.yaml/);
  });

  it('finds nothing to report when every operationRef matches its document', async () => {
    const { code, reports } = await json(example('technical', 'http-chained-calls'), example('business', 'customer-onboarding-kyc'));
    expect(code).toBe(0);
    expect(reports.flatMap((r) => r.diagnostics.filter((d) => /^(CAT|OPENAPI)-/.test(String(d.code))))).toEqual([]);
  });

  it('notes an openApiRef it cannot find as info, without changing the exit code', async () => {
    const { code, reports } = await json(example('technical', 'auth-outbound-client-credentials'));
    const notes = reports[0].diagnostics.filter((d) => d.code === 'OPENAPI-001');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', line: 26, path: 'spec.apis.backend.openApiRef' });
    expect(reports[0].diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('checks params and GET bodies against the document of a fixture (walk-up to test/fixtures/rules/cat/apis)', async () => {
    const cat = join(fixtures, 'rules', 'cat');
    const { code, reports } = await json(
      join(cat, 'openapi-missing-params', 'journey.yaml'),
      join(cat, 'openapi-get-with-body', 'journey.yaml'),
      join(cat, 'openapi-complete', 'journey.yaml'),
    );
    expect(code).toBe(1);
    const pick = (i: number) => reports[i].diagnostics.filter((d) => /^(CAT-00[34]|TASK-HTTP-007)$/.test(String(d.code))).map((d) => `${d.code}@${d.line}`);
    expect(pick(0)).toEqual(['CAT-004@26', 'CAT-004@37', 'CAT-004@48']);
    expect(pick(1)).toEqual(['TASK-HTTP-007@30']);
    expect(pick(2)).toEqual([]);
  });
});
