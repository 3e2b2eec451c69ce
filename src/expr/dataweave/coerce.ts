/** `as` coercions and `is` type tests. Pure. */
import type { CoercionSchema } from './ast';
import { datePattern, formatNumber, formatTemporal, numberPattern, parseWithPattern } from './formats';
import { convertTemporal, DwPeriod, DwTemporal, parseTemporal, type TemporalType } from './temporal';
import { DwBuiltin, DwFunction, EvalFailure, asNumber, isObj, scalarText, typeName } from './values';

interface At {
  start: number;
  end: number;
}

const TEMPORAL = new Set(['Date', 'DateTime', 'LocalDateTime', 'LocalTime', 'Time']);

/** `value as Type`. Null stays null; impossible coercions fail with DW_CAST_ERROR. */
export function coerce(v: unknown, type: string, at: At, schema?: CoercionSchema): unknown {
  if (v === null || v === undefined) return null;
  const bad = () =>
    new EvalFailure(
      'DW_CAST_ERROR',
      `Cannot coerce ${typeName(v)}${typeof v === 'string' ? ` "${v.slice(0, 40)}"` : ''} to ${type}${schema?.format ? ` with format "${schema.format}"` : ''}`,
      at.start,
      at.end,
    );
  if (schema?.format || schema?.unit) {
    const r = withSchema(v, type, schema);
    if (r === undefined) throw bad();
    return r;
  }
  switch (type) {
    case 'Any':
      return v;
    case 'String': {
      const t = scalarText(v);
      if (t === undefined) throw bad();
      return t;
    }
    case 'Number': {
      if (v instanceof DwTemporal && v.offset !== null) return Math.floor(v.instant / 1000);
      const n = asNumber(v);
      if (n === undefined) throw bad();
      return n;
    }
    case 'Boolean':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
      throw bad();
    case 'Period':
      if (v instanceof DwPeriod) return v;
      if (typeof v === 'string') {
        const p = parseTemporal(v.trim());
        if (p instanceof DwPeriod) return p;
      }
      throw bad();
    default:
      if (TEMPORAL.has(type)) return toTemporal(v, type as TemporalType, bad);
      if (isType(v, type)) return v;
      throw bad();
  }
}

/** Coercions with `format`/`unit`; undefined when impossible. */
function withSchema(v: unknown, type: string, schema: CoercionSchema): unknown {
  // Milliseconds per unit.
  const scale = schema.unit === 'milliseconds' ? 1 : 1000;
  if (schema.unit && !schema.format) {
    if (type === 'Number' && v instanceof DwTemporal && v.offset !== null) return Math.floor(v.instant / scale);
    if (type === 'DateTime' && typeof v === 'number') return new DwTemporal('DateTime', v * scale, 0);
    return type === 'Number' ? asNumber(v) : undefined;
  }
  const fmt = schema.format ?? '';
  if (type === 'String') {
    const dp = datePattern(fmt);
    const np = numberPattern(fmt);
    if (v instanceof DwTemporal && dp) return formatTemporal(v, dp);
    if (typeof v === 'number' && np) return formatNumber(v, np);
    return undefined;
  }
  if (type === 'Number') {
    const np = numberPattern(fmt);
    if (typeof v === 'number') return v;
    if (typeof v !== 'string' || !np) return undefined;
    let t = v.trim();
    if (!t.startsWith(np.prefix) || !t.endsWith(np.suffix)) return undefined;
    t = t.slice(np.prefix.length, t.length - np.suffix.length);
    if (np.grouping) t = t.replace(/,/g, '');
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
  }
  const dp = datePattern(fmt);
  if (typeof v === 'string' && dp && TEMPORAL.has(type)) return parseWithPattern(v.trim(), dp, type as TemporalType);
  if (v instanceof DwTemporal && TEMPORAL.has(type)) return convertTemporal(v, type as TemporalType);
  return undefined;
}

function toTemporal(v: unknown, type: TemporalType, bad: () => EvalFailure): DwTemporal {
  if (v instanceof DwTemporal) {
    const c = convertTemporal(v, type);
    if (c) return c;
    throw bad();
  }
  if (typeof v === 'string') {
    const t = parseTemporal(v.trim());
    if (t instanceof DwTemporal && t.type === type) return t;
    throw bad();
  }
  if (typeof v === 'number' && type === 'DateTime') return new DwTemporal('DateTime', v * 1000, 0);
  throw bad();
}

/** `value is Type`. */
export function isType(v: unknown, type: string): boolean {
  switch (type) {
    case 'Any':
      return true;
    case 'Nothing':
      return false;
    case 'Null':
      return v === null || v === undefined;
    case 'String':
    case 'Key':
      return typeof v === 'string';
    case 'Number':
      return typeof v === 'number';
    case 'Boolean':
      return typeof v === 'boolean';
    case 'Array':
      return Array.isArray(v);
    case 'Object':
      return isObj(v);
    case 'Period':
      return v instanceof DwPeriod;
    case 'Function':
      return v instanceof DwFunction || v instanceof DwBuiltin;
    default:
      return v instanceof DwTemporal && v.type === type;
  }
}
