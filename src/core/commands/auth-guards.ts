/**
 * The guard templates as editor commands (`auth.insertGuard.*`): one command,
 * one text splice, one undo step. Each has a `canApply` for greying out menu
 * entries. The graph engineer's registry imports `AUTH_GUARD_COMMANDS`.
 */
import { applyEdits } from './yaml-splice';
import { guardEdits, guardTarget, type GuardArgs, type GuardTemplate } from './auth-guard-edits';
import type { Analysis } from '../validate/validate';

export type { GuardArgs, GuardTemplate } from './auth-guard-edits';

/** Arguments of one guard command (the template is fixed by the command). */
export type AuthGuardArgs = Omit<GuardArgs, 'template'>;

export type CommandResult = { text: string; selection?: { stateId: string } } | { error: string };

export interface AuthGuardCommand {
  title: string;
  /** True, or why the command cannot run on this journey with these arguments. */
  canApply(analysis: Pick<Analysis, 'model'>, args: AuthGuardArgs): true | string;
  apply(text: string, args: AuthGuardArgs): CommandResult;
}

function command(template: GuardTemplate, title: string): AuthGuardCommand {
  return {
    title,
    canApply(analysis, args) {
      const t = guardTarget(analysis.model, { ...args, template });
      return 'error' in t ? t.error : true;
    },
    apply(text, args) {
      const plan = guardEdits(text, { ...args, template });
      if ('error' in plan) return plan;
      return { text: applyEdits(text, plan.edits), selection: { stateId: plan.added[0] } };
    },
  };
}

/** `auth.insertGuard.*` commands by name. */
export const AUTH_GUARD_COMMANDS = {
  'auth.insertGuard.jwt': command('jwt', 'Require a JWT'),
  'auth.insertGuard.jwtPermission': command('jwtPermission', 'Require a JWT with a permission'),
  'auth.insertGuard.apiKey': command('apiKey', 'Require an API key'),
  'auth.insertGuard.mtls': command('mtls', 'Require a client certificate'),
  'auth.insertGuard.externalInput': command('externalInput', 'Guard this external input (auth, route, loop back on failure)'),
} as const satisfies Record<string, AuthGuardCommand>;

export type AuthGuardCommandName = keyof typeof AUTH_GUARD_COMMANDS;
