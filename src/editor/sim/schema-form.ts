/**
 * Turns a step's `input.schema` (JSON Schema) into form fields, and form values
 * back into a JSON body. Nested objects become field groups; arrays and
 * anything the form cannot express fall back to a raw-JSON field. Pure.
 */

export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'json';

export interface FormField {
  /** Dotted path into the body (`address.city`). */
  path: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  options?: readonly unknown[];
  description?: string;
  defaultValue?: unknown;
}

type Schema = Record<string, unknown>;

const asSchema = (v: unknown): Schema | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Schema) : undefined);

function typeOf(schema: Schema): string | undefined {
  const t = schema.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  if (schema.properties) return 'object';
  return undefined;
}

/** Flattens an object schema into fields, depth-limited so recursive schemas terminate. */
export function fieldsFor(schema: unknown, prefix = '', depth = 0, parentRequired = true): FormField[] {
  const s = asSchema(schema);
  if (!s) return [];
  const props = asSchema(s.properties);
  if (typeOf(s) !== 'object' || !props || depth > 4) {
    return prefix ? [leaf(prefix, s, parentRequired)] : [];
  }
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const fields: FormField[] = [];
  for (const [name, child] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const cs = asSchema(child) ?? {};
    const isReq = parentRequired && required.has(name);
    if (typeOf(cs) === 'object' && asSchema(cs.properties)) fields.push(...fieldsFor(cs, path, depth + 1, isReq));
    else fields.push(leaf(path, cs, isReq));
  }
  return fields;
}

function leaf(path: string, s: Schema, required: boolean): FormField {
  const label = path.split('.').pop() ?? path;
  const base = {
    path,
    label,
    required,
    description: typeof s.description === 'string' ? s.description : undefined,
    defaultValue: s.default,
  };
  if (Array.isArray(s.enum)) return { ...base, kind: 'enum', options: s.enum };
  if (s.const !== undefined) return { ...base, kind: 'enum', options: [s.const] };
  const t = typeOf(s);
  if (t === 'string' || t === 'number' || t === 'integer' || t === 'boolean') return { ...base, kind: t };
  return { ...base, kind: 'json' };
}

/** Form input strings → a JSON body. Empty optional fields are omitted; bad JSON/number input is reported. */
export function bodyFromForm(
  fields: readonly FormField[],
  values: Readonly<Record<string, string>>,
): { body: Record<string, unknown>; errors: Record<string, string> } {
  const body: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const raw = values[field.path];
    if (raw === undefined || raw === '') continue;
    const parsed = parseValue(field, raw);
    if ('error' in parsed) errors[field.path] = parsed.error;
    else setPath(body, field.path, parsed.value);
  }
  return { body: JSON.parse(JSON.stringify(body)) as Record<string, unknown>, errors };
}

function parseValue(field: FormField, raw: string): { value: unknown } | { error: string } {
  switch (field.kind) {
    case 'string':
      return { value: raw };
    case 'number':
    case 'integer': {
      const n = Number(raw);
      if (!Number.isFinite(n)) return { error: 'not a number' };
      if (field.kind === 'integer' && !Number.isInteger(n)) return { error: 'not an integer' };
      return { value: n };
    }
    case 'boolean':
      return { value: raw === 'true' };
    case 'enum': {
      const match = field.options?.find((o) => String(o) === raw);
      return match === undefined ? { error: 'not one of the allowed values' } : { value: match };
    }
    default:
      try {
        return { value: JSON.parse(raw) as unknown };
      } catch {
        return { error: 'not valid JSON' };
      }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = Object.create(null) as Record<string, unknown>;
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}
