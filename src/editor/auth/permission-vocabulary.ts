/**
 * The Tasker permission vocabulary (ADR-012 in `shared/seeds`): `resource:action`
 * on the resources below, an exact action or a resource wildcard (`tasks:*`),
 * never a global `*`. The guard menu checks what the designer types. Pure.
 */
import { permissionProblem } from '../../core/commands/auth-permissions';

/** Tasker's permission resources (`system:config` is a two-part resource). */
export const TASKER_RESOURCES = ['tasks', 'steps', 'dlq', 'templates', 'system:config', 'worker'] as const;

/** Suggestions for the permission field: each resource's wildcard and common actions. */
export const PERMISSION_SUGGESTIONS: readonly string[] = TASKER_RESOURCES.flatMap((r) => [`${r}:*`, `${r}:read`, `${r}:create`, `${r}:update`, `${r}:delete`]);

/** Why a permission is not acceptable (shape, global wildcard, unknown resource), or undefined. Pure. */
export function checkPermission(p: string): string | undefined {
  const text = p.trim();
  const shape = permissionProblem(text);
  if (shape) return shape;
  const resource = TASKER_RESOURCES.find((r) => text.startsWith(`${r}:`) && text.length > r.length + 1);
  if (!resource) return `'${text}' names no Tasker resource (${TASKER_RESOURCES.join(', ')})`;
  // The action is one part: `system:*` or `tasks:a:b` would not name one resource's action.
  const action = text.slice(resource.length + 1);
  return action.includes(':') ? `'${text}' is not resource:action for resource '${resource}'` : undefined;
}
