/** Binding roots per expression site (dsl.md §10.2). Pure data. */
import type { ExprRole } from './types';

const common = ['context', 'platform'] as const;

/** The variables an expression at a site of `role` may read. */
export function bindingsFor(role: ExprRole, _kind: 'Journey' | 'Api' | undefined): readonly string[] {
  switch (role) {
    case 'joinMapper':
      return [...common, 'branches', 'payload'];
    case 'errorMapping':
      return [...common, 'payload', 'error'];
    case 'apiResponse':
      return [...common, 'error', 'output', 'payload'];
    case 'errorEnvelope':
      return [...common, 'error'];
    case 'compensation':
      return [...common, 'outcome', 'payload'];
    default:
      return [...common, 'payload'];
  }
}
