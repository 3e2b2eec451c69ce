/**
 * The differences from the upstream reference exports that we keep on purpose.
 * Each id is listed with its justification in docs/exports.md; the comparison
 * test fails on any difference no entry explains, and on entries nothing uses.
 */
import type { Analysis } from '../../../../src/core/validate/validate';
import { externalInputStates, journeyJs, objAt, stateBody } from '../../../../src/core/export/journey-data';
import { schemaFacts } from './structure';

export interface DiffContext {
  analysis: Analysis;
}

export interface KeptDifference {
  id: string;
  /** True when this entry explains the difference line. */
  explains(diff: string, ctx: DiffContext): boolean;
}

const stepIdOf = (diff: string) => /\/steps\/([^\s/]+)/.exec(diff)?.[1];
const stateIds = (ctx: DiffContext) => new Set(externalInputStates(ctx.analysis).map((s) => s.id));

/** The journey's own inline schema behind a compared site, as facts at the site's root. */
function journeyFacts(diff: string, ctx: DiffContext): Set<string> | undefined {
  const data = journeyJs(ctx.analysis);
  const m = /^schema-\w+: (request|response) (\w+) (\S+)/.exec(diff);
  if (!m) return undefined;
  const [, side, , path] = m;
  const step = stepIdOf(path);
  if (step) {
    const state = externalInputStates(ctx.analysis).find((s) => s.id === step);
    const body = state ? stateBody(ctx.analysis, state) : undefined;
    return schemaFacts({}, objAt(body, side === 'request' ? 'input' : 'response', 'schema'));
  }
  if (side === 'request') return schemaFacts({}, objAt(data, 'spec', 'input', 'schema'));
  if (ctx.analysis.model.kind === 'Api') return schemaFacts({}, objAt(data, 'spec', 'output', 'schema'));
  const facts = schemaFacts({}, objAt(data, 'spec', 'output', 'schema'), '$.output');
  facts.add('$.output');
  return schemaFacts({}, objAt(data, 'spec', 'output', 'response', 'schema'), '$', facts);
}

export const KEPT_DIFFERENCES: readonly KeptDifference[] = [
  {
    id: 'X01-phase-enum',
    explains: (d) => /^schema-\w+: .* \$\.phase enum (RUNNING\|SUCCEEDED\|FAILED|Running\|Succeeded\|Failed)$/.test(d),
  },
  {
    id: 'X02-phase-property',
    explains: (d) => /^schema-extra: .* \$\.phase( type string)?$/.test(d),
  },
  {
    id: 'X03-step-id-is-state-id',
    explains: (d, ctx) => {
      const m = /^path-(missing|extra): \/journeys\/\{journeyId\}\/steps\/(\S+)$/.exec(d);
      return !!m && (m[1] === 'extra') === stateIds(ctx).has(m[2]);
    },
  },
  {
    id: 'X04-step-errors',
    explains: (d) => /^response-extra: POST \/journeys\/\{journeyId\}\/steps\/\S+ (400|409)$/.test(d),
  },
  {
    id: 'X05-start-envelope',
    explains: (d) => /^envelope: POST \/journeys\/[^/]+\/start 200 JourneyStatus → JourneyOutcome(\|JourneyStatus)?$/.test(d),
  },
  {
    id: 'X06-start-mode',
    explains: (d, ctx) =>
      /^response-(missing: POST \S+\/start 202|extra: POST \S+\/start 200)$/.test(d) &&
      objAt(journeyJs(ctx.analysis), 'spec', 'lifecycle')?.startMode !== 'async',
  },
  {
    id: 'X07-journey-schema-wins',
    explains: (d, ctx) => {
      const m = /^schema-(missing|extra): [^$]* (\$.*)$/.exec(d);
      const facts = m ? journeyFacts(d, ctx) : undefined;
      // We state exactly what the journey's own schema states; the reference says otherwise.
      return !!facts && (m![1] === 'extra') === facts.has(m![2]);
    },
  },
  {
    id: 'X08-no-extra-paths',
    explains: (d) => d === 'path-missing: /journeys/support-case-sla/start/status',
  },
  {
    id: 'X09-api-error-statuses',
    explains: (d) => /^response-(missing: POST \/apis\/\S+ 4XX|extra: POST \/apis\/\S+ default)$/.test(d),
  },
  {
    id: 'X10-api-operation-id',
    explains: (d) => /^operationId: POST \/apis\/\S+ \S+ → \w+_execute$/.test(d),
  },
  {
    id: 'X11-step-response-envelope',
    explains: (d) => /^envelope: POST \/journeys\/\{journeyId\}\/steps\/\S+ 200 body → JourneyStatus$/.test(d),
  },
  {
    id: 'X12-lint-4xx-answers',
    explains: (d) =>
      /^response-extra: (POST \/journeys\/\S+\/start 400|GET \/journeys\/\{journeyId\}(\/result)? 404|POST \/apis\/\S+ 400|POST \/\S+ 400)$/.test(d),
  },
];
