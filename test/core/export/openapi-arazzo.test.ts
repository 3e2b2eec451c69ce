/** What a client reads in the OpenAPI and Arazzo exports, on real files, and through the CLI. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportCommand } from '../../../src/cli/commands/export';
import { exporterFor } from '../../../src/core/export/registry';
import { analyze } from '../../../src/core/validate/validate';
import { EXAMPLES_DIR } from '../../support/corpus';
import { captureIO } from '../../support/fake-io';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading free-form YAML in assertions

const FIXTURES = join(import.meta.dirname, 'fixtures');
const run = (format: string, path: string): Obj => {
  const result = exporterFor(format)!.run(analyze(readFileSync(path, 'utf8'), path));
  if (!result.ok) throw new Error(result.message);
  return parse(result.text) as Obj;
};
const example = (rel: string) => join(EXAMPLES_DIR, rel);

describe('OpenAPI export', () => {
  it('documents the statuses apiResponses produces, auth failures as 401/403, and the custom error envelope', () => {
    const doc = run('openapi', join(FIXTURES, 'api-auth-responses.journey.yaml'));
    expect(doc.info).toMatchObject({ title: 'JourneyForge – user-profile-api (Api)', version: '1.2.0' });
    const op = doc.paths['/apis/profile'].post;
    expect(Object.keys(op.responses)).toEqual(['201', '401', '403', 'default']);
    expect(op.responses['401'].description).toMatch(/^Authentication failed .*jwt\/expired.*jwt\/token-missing/);
    expect(op.responses['403'].description).toBe('Access denied (Problem type urn:subject-unauthorized)');
    expect(op.responses.default.description).toMatch(/statusExpr/);
    expect(doc.components.schemas.Error.description).toMatch(/custom error envelope/);
    expect(doc.components.schemas.Output.required).toEqual(['userId']);
  });

  it('uses Problem Details for kind: Api errors by default', () => {
    const doc = run('openapi', example('technical/http-chained-calls-api/http-chained-calls-api.journey.yaml'));
    expect(doc.components.schemas.Error.properties).toHaveProperty('type');
    expect(doc.components.schemas.Error.properties).toHaveProperty('status');
  });

  it('documents an async start, a webhook step inside a subjourney and the outcome projection', () => {
    const doc = run('openapi', join(FIXTURES, 'async-steps.journey.yaml'));
    expect(Object.keys(doc.paths['/journeys/async-steps/start'].post.responses)).toEqual(['202', '400']);
    const step = doc.paths['/journeys/{journeyId}/steps/waitForUpload'].post;
    expect(step.operationId).toBe('asyncSteps_waitForUpload');
    expect(step.requestBody.content['application/json'].schema.required).toEqual(['fileId']);
    expect(doc.components.schemas.WaitForUploadStepResponse.allOf[0]).toEqual({ $ref: '#/components/schemas/JourneyStatus' });
    const outcome = doc.components.schemas.JourneyOutcome.allOf;
    expect(outcome).toHaveLength(3);
    expect(outcome[1].properties.output.properties).toHaveProperty('status');
    expect(outcome[2].properties).toHaveProperty('reportId');
  });

  it('answers a sync start with JourneyStatus when the journey always waits first', () => {
    const doc = run('openapi', example('technical/wait-approval/wait-approval.journey.yaml'));
    const start = doc.paths['/journeys/wait-approval/start'].post.responses['200'].content['application/json'].schema;
    expect(start).toEqual({ $ref: '#/components/schemas/JourneyStatus' });
    expect(doc.components.schemas.JourneyStatus.properties.phase.enum).toEqual(['RUNNING', 'SUCCEEDED', 'FAILED']);
  });

  it('documents inbound auth as security on the request that runs the auth task', () => {
    const kyc = run('openapi', example('business/customer-onboarding-kyc/customer-onboarding-kyc.journey.yaml'));
    const step = kyc.paths['/journeys/{journeyId}/steps/waitForKycResult'].post;
    expect(step.security).toEqual([{ 'apiKey_customer-onboarding-kyc-kyc': [] }]);
    expect(kyc.components.securitySchemes['apiKey_customer-onboarding-kyc-kyc']).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'X-Kyc-Result-Secret',
    });
    expect(kyc.paths['/journeys/customer-onboarding-kyc/start'].post.security).toEqual([]); // no inbound auth on the start: said explicitly
    const jwt = run('openapi', example('technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml'));
    expect(jwt.paths['/journeys/auth-jwt-scopes/start'].post.security).toEqual([{ jwt_default: [] }]);
    expect(jwt.components.securitySchemes.jwt_default).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    const api = run('openapi', join(FIXTURES, 'api-auth-responses.journey.yaml'));
    expect(api.paths['/apis/profile'].post.security).toEqual([{ jwt_default: [] }]);
  });

  it('is self-contained: every $ref points into the document', () => {
    const text = JSON.stringify(run('openapi', example('business/b2b-purchase-order/b2b-purchase-order.journey.yaml')));
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) expect(ref).toMatch(/^#\/components\/schemas\/\w+$/);
  });
});

describe('Arazzo export', () => {
  it('walks the happy path: start, each step on it, result', () => {
    const doc = run('arazzo', example('technical/wait-approval/wait-approval.journey.yaml'));
    const wf = doc.workflows[0];
    expect(wf.workflowId).toBe('wait-approval-happy-path');
    expect(wf.steps.map((s: Obj) => s.operationId)).toEqual(['waitApproval_start', 'waitApproval_waitForApproval', 'waitApproval_getResult']);
    expect(wf.inputs.properties.waitForApprovalInput.required).toEqual(['decision']);
    expect(wf.steps[1].requestBody.payload).toBe('$inputs.waitForApprovalInput');
    expect(doc.sourceDescriptions).toEqual([{ name: 'waitApproval', type: 'openapi', url: 'wait-approval.openapi.yaml' }]);
  });

  it('polls status after an async start and reaches steps inside subjourneys', () => {
    const ops = run('arazzo', join(FIXTURES, 'async-steps.journey.yaml')).workflows[0].steps.map((s: Obj) => s.operationId);
    expect(ops).toEqual(['asyncSteps_start', 'asyncSteps_getStatus', 'asyncSteps_waitForUpload', 'asyncSteps_getResult']);
  });
});

describe('journey-studio export', () => {
  it.each(['openapi', 'arazzo', 'mermaid', 'markdown'])('writes --to %s', async (format) => {
    const io = captureIO();
    const code = await exportCommand([example('technical/http-chained-calls/http-chained-calls.journey.yaml'), '--to', format], io);
    expect(code).toBe(0);
    expect(io.out.length).toBeGreaterThan(200);
    expect(io.err).toBe('');
  });

  it('exports a journey with an invalid inline schema as a valid document, and says what it left out and why', async () => {
    const io = captureIO();
    const file = join(import.meta.dirname, '..', '..', 'fixtures', 'exports', 'invalid-schema.journey.yaml');
    const code = await exportCommand([file, '--to', 'openapi'], io);
    expect(code).toBe(0);
    expect(io.err).toMatch(/has 1 error; the openapi export describes the journey as written/);
    expect(io.err).toMatch(/invalid-schema\.journey\.yaml:\d+:\d+ SCH-001/);
    expect(io.err).toMatch(/invalid schema left out \(open schema written instead\): components\.schemas\.JourneyStartRequest/);
    expect(io.out).not.toMatch(/enum:\s*\n\s*- approve/);
  });

  it('refuses an Arazzo export of a kind: Api with exit code 1', async () => {
    const io = captureIO();
    const code = await exportCommand([example('technical/http-chained-calls-api/http-chained-calls-api.journey.yaml'), '--to', 'arazzo'], io);
    expect(code).toBe(1);
    expect(io.err).toMatch(/kind: Journey only/);
  });

  it('lists the new formats in --help', async () => {
    const io = captureIO();
    await exportCommand(['--help'], io);
    expect(io.out).toMatch(/openapi\|arazzo\|mermaid\|markdown/);
  });
});
