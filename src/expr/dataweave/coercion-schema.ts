/** Validates `as T {format, unit}` at compile time, so an unsupported pattern is a diagnostic, not a wrong value. Pure. */
import type { CoercionSchema, Node } from './ast';
import type { Cursor } from './cursor';
import { datePattern, numberPattern } from './formats';

const TEMPORAL = new Set(['Date', 'DateTime', 'LocalDateTime', 'LocalTime', 'Time']);

/** The schema of an `as` coercion, or a DW_UNSUPPORTED_SYNTAX failure at the offending field. */
export function coercionSchema(c: Cursor, type: string, obj: Node): CoercionSchema {
  const schema: CoercionSchema = {};
  if (obj.kind !== 'obj') return schema;
  for (const f of obj.fields) {
    const key = f.kind === 'pair' && typeof f.key === 'string' ? f.key : undefined;
    const value = f.kind === 'pair' && f.value.kind === 'lit' && typeof f.value.value === 'string' ? f.value.value : undefined;
    if (!key || value === undefined || f.cond || (key !== 'format' && key !== 'unit')) {
      throw c.unsupported(f.start, f.end, 'Only literal `format` and `unit` coercion properties are supported; this one');
    }
    if (key === 'unit') {
      if ((value !== 'seconds' && value !== 'milliseconds') || (type !== 'Number' && type !== 'DateTime')) {
        throw c.unsupported(f.start, f.end, `The unit '${value}' for ${type}`);
      }
      schema.unit = value;
      continue;
    }
    // A date pattern names at least one field; a pattern of literals only is neither kind.
    const asDate = datePattern(value) !== undefined && /[A-Za-z]/.test(value.replace(/'[^']*'/g, ''));
    const asNumber = numberPattern(value) !== undefined;
    const ok = TEMPORAL.has(type) ? asDate : type === 'Number' ? asNumber : type === 'String' ? asDate || asNumber : false;
    if (!ok) throw c.unsupported(f.start, f.end, `The format "${value}" for ${type}`);
    schema.format = value;
  }
  return schema;
}
