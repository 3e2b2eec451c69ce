/**
 * The claims that carry permissions and the DataWeave predicates the guard templates write for a
 * Tasker permission (the vocabulary itself: `core/auth/tasker-permissions.ts`). Pure.
 */
import { grantingPermissions } from '../auth/tasker-permissions';

/** Which claim carries permissions: a space-delimited `scope` string, or a `permissions` array. */
export interface PermissionClaim {
  name: string;
  form: 'string' | 'array';
}

export const SCOPE_CLAIM: PermissionClaim = { name: 'scope', form: 'string' };
export const PERMISSIONS_CLAIM: PermissionClaim = { name: 'permissions', form: 'array' };

/** The DataWeave predicate that holds when the claim grants `required` (claim read from `<target>.claims`). Pure. */
export function permissionPredicate(
  required: string,
  claim: PermissionClaim,
  target = 'context.auth.jwt',
): string {
  const value = `${target}.claims.${claim.name}`;
  const list =
    claim.form === 'string' ? `((${value} default "") splitBy " ")` : `(${value} default [])`;
  return grantingPermissions(required)
    .map((g) => `${list} contains ${JSON.stringify(g)}`)
    .join('\n  or ');
}
