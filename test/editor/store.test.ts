import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEditorStore, redo, undo, COALESCE_MS } from '../../src/editor/store/editor-store';
import { analyzeForEditor } from '../../src/editor/analysis';
import { quickView } from '../../src/editor/quick-view';
import { EXAMPLES_DIR } from '../support/corpus';

const file = join(EXAMPLES_DIR, 'technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml');
const text = readFileSync(file, 'utf8');

function storeAt(clock: { t: number }) {
  return createEditorStore({ docId: 'd1', fileName: 'auth-jwt-scopes.journey.yaml', text, now: () => clock.t });
}

describe('editor store: one text history for both panes', () => {
  it('given a typing burst, when undone, then the whole burst goes back in one step', () => {
    const clock = { t: 0 };
    const s = storeAt(clock);
    for (const ch of 'abc') {
      clock.t += 100;
      s.getState().setText(s.getState().text + ch, { coalesce: true });
    }
    expect(s.getState().text).toBe(`${text}abc`);
    undo(s);
    expect(s.getState().text).toBe(text);
    redo(s);
    expect(s.getState().text).toBe(`${text}abc`);
  });

  it('given a pause longer than the burst window, then typing is two undo steps', () => {
    const clock = { t: 0 };
    const s = storeAt(clock);
    s.getState().setText(`${text}a`, { coalesce: true });
    clock.t += COALESCE_MS + 1;
    s.getState().setText(`${text}ab`, { coalesce: true });
    undo(s);
    expect(s.getState().text).toBe(`${text}a`);
    undo(s);
    expect(s.getState().text).toBe(text);
  });

  it('given a canvas command right after typing, then it is its own step', () => {
    const clock = { t: 0 };
    const s = storeAt(clock);
    s.getState().setText(`${text}a`, { coalesce: true });
    clock.t += 10;
    s.getState().setText(`${text}a# canvas`);
    undo(s);
    expect(s.getState().text).toBe(`${text}a`);
  });

  it('analysis results never enter the history, and stale ones are dropped', () => {
    const s = storeAt({ t: 0 });
    s.getState().setAnalysis(analyzeForEditor(text, 'auth-jwt-scopes.journey.yaml'));
    expect(s.temporal.getState().pastStates).toHaveLength(0);
    expect(s.getState().view?.nodes).toHaveLength(7);
    s.getState().setText(`${text}\n`);
    s.getState().setAnalysis(analyzeForEditor('kind: Journey', 'x.journey.yaml'));
    expect(s.getState().view?.nodes).toHaveLength(7);
  });

  it('text that does not parse keeps the last good graph and marks the document broken', () => {
    const s = storeAt({ t: 0 });
    s.getState().setView(quickView(text, 'a.journey.yaml'));
    const broken = text.replace('  states:', '  states: [');
    s.getState().setText(broken);
    s.getState().setView(quickView(broken, 'a.journey.yaml'));
    expect(s.getState().broken).toBe(true);
    expect(s.getState().text).toBe(broken);
    expect(s.getState().view?.nodes.map((n) => n.qid)).toContain('validateJwt');
  });
});
