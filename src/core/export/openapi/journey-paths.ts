/** OpenAPI paths and components of a `kind: Journey` (openapi-export.md "Journeys", dsl.md §2.2.1, §12.4). */
import type { Analysis } from '../../validate/validate';
import {
  camelName,
  clone,
  externalInputStates,
  objAt,
  pascalName,
  startMode,
  stateBody,
  syncStartEnds,
  type JsonObject,
} from '../journey-data';
import { journeyOutcomeBase, journeyStartResponse, journeyStatus, link, schemaRef } from './envelopes';
import { journeySecurity, securityRequirement } from './security';

const json = (schema: JsonObject): JsonObject => ({ 'application/json': { schema } });

const journeyIdParam: JsonObject = { in: 'path', name: 'journeyId', required: true, schema: { type: 'string' } };

/** Paths, component schemas and security schemes for one journey. */
export function journeyPathsAndSchemas(
  analysis: Analysis,
  data: JsonObject,
  name: string,
): { paths: JsonObject; schemas: JsonObject; securitySchemes: JsonObject } {
  const op = camelName(name);
  const security = journeySecurity(analysis);
  const secured = (names: string[] | undefined): JsonObject => {
    const requirement = securityRequirement(names ?? []);
    return requirement ? { security: requirement } : {};
  };
  const tags = [name];
  const schemas: JsonObject = {};
  const input = objAt(data, 'spec', 'input', 'schema');
  schemas.JourneyStartRequest = input
    ? clone(input)
    : { type: 'object', additionalProperties: true, description: 'Initial context for the journey (the whole start body).' };
  schemas.JourneyStartResponse = journeyStartResponse();
  schemas.JourneyStatus = journeyStatus(name);
  schemas.JourneyOutcome = journeyOutcome(data, name);
  schemas.Link = link();

  const paths: JsonObject = {};
  paths[`/journeys/${name}/start`] = {
    post: {
      summary: `Start ${name} journey`,
      description: startDescription(analysis, data, name),
      operationId: `${op}_start`,
      tags,
      ...secured(security.start),
      requestBody: { required: true, content: json(schemaRef('JourneyStartRequest')) },
      responses: { ...startResponses(analysis, data, name), '400': { description: "The start body does not match the journey's input schema" } },
    },
  };
  paths['/journeys/{journeyId}'] = {
    get: {
      summary: 'Get journey status',
      description: `The current phase, state and links of one ${name} journey instance.`,
      operationId: `${op}_getStatus`,
      tags,
      parameters: [clone(journeyIdParam)],
      responses: {
        '200': { description: 'Status', content: json(schemaRef('JourneyStatus')) },
        '404': { description: `No ${name} journey with this id` },
      },
    },
  };
  for (const state of externalInputStates(analysis)) {
    const body = stateBody(analysis, state) ?? {};
    const inputSchema = objAt(body, 'input', 'schema');
    const responseSchema = objAt(body, 'response', 'schema');
    let okSchema = schemaRef('JourneyStatus');
    if (responseSchema) {
      const component = `${pascalName(state.id)}StepResponse`;
      schemas[component] = { allOf: [schemaRef('JourneyStatus'), clone(responseSchema)] };
      okSchema = schemaRef(component);
    }
    const who = state.type === 'webhook' ? 'callback' : 'manual';
    paths[`/journeys/{journeyId}/steps/${state.id}`] = {
      post: {
        summary: `Submit ${who} input for step ${state.id}`,
        description: `Step ${state.id} (${state.type} state${state.scope.kind === 'top' ? '' : `, qualified id ${state.qid}`}).`,
        operationId: `${op}_${state.id}`,
        tags,
        parameters: [clone(journeyIdParam)],
        ...secured(security.steps.get(state.id)),
        requestBody: {
          required: true,
          content: json(inputSchema ? clone(inputSchema) : { type: 'object' }),
        },
        responses: {
          '200': { description: 'Updated status after processing the step input', content: json(okSchema) },
          '400': { description: 'The step input does not match the step input schema' },
          '409': { description: `The journey is not waiting at step ${state.id}` },
        },
      },
    };
  }
  paths['/journeys/{journeyId}/result'] = {
    get: {
      summary: 'Retrieve final outcome',
      description: `The outcome of a ${name} journey that has ended (succeeded or failed).`,
      operationId: `${op}_getResult`,
      tags,
      parameters: [clone(journeyIdParam)],
      responses: {
        '200': { description: 'Final outcome (also when phase is FAILED)', content: json(schemaRef('JourneyOutcome')) },
        '404': { description: `No ${name} journey with this id` },
        '409': { description: 'Journey not terminal yet' },
      },
    },
  };
  return { paths, schemas, securitySchemes: security.schemes };
}

/** `allOf(envelope, {output: spec.output.schema}, spec.output.response.schema)` (dsl.md §11). */
function journeyOutcome(data: JsonObject, name: string): JsonObject {
  const output = objAt(data, 'spec', 'output', 'schema');
  const projected = objAt(data, 'spec', 'output', 'response', 'schema');
  if (!output && !projected) return journeyOutcomeBase(name);
  const parts: JsonObject[] = [journeyOutcomeBase(name)];
  if (output) parts.push({ type: 'object', properties: { output: clone(output) } });
  if (projected) parts.push(clone(projected));
  return { allOf: parts };
}

function startResponses(analysis: Analysis, data: JsonObject, name: string): JsonObject {
  if (startMode(data) === 'async') {
    return {
      '202': {
        description: `Accepted; the new ${name} journey runs asynchronously`,
        content: json(schemaRef('JourneyStartResponse')),
      },
    };
  }
  const ends = syncStartEnds(analysis);
  const status = schemaRef('JourneyStatus');
  const outcome = schemaRef('JourneyOutcome');
  if (ends.externalInput && ends.terminal) {
    return {
      '200': {
        description: 'Outcome when the run ends, or status at the first external-input step',
        content: json({ oneOf: [outcome, status] }),
      },
    };
  }
  if (ends.externalInput) {
    return { '200': { description: 'Journey status at the first external-input step', content: json(status) } };
  }
  return { '200': { description: `Synchronous outcome for ${name}`, content: json(outcome) } };
}

function startDescription(analysis: Analysis, data: JsonObject, name: string): string {
  if (startMode(data) === 'async') return `Start ${name} journey (asynchronous; observe progress via status/result).`;
  return syncStartEnds(analysis).externalInput
    ? `Start ${name} journey (synchronous up to the first external-input step).`
    : `Start ${name} journey (synchronous).`;
}
