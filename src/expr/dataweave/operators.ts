/** DataWeave arithmetic and concatenation: `+ - * /`, `++`, `--`, with date/period arithmetic. Pure. */
import { addPeriod, DwPeriod, DwTemporal } from './temporal';
import { EvalFailure, asNumber, equals, hasKey, isObj, newObj, scalarKey, scalarText, setKey, tidy, typeName, type Obj } from './values';

interface At {
  start: number;
  end: number;
}

interface Budget {
  steps: number;
  maxSteps: number;
}

const err = (message: string, at: At) => new EvalFailure('DW_TYPE_ERROR', message, at.start, at.end);

/** `+`, `*`, `/` (and numeric `-`); numeric strings are coerced like DataWeave's implicit coercion. */
export function arith(op: string, l: unknown, r: unknown, at: At): unknown {
  if (op === '+') {
    if (l instanceof DwTemporal && r instanceof DwPeriod) return shift(l, r, 1, at);
    if (l instanceof DwPeriod && r instanceof DwTemporal) return shift(r, l, 1, at);
    if (l instanceof DwPeriod && r instanceof DwPeriod) return new DwPeriod(l.months + r.months, l.days + r.days, l.ms + r.ms);
    if (Array.isArray(l)) return [...l, r];
  }
  const a = asNumber(l);
  const b = asNumber(r);
  if (a === undefined || b === undefined) {
    throw err(`Cannot apply '${op}' to ${typeName(l)} and ${typeName(r)}`, at);
  }
  switch (op) {
    case '+':
      return tidy(a + b);
    case '-':
      return tidy(a - b);
    case '*':
      return tidy(a * b);
    case '/':
      if (b === 0) throw new EvalFailure('DW_RUNTIME_ERROR', 'Division by zero', at.start, at.end);
      return tidy(a / b);
    default:
      throw err(`Unknown operator '${op}'`, at);
  }
}

/** `-` (and `--` when `all`): numbers, dates minus periods, removing from arrays and objects. */
export function minus(l: unknown, r: unknown, at: At, all: boolean, rt: Budget): unknown {
  if (Array.isArray(l)) {
    const drop = all && Array.isArray(r) ? r : [r];
    charge(rt, l.length + drop.length, at);
    // Scalars are looked up by key (linear); only structured values are compared one by one, each
    // comparison charged to the budget.
    const scalars = new Set<string>();
    const others: unknown[] = [];
    for (const d of drop) {
      const k = scalarKey(d);
      if (k === undefined) others.push(d);
      else scalars.add(k);
    }
    return l.filter((x) => {
      const k = scalarKey(x);
      if (k !== undefined) return !scalars.has(k);
      return !others.some((d) => equals(x, d, rt));
    });
  }
  if (isObj(l)) {
    const keys = Array.isArray(r) ? r : isObj(r) ? Object.keys(r) : [r];
    const out = newObj();
    for (const k of Object.keys(l)) if (!keys.some((x) => scalarText(x) === k)) setKey(out, k, l[k]);
    return out;
  }
  if (all) throw err(`Cannot apply '--' to ${typeName(l)} and ${typeName(r)}`, at);
  if (l instanceof DwTemporal && r instanceof DwPeriod) return shift(l, r, -1, at);
  if (l instanceof DwTemporal && r instanceof DwTemporal && l.type === r.type) return new DwPeriod(0, 0, l.instant - r.instant);
  return arith('-', l, r, at);
}

function shift(t: DwTemporal, p: DwPeriod, sign: 1 | -1, at: At): DwTemporal {
  const v = addPeriod(t, p, sign);
  if (!v) throw err(`Cannot ${sign > 0 ? 'add' : 'subtract'} the period ${p.toString()} ${sign > 0 ? 'to' : 'from'} a ${t.type}`, at);
  return v;
}

/** `++`: strings (scalars are written as text), arrays, and objects (a key on both sides takes the right value). */
export function concat(l: unknown, r: unknown, rt: Budget, at: At): unknown {
  if (Array.isArray(l) && Array.isArray(r)) {
    charge(rt, l.length + r.length, at);
    return [...l, ...r];
  }
  if (isObj(l) && isObj(r)) {
    const out = newObj();
    const lk = Object.keys(l);
    const rk = Object.keys(r);
    charge(rt, lk.length + rk.length, at);
    for (const k of lk) setKey(out, k, (l as Obj)[k]);
    // dsl-rules.md policy: context is JSON, so the right-hand value wins for a shared key.
    for (const k of rk) setKey(out, k, hasKey(r, k) ? r[k] : null);
    return out;
  }
  const a = scalarText(l);
  const b = scalarText(r);
  if (a !== undefined && b !== undefined && (typeof l === 'string' || typeof r === 'string' || !(isObj(l) || isObj(r)))) {
    charge(rt, (a.length + b.length) >> 6, at);
    return a + b;
  }
  throw err(`Cannot concatenate ${typeName(l)} and ${typeName(r)} with '++'`, at);
}

/** Counts work proportional to data size against the step budget. */
export function charge(rt: Budget, n: number, at: At): void {
  rt.steps += n;
  if (rt.steps > rt.maxSteps) {
    throw new EvalFailure('DW_MAX_EVAL_TIME_EXCEEDED', `Expression exceeded its budget of ${rt.maxSteps} evaluation steps`, at.start, at.end);
  }
}
