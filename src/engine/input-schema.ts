/** JSON Schema checks for start bodies and step submissions (ajv, draft 2020-12), compiled once per schema. */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { Json } from './json';

/** Validates instances against inline schemas; caches compiled validators by schema text. */
export class SchemaChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  private readonly cache = new Map<string, ValidateFunction | string>();

  constructor() {
    addFormats(this.ajv);
  }

  /** Null when valid (or no schema); else a designer-readable list of problems. */
  check(schema: Json | undefined, value: Json): string | null {
    if (schema === undefined || schema === null || typeof schema !== 'object') return null;
    const key = JSON.stringify(schema);
    let v = this.cache.get(key);
    if (!v) {
      try {
        v = this.ajv.compile(schema as object);
      } catch (err) {
        v = `the schema itself is invalid: ${err instanceof Error ? err.message : String(err)}`;
      }
      this.cache.set(key, v);
    }
    if (typeof v === 'string') return null; // a broken schema is a validation finding, not a reason to reject input
    if (v(value)) return null;
    return (v.errors ?? [])
      .slice(0, 5)
      .map((e) => {
        const at = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'body';
        const allowed =
          e.keyword === 'enum'
            ? ` (${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String).join(', ')})`
            : '';
        return `${at} ${e.message ?? 'is invalid'}${allowed}`;
      })
      .join('; ');
  }
}
