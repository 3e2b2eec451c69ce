/**
 * The Tasker-style permission vocabulary (`resource:action`, resource
 * wildcards such as `tasks:*`, never a global `*`) and the DataWeave
 * predicates the guard templates write for it. Pure.
 */

/** Which claim carries permissions: a space-delimited `scope` string, or a `permissions` array. */
export interface PermissionClaim {
  name: string;
  form: 'string' | 'array';
}

export const SCOPE_CLAIM: PermissionClaim = { name: 'scope', form: 'string' };
export const PERMISSIONS_CLAIM: PermissionClaim = { name: 'permissions', form: 'array' };

const PART = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** Checks a required permission; returns a reason when it is not `resource:action` (or `resource:*`). Pure. */
export function permissionProblem(p: string): string | undefined {
  const parts = p.split(':');
  if (p.trim() === '' || p === '*' || parts[0] === '*')
    return 'a global wildcard is never a valid permission';
  if (parts.length < 2) return `'${p}' is not of the form resource:action`;
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    if (!(PART.test(parts[i]) || (last && parts[i] === '*')))
      return `'${p}' has an invalid part '${parts[i]}'`;
  }
  return undefined;
}

/** The grants that satisfy `required`: itself and each resource wildcard above it (`system:config:*`, `system:*`). Pure. */
export function grantingPermissions(required: string): string[] {
  const parts = required.split(':');
  const out = [required];
  for (let i = parts.length - 1; i >= 1; i--) {
    const w = `${parts.slice(0, i).join(':')}:*`;
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

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
