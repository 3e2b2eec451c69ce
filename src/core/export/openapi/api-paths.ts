/** OpenAPI path and components of a `kind: Api` (openapi-export.md "API endpoints", dsl.md §2.2.2, ADR-0016). */
import { at, camelName, clone, isObject, objAt, strAt, type Json, type JsonObject } from '../journey-data';
import type { Analysis } from '../../validate/validate';
import { problemDetails, schemaRef } from './envelopes';
import { journeySecurity, securityRequirement } from './security';

const json = (schema: JsonObject): JsonObject => ({ 'application/json': { schema } });

const AUTH_STATUS: Record<number, string> = { 401: 'Authentication failed', 403: 'Access denied' };

/** Paths, component schemas and security schemes for one synchronous API endpoint. */
export function apiPathsAndSchemas(
  analysis: Analysis,
  data: JsonObject,
  name: string,
): { paths: JsonObject; schemas: JsonObject; securitySchemes: JsonObject } {
  const security = journeySecurity(analysis);
  const requirement = securityRequirement(security.start);
  const route = objAt(data, 'spec', 'bindings', 'http', 'route');
  const path = strAt(route, 'path') ?? `/apis/${name}`;
  const method = (strAt(route, 'method') ?? 'POST').toLowerCase();
  const input = objAt(data, 'spec', 'input', 'schema');
  const output = objAt(data, 'spec', 'output', 'schema');
  const custom = strAt(data, 'spec', 'errors', 'envelope', 'format') === 'custom';
  const schemas: JsonObject = {
    Input: input ? clone(input) : { type: 'object' },
    Output: output ? clone(output) : { type: 'object' },
    Error: custom
      ? {
          type: 'object',
          description: "The journey's custom error envelope (spec.errors.envelope.mapper over the Problem Details).",
          additionalProperties: true,
        }
      : problemDetails(),
  };
  const operation: JsonObject = {
    summary: `Execute ${name} as a synchronous API`,
    description: strAt(data, 'metadata', 'description') ?? `Execute ${name} as a synchronous API`,
    operationId: `${camelName(name)}_execute`,
    tags: [name],
    ...(requirement ? { security: requirement } : {}),
    requestBody: { required: true, content: json(schemaRef('Input')) },
    responses: apiResponses(objAt(data, 'spec', 'bindings', 'http', 'apiResponses')),
  };
  return { paths: { [path]: { [method]: operation } }, schemas, securitySchemes: security.schemes };
}

/** The statuses `apiResponses` can produce; the rest of the failures are the `default` response. */
function apiResponses(config: JsonObject | undefined): JsonObject {
  const ok = schemaRef('Output');
  const err = schemaRef('Error');
  const out: JsonObject = {};
  const causes = new Map<string, string[]>();
  const add = (status: string, description: string, schema: JsonObject) => {
    const list = causes.get(status);
    if (list && isObject(out[status])) {
      // One response per status; the causes that lead to it are joined.
      list.push(description);
      (out[status] as JsonObject).description = joinCauses(list);
    } else {
      causes.set(status, [description]);
      out[status] = { description, content: json(schema) };
    }
  };
  const successDefault = statusOf(at(config, 'default', 'SUCCEEDED')) ?? 200;
  add(String(successDefault), 'The journey succeeded', ok);
  let dynamic = false;
  const rules = at(config, 'rules');
  for (const rule of Array.isArray(rules) ? rules : []) {
    const phase = strAt(rule, 'when', 'phase');
    const status = statusOf(at(rule, 'status'));
    if (status === undefined) {
      dynamic = true; // statusExpr: only known at run time
      continue;
    }
    if (phase === 'SUCCEEDED') add(String(status), 'The journey succeeded (apiResponses rule)', ok);
    else add(String(status), ruleDescription(rule, status), err);
  }
  // The engine refuses a body that does not match spec.input.schema before the journey runs.
  if (!Object.keys(out).some((s) => s.startsWith('4'))) add('400', "The request body does not match the API's input schema", err);
  const failedDefault = at(config, 'default', 'FAILED');
  const fixed = statusOf(failedDefault);
  if (fixed !== undefined) add(String(fixed), 'The journey failed (apiResponses default)', err);
  if (fixed === undefined || dynamic) {
    out.default = {
      description: dynamic
        ? 'The journey failed: status from an apiResponses statusExpr, the Problem status, or 500'
        : 'The journey failed: the Problem status, or 500 when it has none',
      content: json(err),
    };
  }
  return out;
}

/** `Authentication failed (Problem type a)` + `… (Problem type b)` → `Authentication failed (Problem type a; Problem type b)`. */
function joinCauses(list: string[]): string {
  const lead = (d: string) => d.replace(/ \(.*\)$/, '');
  const why = (d: string) => /\((.*)\)$/.exec(d)?.[1];
  if (new Set(list.map(lead)).size !== 1) return list.join('; ');
  const reasons = list.map(why).filter(Boolean);
  return reasons.length ? `${lead(list[0])} (${reasons.join('; ')})` : lead(list[0]);
}

function ruleDescription(rule: Json, status: number): string {
  const errorType = strAt(rule, 'when', 'errorType');
  const lead = AUTH_STATUS[status] ?? 'The journey failed';
  if (errorType) return `${lead} (Problem type ${errorType})`;
  return at(rule, 'when', 'predicate') ? `${lead} (apiResponses predicate)` : lead;
}

function statusOf(value: Json | undefined): number | undefined {
  const n = typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}
