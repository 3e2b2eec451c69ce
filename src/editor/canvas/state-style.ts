/** Icon and colour per state type, and the distinct look of auth tasks. Pure data. */
import { AUTH_TASK_KINDS } from '../../core/model/types';

export interface StateLook {
  icon: string;
  color: string;
}

const LOOKS: Record<string, StateLook> = {
  task: { icon: '⚙', color: '#2f6fdb' },
  choice: { icon: '◆', color: '#c27c0e' },
  transform: { icon: 'ƒ', color: '#7a4fd6' },
  parallel: { icon: '‖', color: '#0f8b8d' },
  wait: { icon: '◔', color: '#a0527a' },
  webhook: { icon: '⇲', color: '#b5485d' },
  timer: { icon: '◷', color: '#6b7a1f' },
  subjourney: { icon: '⊞', color: '#3d6b4f' },
  succeed: { icon: '✔', color: '#1e8e3e' },
  fail: { icon: '✖', color: '#c5221f' },
};

const AUTH_LOOKS: Record<string, StateLook> = {
  'jwtValidate:v1': { icon: 'J', color: '#8a1c7c' },
  'mtlsValidate:v1': { icon: 'M', color: '#8a1c7c' },
  'apiKeyValidate:v1': { icon: 'K', color: '#8a1c7c' },
};
const UNKNOWN: StateLook = { icon: '?', color: '#666' };

/** True for jwtValidate/mtlsValidate/apiKeyValidate tasks; pure. */
export function isAuthKind(kind: string | undefined): boolean {
  return !!kind && (AUTH_TASK_KINDS as readonly string[]).includes(kind);
}

/** The look of a state by type and task kind; pure. */
export function lookOf(type: string, taskKind?: string): StateLook {
  if (type === 'task' && taskKind && AUTH_LOOKS[taskKind]) return AUTH_LOOKS[taskKind];
  return LOOKS[type] ?? UNKNOWN;
}
