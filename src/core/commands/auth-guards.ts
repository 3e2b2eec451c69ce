/**
 * The auth templates as editor commands: `auth.insertGuard.*` (require a JWT,
 * a JWT with a permission, an API key, a client certificate, or guard an
 * external input) and `auth.insertCheck` (route on an auth task's result).
 * One command = one text splice = one undo step; each has a `canApply`.
 * The command registry (owned by the graph engineer) merges `AUTH_COMMANDS`.
 */
import { buildModel } from '../model/build-model';
import { parseSource } from '../source';
import type { Analysis } from '../validate/validate';
import { authInfoOf } from '../auth/auth-states';
import { checkEdits } from './auth-check-edits';
import { guardEdits, guardTarget, type GuardArgs, type GuardTemplate } from './auth-guard-edits';
import type { Command, CommandResult } from './types';
import { applyEdits } from './yaml-splice';

export type { GuardArgs, GuardTemplate } from './auth-guard-edits';

/** Arguments of one guard command (the template is fixed by the command). */
export type AuthGuardArgs = Omit<GuardArgs, 'template'>;

/** Arguments of every auth command, by name (to merge into `CommandArgs`). */
export interface AuthCommandArgs {
  'auth.insertGuard.jwt': AuthGuardArgs;
  'auth.insertGuard.jwtPermission': AuthGuardArgs;
  'auth.insertGuard.apiKey': AuthGuardArgs;
  'auth.insertGuard.mtls': AuthGuardArgs;
  'auth.insertGuard.externalInput': AuthGuardArgs;
  'auth.insertCheck': { at: string };
}

/** The new text with the inserted state's key selected. */
function withSelection(text: string, stateQid: string): CommandResult {
  const s = buildModel(parseSource(text)).states.find((x) => x.qid === stateQid);
  return s ? { text, selection: s.keySpan } : { text };
}

function prefixOf(qid: string): string {
  const i = qid.lastIndexOf('/');
  return i < 0 ? '' : qid.slice(0, i + 1);
}

function guardCommand(template: GuardTemplate, title: string): Command<AuthGuardArgs> {
  return {
    title,
    canApply(analysis: Pick<Analysis, 'model'>, args) {
      const t = guardTarget(analysis.model, { ...args, template });
      return 'error' in t ? t.error : true;
    },
    apply(text, args) {
      const plan = guardEdits(text, { ...args, template });
      if ('error' in plan) return plan;
      const at = args.at ?? '';
      return withSelection(applyEdits(text, plan.edits), prefixOf(at) + plan.added[0]);
    },
  };
}

const insertCheck: Command<{ at: string }> = {
  title: 'Route on the result of this auth task',
  canApply(analysis: Pick<Analysis, 'model'>, args) {
    const s = analysis.model.states.find((x) => x.qid === args.at);
    return s && authInfoOf(s) ? true : `'${args.at}' is not an auth task`;
  },
  apply(text, args) {
    const plan = checkEdits(text, args.at);
    if ('error' in plan) return plan;
    return withSelection(applyEdits(text, plan.edits), prefixOf(args.at) + plan.added[0]);
  },
};

/** Every auth command by name. */
export const AUTH_COMMANDS: { readonly [K in keyof AuthCommandArgs]: Command<AuthCommandArgs[K]> } =
  {
    'auth.insertGuard.jwt': guardCommand('jwt', 'Require a JWT'),
    'auth.insertGuard.jwtPermission': guardCommand(
      'jwtPermission',
      'Require a JWT with a permission',
    ),
    'auth.insertGuard.apiKey': guardCommand('apiKey', 'Require an API key'),
    'auth.insertGuard.mtls': guardCommand('mtls', 'Require a client certificate'),
    'auth.insertGuard.externalInput': guardCommand(
      'externalInput',
      'Guard this wait/webhook (auth, route, loop back on failure)',
    ),
    'auth.insertCheck': insertCheck,
  };
