/**
 * The smallest Reflect metadata polyfill that @peculiar/x509's dependency
 * (tsyringe) checks for at load time. Import this module before
 * `@peculiar/x509`. It only installs itself when no polyfill is present.
 */
type Target = object;
const store = new WeakMap<Target, Map<string | symbol | undefined, Map<unknown, unknown>>>();

function table(
  target: Target,
  prop: string | symbol | undefined,
  create: boolean,
): Map<unknown, unknown> | undefined {
  let byProp = store.get(target);
  if (!byProp && create) store.set(target, (byProp = new Map()));
  let t = byProp?.get(prop);
  if (!t && create && byProp) byProp.set(prop, (t = new Map()));
  return t;
}

const R = Reflect as unknown as Record<string, unknown>;
if (typeof R.getMetadata !== 'function') {
  R.defineMetadata = (key: unknown, value: unknown, target: Target, prop?: string | symbol) => {
    table(target, prop, true)!.set(key, value);
  };
  R.getOwnMetadata = (key: unknown, target: Target, prop?: string | symbol) =>
    table(target, prop, false)?.get(key);
  R.getMetadata = (key: unknown, target: Target, prop?: string | symbol): unknown => {
    for (let t: Target | null = target; t; t = Object.getPrototypeOf(t) as Target | null) {
      const m = table(t, prop, false);
      if (m?.has(key)) return m.get(key);
    }
    return undefined;
  };
  R.hasMetadata = (key: unknown, target: Target, prop?: string | symbol) =>
    (R.getMetadata as (k: unknown, t: Target, p?: string | symbol) => unknown)(
      key,
      target,
      prop,
    ) !== undefined;
  R.metadata = (key: unknown, value: unknown) => (target: Target, prop?: string | symbol) => {
    table(target, prop, true)!.set(key, value);
  };
}

export {};
