/** `--to arazzo`: the Arazzo 1.0 happy-path workflow of arazzo-export.md over the per-journey OpenAPI. */
import type { Analysis } from '../validate/validate';
import { unparseable, type Exporter } from './exporter';
import { happyPathSteps } from './happy-path';
import {
  camelName,
  clone,
  journeyJs,
  journeyName,
  objAt,
  pascalName,
  startMode,
  strAt,
  stateBody,
  type JsonObject,
} from './journey-data';
import { toYamlText } from './yaml-text';
import { metaSchemaErrors } from '../validate/rules/structure/sch-inline-schemas';

const safeId = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

/** The Arazzo document as data (tests validate it against the official schema). */
export function arazzoDocument(analysis: Analysis): JsonObject {
  const data = journeyJs(analysis);
  const name = journeyName(analysis);
  const source = camelName(name);
  const op = (id: string) => `${source}_${id}`;
  const journeyIdParam = [{ name: 'journeyId', in: 'path', value: '$steps.startJourney.outputs.journeyId' }];
  const startSchema = objAt(data, 'spec', 'input', 'schema');
  const inputs: JsonObject = {
    startRequest: {
      description: `Initial payload for the ${name} journey.`,
      ...(startSchema ? clone(startSchema) : { type: 'object', additionalProperties: true }),
    },
  };
  const steps: JsonObject[] = [
    {
      stepId: 'startJourney',
      description: `Start a new ${name} journey instance.`,
      operationId: op('start'),
      requestBody: { contentType: 'application/json', payload: '$inputs.startRequest' },
      successCriteria: [{ condition: `$statusCode == ${startMode(data) === 'async' ? 202 : 200}` }],
      outputs: { journeyId: '$response.body.journeyId' },
    },
  ];
  if (startMode(data) === 'async') {
    steps.push({
      stepId: 'getStatus',
      description: 'Poll the journey status while it runs asynchronously.',
      operationId: op('getStatus'),
      parameters: clone(journeyIdParam),
      successCriteria: [{ condition: '$statusCode == 200' }],
      outputs: { phase: '$response.body.phase', currentState: '$response.body.currentState' },
    });
  }
  for (const state of happyPathSteps(analysis.model)) {
    const body = stateBody(analysis, state) ?? {};
    const inputName = `${safeId(state.id)}Input`;
    const schema = objAt(body, 'input', 'schema');
    const who = state.type === 'webhook' ? 'callback payload (sent by the calling-back party)' : 'input';
    inputs[inputName] = { description: `Step ${state.id} ${who}.`, ...(schema ? clone(schema) : { type: 'object' }) };
    steps.push({
      stepId: `submit${pascalName(safeId(state.id))}`,
      description: `Submit the ${who} of step ${state.id}.`,
      operationId: op(state.id),
      parameters: clone(journeyIdParam),
      requestBody: { contentType: 'application/json', payload: `$inputs.${inputName}` },
      successCriteria: [{ condition: '$statusCode == 200' }],
      outputs: { phase: '$response.body.phase', currentState: '$response.body.currentState' },
    });
  }
  steps.push({
    stepId: 'getResult',
    description: 'Retrieve the final outcome once the journey is terminal.',
    operationId: op('getResult'),
    parameters: clone(journeyIdParam),
    successCriteria: [{ condition: '$statusCode == 200' }],
    outputs: { phase: '$response.body.phase', output: '$response.body.output' },
  });
  const summary = `Happy-path client workflow for the ${name} journey.`;
  const about = strAt(journeyJs(analysis), 'metadata', 'description');
  const description = `${about ? `${about.trim()} ` : ''}Starts a ${name} journey, submits each step a client takes on the way to success, and reads the final outcome.`;
  return {
    arazzo: '1.0.1',
    info: { title: `JourneyForge – ${name} workflows`, version: analysis.model.version?.value ?? '0.0.0', summary, description },
    sourceDescriptions: [{ name: source, type: 'openapi', url: `${name}.openapi.yaml` }],
    workflows: [
      {
        workflowId: `${safeId(name)}-happy-path`,
        summary,
        description,
        inputs: { type: 'object', properties: inputs },
        steps,
        outputs: { phase: '$steps.getResult.outputs.phase', output: '$steps.getResult.outputs.output' },
      },
    ],
  };
}

export const arazzoExporter: Exporter = {
  id: 'arazzo',
  title: 'Arazzo 1.0 (client workflow)',
  extension: '.arazzo.yaml',
  mediaType: 'application/yaml',
  run(analysis) {
    const problem = unparseable(analysis);
    if (problem) return { ok: false, message: problem };
    // arazzo-export.md: kind: Api endpoints are described by OpenAPI only.
    if (analysis.model.kind !== 'Journey') return { ok: false, message: 'Arazzo workflows are defined for kind: Journey only' };
    const doc = arazzoDocument(analysis);
    const replaced = replaceInvalidInputs(doc);
    return { ok: true, text: toYamlText(doc), warnings: replaced.map((r) => `invalid schema left out (open schema written instead): ${r}`) };
  },
};

/** Workflow inputs whose schema (copied from the journey) is not valid JSON Schema become open schemas that say why. */
function replaceInvalidInputs(doc: JsonObject): string[] {
  const replaced: string[] = [];
  for (const wf of Array.isArray(doc.workflows) ? doc.workflows : []) {
    const props = objAt(wf as JsonObject, 'inputs', 'properties');
    for (const [name, schema] of Object.entries(props ?? {})) {
      const errors = metaSchemaErrors(schema);
      if (!errors || !props) continue;
      const why = errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()).slice(0, 2).join('; ');
      props[name] = { description: `Not exported: the journey's schema here is not a valid JSON Schema (${why}); fix it in the journey (SCH-001).` };
      replaced.push(`workflow input ${name}: ${why}`);
    }
  }
  return replaced;
}
