/** The Mermaid export: well formed for GitHub on every example, with the journey's structure visible. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exporterFor } from '../../../src/core/export/registry';
import { analyze } from '../../../src/core/validate/validate';
import { corpus, EXAMPLES_DIR } from '../../support/corpus';
import { mermaidProblems } from './support/mermaid-check';

const mermaid = (path: string) => {
  const result = exporterFor('mermaid')!.run(analyze(readFileSync(path, 'utf8'), path));
  if (!result.ok) throw new Error(result.message);
  return result.text;
};
const example = (rel: string) => mermaid(join(EXAMPLES_DIR, rel));

describe('mermaid export', () => {
  it.each(corpus().map((f) => [f.rel, f.path] as const))('%s is well formed and draws every top-level state', (_rel, path) => {
    const text = mermaid(path);
    expect(mermaidProblems(text)).toEqual([]);
    const analysis = analyze(readFileSync(path, 'utf8'), path);
    for (const state of analysis.model.top.states.values()) expect(text).toContain(`${state.id} · `);
  });

  it('sanitises hostile ids, predicates and codes', () => {
    const text = mermaid(join(import.meta.dirname, 'fixtures', 'hostile-ids.journey.yaml'));
    expect(mermaidProblems(text)).toEqual([]);
    expect(text).toContain('state "end · choice" as s_end');
    expect(text).not.toContain('comment');
    expect(text).toMatch(/s_end --> s_state : a == 'x,y' and b ≠ '♯z' and c ≥ 3 or d…/);
  });

  it('labels choices with shortened predicates and the default', () => {
    const text = example('technical/wait-approval/wait-approval.journey.yaml');
    expect(text).toContain("routeWaitForApproval --> finish : payload.decision == 'approved'");
    expect(text).toContain('routeWaitForApproval --> rejected : default');
  });

  it('marks auth tasks and draws parallel branches as concurrent composite states', () => {
    const auth = example('technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml');
    expect(auth).toMatch(/state "🔒 \w+ · jwtValidate∶v1" as (\w+)[\s\S]*class [\w,]*\1[\w,]* jfAuth/);
    const par = example('business/email-verification/email-verification.journey.yaml');
    expect(par).toMatch(/state waitOrExpire \{\n\s+state "branch waitBranch"[\s\S]*\n\s+--\n\s+state "branch expiryBranch"/);
  });

  it('draws a called subjourney inside its calling state', () => {
    const text = example('business/support-case-sla/support-case-sla.journey.yaml');
    expect(text).toMatch(/state runCaseLifecycle \{[\s\S]*waitForAgentUpdate[\s\S]*\}/);
  });

  it('catches what would break the renderer', () => {
    expect(mermaidProblems('stateDiagram-v2\n    state "a;b" as x')).not.toEqual([]);
    expect(mermaidProblems('stateDiagram-v2\n    x --> y')).not.toEqual([]);
    expect(mermaidProblems('stateDiagram-v2\n    state "ok" as end')).not.toEqual([]);
  });
});
