/**
 * TOP-021 (dsl.md §7) and COMP-006 (§2.5): constructs the target engine build
 * does not support, per the engine profile passed as `AnalyzeOptions.engine`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate } from '../../../../src/core/diagnostics';
import { parseEngineProfile, type EngineProfile } from '../../../../src/core/engine-profile';
import { ParseCache } from '../../../../src/core/incremental-parse';
import { analyze } from '../../../../src/core/validate/validate';
import { corpus } from '../../../support/corpus';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const profile = (name: string): EngineProfile => {
  const { profile, diagnostics } = parseEngineProfile(readFileSync(join(fixtures, 'engine-profiles', name), 'utf8'));
  expect(diagnostics).toEqual([]);
  return profile!;
};
const example = (group: string, name: string) =>
  readFileSync(join(fixtures, 'examples', group, name, `${name}.journey.yaml`), 'utf8');

const CODES = new Set(['TOP-021', 'COMP-006']);

/** The engine findings as `code@line:column path`. */
function findings(text: string, engine?: EngineProfile, cache?: ParseCache) {
  const analysis = analyze(text, 'x.journey.yaml', { engine, cache });
  expect(analysis.diagnostics.filter((d) => d.code === 'CORE-001')).toEqual([]);
  return analysis.diagnostics
    .filter((d) => CODES.has(d.code))
    .map((d) => {
      const at = locate(d, analysis.source.lines);
      expect(d.severity).toBe('warning');
      return { where: `${d.code}@${at.line}:${at.column} ${d.path}`, message: d.message };
    });
}
const where = (text: string, engine?: EngineProfile) => findings(text, engine).map((f) => f.where);

describe('engine capabilities (TOP-021, COMP-006)', () => {
  const edge = profile('edge.yaml');

  it('reports a timer state at its type on an engine without timers', () => {
    const found = findings(example('business', 'async-report-generation'), edge);
    expect(found.map((f) => f.where)).toEqual(['TOP-021@103:13 spec.states.waitForReportPoll.type']);
    expect(found[0].message).toBe(
      "Engine 'edge-1.2' has no durable timers (supports.timer: false): state 'waitForReportPoll' cannot run there",
    );
  });

  it('reports a parallel state, and a wait state on an engine without durable persistence', () => {
    const found = findings(example('business', 'loan-application'), edge);
    expect(found.map((f) => f.where)).toEqual([
      'TOP-021@65:13 spec.states.runChecks.type',
      'TOP-021@179:13 spec.states.waitForUnderwriter.type',
    ]);
    expect(found[0].message).toMatch(/^Engine 'edge-1\.2' has no parallel states \(supports\.parallel: false\)/);
    expect(found[1].message).toMatch(/durable persistence \(supports\.durablePersistence: false\): wait state 'waitForUnderwriter'/);
  });

  it('reports spec.compensation (COMP-006) at its key, and constructs inside compensation states', () => {
    const found = findings(example('technical', 'http-compensation'), edge);
    expect(found.map((f) => f.where)).toEqual([
      'COMP-006@21:3 spec.compensation',
      'TOP-021@50:17 spec.compensation.states.notify.task.kind',
    ]);
    expect(found[0].message).toBe(
      "Engine 'edge-1.2' has no compensation journeys (supports.compensation: false): spec.compensation will not run there",
    );
    expect(found[1].message).toBe(
      "Engine 'edge-1.2' has no task plugin 'kafkaPublish:v1' (not in its plugins): task 'compensation/notify' cannot run there",
    );
  });

  it('reports spec.execution and spec.compensation from a JSON profile', () => {
    const core = profile('no-compensation.json');
    expect(where(example('technical', 'http-compensation'), core)).toEqual([
      'TOP-021@7:3 spec.execution',
      'COMP-006@21:3 spec.compensation',
    ]);
    expect(findings(example('technical', 'approval-loop'), core)[0].message).toBe(
      "Engine 'core-1.4' has no execution deadlines (supports.execution: false): spec.execution is not enforced there",
    );
  });

  it('reports states inside subjourneys and parallel branches, each once at its place', () => {
    expect(where(example('business', 'support-case-sla'), edge)).toEqual([
      'TOP-021@86:17 spec.subjourneys.caseLifecycle.states.waitOrEscalateOrGiveUp.type',
      expect.stringMatching(/^TOP-021@93:27 .*waitForAgentUpdate\.type$/),
      expect.stringMatching(/^TOP-021@176:27 .*slaTimer\.type$/),
      expect.stringMatching(/^TOP-021@232:27 .*giveUpTimer\.type$/),
    ]);
  });

  it('reports scheduling tasks at their kind', () => {
    const found = findings(example('technical', 'recurring-payment'), edge);
    expect(found.map((f) => f.where)).toEqual(['TOP-021@71:15 spec.states.configureAndSchedule.task.kind']);
    expect(found[0].message).toMatch(/has no scheduling \(supports\.scheduling: false\): task 'configureAndSchedule' \(schedule:v1\)/);
  });

  it('says "durable persistence" for a timer only when timers themselves are supported', () => {
    const noPersistence: EngineProfile = { name: 'ram-only', supports: { durablePersistence: false } };
    const found = findings(example('business', 'async-report-generation'), noPersistence);
    expect(found.map((f) => f.where)).toEqual(['TOP-021@103:13 spec.states.waitForReportPoll.type']);
    expect(found[0].message).toMatch(/^Engine 'ram-only' has no durable persistence .*: timer state 'waitForReportPoll' cannot pause/);
  });

  it('leaves unknown task kinds to the task rules and reports cache:v1 under its capability', () => {
    const text = `apiVersion: v1
kind: Journey
metadata:
  name: cache-demo
  version: 0.1.0
spec:
  start: read
  states:
    read:
      type: task
      task:
        kind: cache:v1
        operation: get
        key: "k"
        target: cached
      next: odd
    odd:
      type: task
      task:
        kind: madeUp:v1
      next: done
    done:
      type: succeed
`;
    const noCache: EngineProfile = { name: 'tiny', supports: { cache: false }, plugins: ['httpCall:v1'] };
    const found = findings(text, noCache);
    expect(found.map((f) => f.where)).toEqual(['TOP-021@12:15 spec.states.read.task.kind']);
    expect(found[0].message).toMatch(/has no cache operations \(supports\.cache: false\)/);
    expect(where(text, { name: 'tiny', supports: {}, plugins: ['httpCall:v1'] })).toEqual(['TOP-021@12:15 spec.states.read.task.kind']);
  });

  it('reports nothing without a profile, with an empty profile and with a full one (every example)', () => {
    const empty = profile('empty.yaml');
    const full = profile('full.yaml');
    const files = corpus();
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      expect(where(file.text), file.rel).toEqual([]);
      expect(where(file.text, empty), file.rel).toEqual([]);
      expect(where(file.text, full), file.rel).toEqual([]);
    }
  });

  it('follows a profile change on the editor path (incremental parse cache)', () => {
    const text = example('business', 'loan-application');
    const cache = new ParseCache();
    expect(findings(text, undefined, cache)).toEqual([]);
    expect(findings(text, edge, cache)).toHaveLength(2);
    expect(findings(text, profile('full.yaml'), cache)).toEqual([]);
  });
});
