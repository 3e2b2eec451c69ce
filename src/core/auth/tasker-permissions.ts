/**
 * Tasker Core's permission vocabulary, as shipped (tasker-shared `types/permissions.rs`,
 * `docs/auth/permissions.md`): 17 `resource:action` permissions on six resources, an exact
 * permission or a resource wildcard (`tasks:*`), never a global `*` (the documentation refuses it).
 * The one table the guard templates, the editor's suggestions and checks read. Pure.
 */

/** Each Tasker permission with what it allows (from Tasker's documentation). */
export const TASKER_PERMISSIONS: ReadonlyArray<{ permission: string; description: string }> = [
  { permission: 'tasks:create', description: 'Create new tasks' },
  { permission: 'tasks:read', description: 'Read task details' },
  { permission: 'tasks:list', description: 'List tasks' },
  { permission: 'tasks:cancel', description: 'Cancel running tasks' },
  { permission: 'tasks:context_read', description: 'Read task context data' },
  { permission: 'steps:read', description: 'Read workflow step details' },
  { permission: 'steps:resolve', description: 'Manually resolve steps' },
  { permission: 'dlq:read', description: 'Read DLQ entries' },
  { permission: 'dlq:update', description: 'Update DLQ investigations' },
  { permission: 'dlq:stats', description: 'View DLQ statistics' },
  { permission: 'templates:read', description: 'Read task templates' },
  { permission: 'templates:validate', description: 'Validate templates' },
  { permission: 'system:config_read', description: 'Read system configuration' },
  { permission: 'system:handlers_read', description: 'Read handler registry' },
  { permission: 'system:analytics_read', description: 'Read analytics data' },
  { permission: 'worker:config_read', description: 'Read worker configuration' },
  { permission: 'worker:templates_read', description: 'Read worker templates' },
];

/** Tasker's resources, in its order. */
export const TASKER_RESOURCES = ['tasks', 'steps', 'dlq', 'templates', 'system', 'worker'] as const;

const KNOWN = new Set(TASKER_PERMISSIONS.map((p) => p.permission));

/** What the permission field offers: every permission, then each resource's wildcard. */
export const PERMISSION_SUGGESTIONS: readonly string[] = [
  ...KNOWN,
  ...TASKER_RESOURCES.map((r) => `${r}:*`),
];

const resourceOf = (p: string): string => p.slice(0, p.indexOf(':'));

/** Why `p` is not a Tasker permission (exact, or `resource:*`), or undefined when it is. Pure. */
export function permissionProblem(p: string): string | undefined {
  const text = p.trim();
  if (text === '' || text === '*' || text.startsWith('*:'))
    return 'a global wildcard is never a valid permission';
  if (!text.includes(':')) return `'${text}' is not of the form resource:action`;
  const resource = resourceOf(text);
  if (!(TASKER_RESOURCES as readonly string[]).includes(resource))
    return `'${text}' names no Tasker resource (${TASKER_RESOURCES.join(', ')})`;
  if (text === `${resource}:*` || KNOWN.has(text)) return undefined;
  const actions = TASKER_PERMISSIONS.filter((x) => resourceOf(x.permission) === resource).map(
    (x) => x.permission,
  );
  return `'${text}' is not a Tasker permission; ${resource} has ${actions.join(', ')} (or ${resource}:*)`;
}

/** Whether one claimed permission grants `required`: equal, or `required`'s resource wildcard (Tasker's `permission_matches`, without a global `*`). Pure. */
export function permissionMatches(claimed: string, required: string): boolean {
  if (claimed === required) return true;
  return (
    claimed.endsWith(':*') && claimed.slice(0, -2) === resourceOf(required) && claimed !== '*:*'
  );
}

/** The grants that satisfy `required`: itself and its resource wildcard. Pure. */
export function grantingPermissions(required: string): string[] {
  const wildcard = `${resourceOf(required)}:*`;
  return wildcard === required ? [required] : [required, wildcard];
}
