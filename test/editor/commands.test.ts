import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEditorStore, undo } from '../../src/editor/store/editor-store';
import { canRun, runCommand } from '../../src/editor/commands';
import { addFromPalette } from '../../src/editor/canvas/add-state';
import { duplicateStates, removeStates } from '../../src/editor/canvas/selection-actions';
import { PALETTE_ITEMS, parsePaletteDrop } from '../../src/editor/palette-items';
import { analyzeForEditor } from '../../src/editor/analysis';
import { EXAMPLES_DIR } from '../support/corpus';

const file = join(EXAMPLES_DIR, 'technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml');
const text = readFileSync(file, 'utf8');
const fresh = () => createEditorStore({ docId: 'd', fileName: 'auth-jwt-scopes.journey.yaml', text });

describe('canvas edits through the core commands', () => {
  it('given a jwtValidate drop, then the state is added, placed where dropped, selected, and undo restores the bytes', () => {
    const s = fresh();
    const item = parsePaletteDrop('task:jwtValidate:v1');
    if (!item) throw new Error('palette item missing');
    const res = addFromPalette(s, item, { x: 40, y: 50 });
    expect(res).toEqual({ id: 'newTask' });
    expect(s.getState().text).toContain('kind: jwtValidate:v1');
    // The canvas places it on free space around the drop point (canvas/placement.ts).
    expect(s.getState().placeHints.newTask).toEqual({ at: { x: 40, y: 50 } });
    expect(s.getState().selection).toEqual(['newTask']);
    expect(s.getState().text.startsWith(text.slice(0, text.indexOf('  states:')))).toBe(true);
    undo(s);
    expect(s.getState().text).toBe(text);
  });

  it('refuses connections the DSL forbids, with a reason', () => {
    const s = fresh();
    expect(canRun(s, 'transition.connect', { from: 'done', to: 'fetchUser', via: 'next' })).toMatch(/succeed/);
    expect(canRun(s, 'transition.connect', { from: 'checkScopes', to: 'done', via: 'next' })).toMatch(/choice/);
    expect(canRun(s, 'transition.connect', { from: 'fetchUser', to: 'done', via: 'onTimeout' })).toMatch(/wait and webhook/);
    expect(canRun(s, 'transition.connect', { from: 'fetchUser', to: 'done', via: 'next' })).toBe(true);
  });

  it('a connection changes only the transition, and the result validates without new errors', () => {
    const s = fresh();
    const before = analyzeForEditor(text, 'auth-jwt-scopes.journey.yaml').diagnostics.filter((d) => d.severity === 'error');
    const res = runCommand(s, 'transition.connect', { from: 'fetchUser', to: 'done', via: 'next' });
    expect(res.ok).toBe(true);
    const after = s.getState().text;
    expect(after.length - text.length).toBeLessThan(10);
    expect(after.replace('next: done', 'next: decide')).toBe(text);
    const errors = analyzeForEditor(after, 'auth-jwt-scopes.journey.yaml').diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeLessThanOrEqual(before.length);
  });

  it('deleting several states is one undo step', () => {
    const s = fresh();
    removeStates(s, ['scopeDenied', 'upstreamFailed']);
    expect(s.getState().text).not.toContain('scopeDenied:');
    expect(s.getState().text).not.toContain('upstreamFailed:');
    expect(s.temporal.getState().pastStates).toHaveLength(1);
    undo(s);
    expect(s.getState().text).toBe(text);
  });

  it('duplicating selects the copies and is one undo step', () => {
    const s = fresh();
    const copies = duplicateStates(s, ['fetchUser', 'decide']);
    expect(copies).toHaveLength(2);
    expect(s.getState().selection).toEqual(copies);
    undo(s);
    expect(s.getState().text).toBe(text);
  });

  it('a failed command changes nothing and records no history', () => {
    const s = fresh();
    const res = runCommand(s, 'state.rename', { state: 'fetchUser', to: 'done' });
    expect(res.ok).toBe(false);
    expect(s.getState().text).toBe(text);
    expect(s.temporal.getState().pastStates).toHaveLength(0);
  });

  it('the palette offers every state type and every core task kind', () => {
    const types = new Set(PALETTE_ITEMS.map((i) => i.type));
    expect([...types].sort()).toEqual(['choice', 'fail', 'parallel', 'subjourney', 'succeed', 'task', 'timer', 'transform', 'wait', 'webhook']);
    expect(PALETTE_ITEMS.filter((i) => i.taskKind).map((i) => i.taskKind)).toEqual(
      expect.arrayContaining(['jwtValidate:v1', 'mtlsValidate:v1', 'apiKeyValidate:v1', 'httpCall:v1']),
    );
  });
});
