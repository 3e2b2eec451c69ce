/** Finding the inbound-auth task states of a journey and where each writes its result. Pure. */
import { AUTH_PLUGINS, isAuthKind, type AuthPluginInfo, type AuthPluginKind } from '../catalog/auth-problems';
import type { JourneyModel, StateModel } from '../model/types';
import { child, str } from '../yaml-nodes';

export interface AuthStateInfo {
  state: StateModel;
  kind: AuthPluginKind;
  plugin: AuthPluginInfo;
  /** `authVar` or `auth`. */
  namespace: string;
  /** Context segments of the result object (`['auth', 'jwt']`). */
  resultPath: string[];
  /** `context.auth.jwt` as the preview JSON names it. */
  target: string;
  profile: string;
}

/** The auth plugin facts of one state, if it is an auth task. Pure. */
export function authInfoOf(state: StateModel): AuthStateInfo | undefined {
  const kind = state.type === 'task' ? state.task?.kind?.value : undefined;
  if (!isAuthKind(kind)) return undefined;
  const plugin = AUTH_PLUGINS.get(kind)!;
  const authVar = str(child(state.task?.node, 'authVar'));
  const namespace = authVar && authVar.trim() !== '' ? authVar : 'auth';
  const resultPath = [namespace, plugin.mechanism];
  return {
    state,
    kind,
    plugin,
    namespace,
    resultPath,
    target: `context.${resultPath.join('.')}`,
    profile: str(child(state.task?.node, 'profile')) ?? 'default',
  };
}

/** Every auth task state in every scope, in document order. Pure. */
export function authStatesOf(model: JourneyModel): AuthStateInfo[] {
  return model.states.map(authInfoOf).filter((x): x is AuthStateInfo => x !== undefined);
}

/** True when the journey has at least one inbound-auth task. Pure. */
export function usesInboundAuth(model: JourneyModel): boolean {
  return model.states.some((s) => authInfoOf(s) !== undefined);
}
