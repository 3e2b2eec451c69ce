import { describe, expect, it } from 'vitest';
import { graphOf } from '../../../src/core/graph/journey-graph';
import { isOpenParallel } from '../../../src/core/graph/state-kinds';
import { analyze } from '../../../src/core/validate/validate';
import { corpus } from '../../support/corpus';

const files = corpus();
const model = (name: string) =>
  analyze(files.find((f) => f.name === name)!.text, `${name}.journey.yaml`, { rules: [] }).model;
const ids = (list: Iterable<{ qid: string }>) => [...list].map((s) => s.qid).sort();

describe('JourneyGraph', () => {
  it('lists successors and predecessors within a scope', () => {
    const g = graphOf(model('http-failure-branch'));
    expect(ids(g.successors('decide'))).toEqual(['done', 'failed']);
    expect(ids(g.predecessors('decide'))).toEqual(['call_api']);
    expect(g.successors('done')).toEqual([]);
    expect(g.successors('nope')).toEqual([]);
  });

  it('follows the D01 wait.default form and onTimeout as edges', () => {
    const g = graphOf(model('approval-loop'));
    expect(ids(g.successors('waitForApproval'))).toEqual(['ingestWaitForApproval', 'timedOut']);
    expect(g.cycles(g.model.top).map(ids)).toEqual([
      expect.arrayContaining(['waitForApproval', 'ingestWaitForApproval']),
    ]);
  });

  it('keeps branches closed, and descends into them only when asked', () => {
    const m = model('payment-reminder-with-timeout');
    const g = graphOf(m);
    const par = m.states.find((s) => s.type === 'parallel')!;
    expect(isOpenParallel(par)).toBe(true);
    const flat = g.reachableFrom(par);
    expect(ids(flat)).toEqual([par.qid]);
    const deep = g.reachableFrom(par, { descend: true });
    expect([...deep].some((s) => s.scope.kind === 'branch' && s.type === 'wait')).toBe(true);
  });

  it('gives a shortest path from the scope start (pathsTo) and between states (pathTo)', () => {
    const g = graphOf(model('monthly-invoicing-batch'));
    expect(g.pathsTo('completeConfigured')!.map((s) => s.id)).toEqual([
      'configureSchedule',
      'prepareConfigOutcome',
      'completeConfigured',
    ]);
    // Schedule entries are roots too: draftInvoices is reached from the schedule's start.
    expect(g.pathsTo('validateDrafts')!.map((s) => s.id)).toEqual([
      'draftInvoices',
      'validateDrafts',
    ]);
    expect(g.pathTo('draftInvoices', (s) => s.type === 'wait')!.map((s) => s.id)).toEqual([
      'draftInvoices',
      'validateDrafts',
      'validationOutcome',
      'waitForFinanceApproval',
    ]);
    expect(g.unreachable(g.model.top)).toEqual([]);
  });

  it('classifies broken targets as unknown or cross-scope', () => {
    const g = graphOf(model('healthcare-appointment-referral'));
    const broken = g.allEdges().filter((e) => e.status !== 'ok');
    expect(broken.filter((e) => e.status === 'unknown').map((e) => e.transition.target)).toEqual([
      'patientDecision',
      'waitForAppointmentStatus',
    ]);
    expect(
      new Set(broken.filter((e) => e.status === 'crossScope').map((e) => e.transition.target)),
    ).toEqual(new Set(['referralCompleted']));
  });

  it('handles a 10,000-state chain and loop without deep recursion', () => {
    const n = 10000;
    const lines = [
      'apiVersion: v1',
      'kind: Journey',
      'metadata:',
      '  name: long',
      '  version: 0.1.0',
      'spec:',
      '  start: s0',
      '  states:',
    ];
    for (let i = 0; i < n; i++)
      lines.push(`    s${i}:`, '      type: transform', `      next: s${(i + 1) % n}`);
    const m = analyze(lines.join('\n') + '\n', 'long.journey.yaml', { rules: [] }).model;
    const g = graphOf(m);
    expect(g.reachableInScope(m.top).size).toBe(n);
    expect(g.cycles(m.top)).toHaveLength(1);
    expect(g.cycles(m.top)[0]).toHaveLength(n);
    expect(g.pathsTo(`s${n - 1}`)).toHaveLength(n);
  });
});
