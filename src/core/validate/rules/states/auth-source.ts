/** AUTH-JWT-001..003 and AUTH-APIKEY-001/002: token/key `source` overrides and the fields of these two plugins. */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { AUTH_PLUGINS } from '../../../catalog/auth-problems';
import { taskKindInfo } from '../../../catalog/task-kinds';
import { child, entries, pairOf } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { describe, isNonEmptyString, keyAt, valueAt } from './util';
import { lookupTable } from '../../../own-property';

interface Flavour {
  shapeCode: string;
  nameCode: string;
  fieldsCode: string;
  locations: readonly string[];
  scheme: boolean;
}

const FLAVOURS: Readonly<Record<string, Flavour>> = lookupTable({
  'jwtValidate:v1': {
    shapeCode: 'AUTH-JWT-001',
    nameCode: 'AUTH-JWT-002',
    fieldsCode: 'AUTH-JWT-003',
    locations: ['header', 'query', 'cookie'],
    scheme: true,
  },
  'apiKeyValidate:v1': {
    shapeCode: 'AUTH-APIKEY-001',
    nameCode: 'AUTH-APIKEY-001',
    fieldsCode: 'AUTH-APIKEY-002',
    locations: ['header', 'query'],
    scheme: false,
  },
});

function checkSource(ctx: RuleContext, f: Flavour, t: YAMLMap, base: string): void {
  const src = child(t, 'source');
  const at = valueAt(t, 'source', base);
  if (!isMap(src)) {
    ctx.add(
      f.shapeCode,
      'error',
      `'source' must be a mapping {location, name${f.scheme ? ', scheme?' : ''}}, not ${describe(src)} (e.g. location: header, name: Authorization)`,
      at,
    );
    return;
  }
  const p = `${base}.source`;
  const loc = child(src, 'location');
  if (!(isScalar(loc) && f.locations.includes(String(loc.value)))) {
    const where = pairOf(src, 'location') ? valueAt(src, 'location', p) : at;
    ctx.add(
      f.shapeCode,
      'error',
      `'source.location' must be ${f.locations.join(' or ')}, not ${describe(loc)}`,
      where,
    );
  }
  if (!isNonEmptyString(child(src, 'name'))) {
    const where = pairOf(src, 'name') ? valueAt(src, 'name', p) : at;
    ctx.add(
      f.nameCode,
      'error',
      `'source.name' must be the non-empty ${f.locations.join('/')} name`,
      where,
    );
  }
  if (pairOf(src, 'scheme') && (!f.scheme || !isNonEmptyString(child(src, 'scheme')))) {
    const msg = f.scheme
      ? `'source.scheme' must be a non-empty string (e.g. Bearer)`
      : `'source.scheme' is not a field of the API key source`;
    ctx.add(f.scheme ? f.nameCode : f.shapeCode, 'error', msg, valueAt(src, 'scheme', p));
  }
  for (const e of entries(src)) {
    if (!['location', 'name', 'scheme'].includes(e.key))
      ctx.add(
        f.shapeCode,
        'error',
        `'source.${e.key}' is not a source field (location, name${f.scheme ? ', scheme' : ''})`,
        keyAt(src, e.key, p),
      );
  }
}

/** AUTH-JWT-001..003 and AUTH-APIKEY-001/002; pure. */
export const authSourceRule: Rule = {
  name: 'auth-source',
  codes: ['AUTH-JWT-001', 'AUTH-JWT-002', 'AUTH-JWT-003', 'AUTH-APIKEY-001', 'AUTH-APIKEY-002'],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      const kind = s.task?.kind?.value;
      const f = kind ? FLAVOURS[kind] : undefined;
      if (!f || !s.task || !kind) continue;
      const t = s.task.node;
      const base = s.task.path;
      if (pairOf(t, 'source')) checkSource(ctx, f, t, base);
      const fields = taskKindInfo(kind)?.fields ?? [];
      const mech = AUTH_PLUGINS.get(kind as never)?.mechanism ?? '';
      for (const e of entries(t)) {
        if (fields.includes(e.key) || e.key === 'cookies' || e.key === 'next') continue;
        const why = /scope|claim|role|aud|iss/i.test(e.key)
          ? '; claim and scope rules live in the profile, authorisation in a choice state'
          : '';
        ctx.add(
          f.fieldsCode,
          'warning',
          `'${e.key}' is not a field of ${kind} (kind, profile, source, authVar)${why}; it is ignored for ${mech}`,
          keyAt(t, e.key, base),
        );
      }
    }
  },
};
