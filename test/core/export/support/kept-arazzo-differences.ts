/** The differences from the upstream Arazzo references that we keep (justified in docs/exports.md). */
import { camelName, externalInputStates, journeyJs, journeyName, objAt, startMode } from '../../../../src/core/export/journey-data';
import type { KeptDifference } from './kept-differences';
import { schemaFacts } from './structure';

export const ARAZZO_KEPT_DIFFERENCES: readonly KeptDifference[] = [
  {
    id: 'A01-happy-path-id',
    explains: (d, { analysis }) => d.endsWith(` → ${journeyName(analysis)}-happy-path`) && d.startsWith('workflowId: '),
  },
  {
    id: 'A02-one-workflow',
    explains: (d) => d.startsWith('workflow-missing: '),
  },
  {
    id: 'A03-polling-only-when-async',
    explains: (d, { analysis }) => {
      const m = /^polling: \d+ → (\d+)$/.exec(d);
      return !!m && Number(m[1]) === (startMode(journeyJs(analysis)) === 'async' ? 1 : 0);
    },
  },
  {
    id: 'A04-source-name',
    explains: (d, { analysis }) => {
      const name = journeyName(analysis);
      return d.startsWith('sources: ') && d.endsWith(` → ${camelName(name)} ${name}.openapi.yaml`);
    },
  },
  {
    id: 'A05-steps-are-states-on-the-happy-path',
    explains: (d, { analysis }) => {
      const m = /^steps: .* → (.*)$/.exec(d);
      if (!m) return false;
      const ids = new Set(externalInputStates(analysis).map((s) => s.id));
      const prefix = `${camelName(journeyName(analysis))}_`;
      return m[1]
        .split(' ')
        .map((op) => op.slice(prefix.length))
        .every((id) => ['start', 'getResult'].includes(id) || ids.has(id));
    },
  },
  {
    id: 'X07-journey-schema-wins',
    explains: (d, { analysis }) => {
      const m = /^schema-(missing|extra): startRequest (\$.*)$/.exec(d);
      const facts = schemaFacts({}, objAt(journeyJs(analysis), 'spec', 'input', 'schema'));
      return !!m && (m[1] === 'extra') === facts.has(m[2]);
    },
  },
];
