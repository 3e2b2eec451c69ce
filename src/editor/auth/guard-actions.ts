/**
 * The guard templates as editor actions: which apply to the selected state
 * (asking each command's `canApply`), and applying one as ONE undo step the
 * way `../commands.ts` does for the core commands.
 */
import { AUTH_COMMANDS, type AuthCommandArgs, type AuthGuardArgs } from '../../core/commands/auth-guards';
import type { Analysis } from '../../core/validate/validate';
import { liteAnalysis, type RunResult } from '../commands';
import type { EditorStore } from '../store/editor-store';
import { permissionProblem } from '../../core/auth/tasker-permissions';

export type GuardName = Exclude<keyof AuthCommandArgs, 'auth.insertCheck'>;

/** The guard commands in menu order. */
export const GUARD_NAMES: readonly GuardName[] = [
  'auth.insertGuard.jwt',
  'auth.insertGuard.jwtPermission',
  'auth.insertGuard.apiKey',
  'auth.insertGuard.mtls',
  'auth.insertGuard.externalInput',
];

export interface GuardOption {
  name: GuardName;
  title: string;
  /** `true`, or why the guard cannot go on this state. */
  enabled: true | string;
}

/** Which guards apply to a state (by its qualified id), with reasons for the others. Never throws. */
export function guardOptions(analysis: Analysis, at: string, args: Omit<AuthGuardArgs, 'at'> = {}): GuardOption[] {
  return GUARD_NAMES.map((name) => {
    const cmd = AUTH_COMMANDS[name];
    // Ask without a permission so the menu does not grey out before one is typed.
    const probe: AuthGuardArgs = { ...args, at, ...(name === 'auth.insertGuard.jwtPermission' ? { permission: args.permission || 'tasks:read' } : {}) };
    let enabled: true | string;
    try {
      enabled = cmd.canApply(analysis, probe);
    } catch (err) {
      enabled = String(err);
    }
    return { name, title: cmd.title, enabled };
  });
}

/** Checks the designer's arguments before the command runs (the Tasker vocabulary for permissions). Pure. */
export function guardArgsProblem(name: GuardName, args: AuthGuardArgs): string | undefined {
  const p = args.permission?.trim();
  if (name === 'auth.insertGuard.jwtPermission' && !p) return 'name the permission to require (resource:action)';
  if (p) return permissionProblem(p);
  return undefined;
}

/** Runs a guard command on the store's text as one undo step and selects the inserted auth task. */
export function applyGuard(store: EditorStore, name: GuardName, args: AuthGuardArgs): RunResult {
  const why = guardArgsProblem(name, args);
  if (why) return { ok: false, error: why };
  const cmd = AUTH_COMMANDS[name];
  const before = store.getState().text;
  let res;
  try {
    res = cmd.apply(before, { ...args, permission: args.permission?.trim() || undefined });
  } catch (err) {
    return { ok: false, error: `${cmd.title} failed: ${String(err)}` };
  }
  if ('error' in res) return { ok: false, error: res.error };
  store.getState().endBurst();
  store.getState().setText(res.text);
  const selected = res.selection ? res.text.slice(res.selection.start, res.selection.end) : undefined;
  if (selected) {
    const at = args.at ?? '';
    const prefix = at.includes('/') ? at.slice(0, at.lastIndexOf('/') + 1) : '';
    store.getState().select([prefix + selected]);
    // The canvas places the guard above the state it guards and brings it into view.
    if (args.at) store.getState().hintPlacement(prefix + selected, { before: args.at });
  }
  return { ok: true, text: res.text, selected };
}

/** Routes on an auth task's result (the "problem never checked" fix) as one undo step. */
export function applyInsertCheck(store: EditorStore, at: string): RunResult {
  const cmd = AUTH_COMMANDS['auth.insertCheck'];
  const ok = cmd.canApply(liteAnalysis(store), { at });
  if (ok !== true) return { ok: false, error: ok };
  const res = cmd.apply(store.getState().text, { at });
  if ('error' in res) return { ok: false, error: res.error };
  store.getState().endBurst();
  store.getState().setText(res.text);
  return { ok: true, text: res.text };
}
