/**
 * `as T {format: …}`: java.time-style date patterns (`yyyy-MM-dd'T'HH:mm:ssXXX`)
 * for formatting and parsing dates, and DecimalFormat-style number patterns
 * (`#,##0.00`, HALF_EVEN rounding) — the subset documented in
 * docs/dataweave-subset.md; anything else is refused when compiling. Pure.
 */
import { DwTemporal, type TemporalType } from './temporal';

type Piece = { lit: string } | { letter: string; count: number };

const DATE_LETTERS = new Set(['y', 'u', 'M', 'd', 'E', 'H', 'h', 'm', 's', 'S', 'a', 'X', 'x', 'Z']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Splits a date pattern into letters and literals; undefined when it uses letters outside the subset. */
export function datePattern(p: string): Piece[] | undefined {
  const out: Piece[] = [];
  for (let i = 0; i < p.length; ) {
    const ch = p[i];
    if (ch === "'") {
      const close = p.indexOf("'", i + 1);
      if (close < 0) return undefined;
      out.push({ lit: close === i + 1 ? "'" : p.slice(i + 1, close) });
      i = close + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      if (!DATE_LETTERS.has(ch)) return undefined;
      let j = i;
      while (p[j] === ch) j++;
      // Narrow forms (`MMMMM`, `EEEEE`) are not in the subset.
      if ((ch === 'M' || ch === 'E') && j - i > 4) return undefined;
      out.push({ letter: ch, count: j - i });
      i = j;
    } else {
      out.push({ lit: ch });
      i++;
    }
  }
  return out;
}

/** A DecimalFormat-style number pattern: `#,##0.00`, `0.###`, with literal prefix/suffix. */
export interface NumberPattern {
  prefix: string;
  suffix: string;
  grouping: boolean;
  minInt: number;
  minFrac: number;
  maxFrac: number;
}

/** Parses a number pattern; undefined when it is not one. */
export function numberPattern(p: string): NumberPattern | undefined {
  const m = /^([^#0,.]*)([#,]*[0,]*)(?:\.(0*#*))?([^#0,.]*)$/.exec(p);
  // `%`, `‰` (scaling), `¤`, `'`, `;` (sub-patterns) and an `E` exponent change DecimalFormat's meaning: refused.
  if (!m || !/[#0]/.test(m[2]) || /[%‰¤';]/.test(m[1] + m[4]) || m[4].startsWith('E')) return undefined;
  const frac = m[3] ?? '';
  return {
    prefix: m[1],
    suffix: m[4],
    grouping: m[2].includes(','),
    minInt: (m[2].match(/0/g) ?? []).length,
    minFrac: (frac.match(/0/g) ?? []).length,
    maxFrac: frac.length,
  };
}

/** Formats a number like java.text.DecimalFormat (HALF_EVEN on the exact binary value). */
export function formatNumber(n: number, p: NumberPattern): string | undefined {
  // toFixed switches to exponent notation from 1e21: such numbers are refused rather than misprinted.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return undefined;
  const exact = Math.abs(n).toFixed(Math.min(100, p.maxFrac + 30));
  const [intPart, fracPart] = exact.split('.');
  let digits = intPart + fracPart.slice(0, p.maxFrac);
  const rest = fracPart.slice(p.maxFrac);
  const last = Number(digits[digits.length - 1] ?? '0');
  const up = rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || last % 2 === 1));
  if (up) digits = increment(digits);
  let int = digits.slice(0, digits.length - p.maxFrac).replace(/^0+/, '');
  let frac = digits.slice(digits.length - p.maxFrac).replace(/0+$/, '');
  while (frac.length < p.minFrac) frac += '0';
  int = int.padStart(p.minInt, '0');
  // DecimalFormat never prints nothing: zero with no digits shown is "0".
  if (!int && !frac) int = '0';
  if (p.grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // Like DecimalFormat, a negative number that rounds to zero keeps its sign ("-0.00").
  const negative = n < 0 || Object.is(n, -0);
  return `${negative ? '-' : ''}${p.prefix}${int}${frac ? `.${frac}` : ''}${p.suffix}`;
}

function increment(d: string): string {
  const a = d.split('');
  for (let i = a.length - 1; i >= 0; i--) {
    if (a[i] === '9') a[i] = '0';
    else {
      a[i] = String(Number(a[i]) + 1);
      return a.join('');
    }
  }
  return '1' + a.join('');
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function offsetText(offset: number, letter: string, count: number): string {
  if (offset === 0 && letter === 'X') return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const h = pad(Math.trunc(Math.abs(offset) / 60), 2);
  const m = pad(Math.abs(offset) % 60, 2);
  if (letter === 'Z') return `${sign}${h}${m}`;
  return count === 1 ? `${sign}${h}${m === '00' ? '' : m}` : count === 2 ? `${sign}${h}${m}` : `${sign}${h}:${m}`;
}

/** Formats a date/time with a pattern; undefined when a field is not in the value (e.g. `HH` of a Date). */
export function formatTemporal(t: DwTemporal, pieces: Piece[]): string | undefined {
  const d = new Date(t.wall);
  const hasDate = t.type !== 'LocalTime' && t.type !== 'Time';
  const hasTime = t.type !== 'Date';
  let out = '';
  for (const p of pieces) {
    if ('lit' in p) {
      out += p.lit;
      continue;
    }
    const { letter, count } = p;
    if ('yuMdE'.includes(letter) && !hasDate) return undefined;
    if ('HhmsSa'.includes(letter) && !hasTime) return undefined;
    switch (letter) {
      case 'y':
      case 'u':
        out += count === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), count);
        break;
      case 'M':
        out += count >= 4 ? MONTHS[d.getUTCMonth()] : count === 3 ? MONTHS[d.getUTCMonth()].slice(0, 3) : pad(d.getUTCMonth() + 1, count);
        break;
      case 'd':
        out += pad(d.getUTCDate(), count);
        break;
      case 'E':
        out += count >= 4 ? DAYS[d.getUTCDay()] : DAYS[d.getUTCDay()].slice(0, 3);
        break;
      case 'H':
        out += pad(d.getUTCHours(), count);
        break;
      case 'h':
        out += pad(d.getUTCHours() % 12 || 12, count);
        break;
      case 'a':
        out += d.getUTCHours() < 12 ? 'AM' : 'PM';
        break;
      case 'm':
        out += pad(d.getUTCMinutes(), count);
        break;
      case 's':
        out += pad(d.getUTCSeconds(), count);
        break;
      case 'S':
        out += pad(d.getUTCMilliseconds(), 3).padEnd(count, '0').slice(0, count);
        break;
      default:
        if (t.offset === null) return undefined;
        out += offsetText(t.offset, letter, count);
    }
  }
  return out;
}

/** Parses text with a date pattern into a value of `type`; undefined when it does not match. */
export function parseWithPattern(text: string, pieces: Piece[], type: TemporalType): DwTemporal | undefined {
  const fields: Record<string, number> = {};
  let offset: number | null = null;
  let i = 0;
  for (const p of pieces) {
    if ('lit' in p) {
      if (!text.startsWith(p.lit, i)) return undefined;
      i += p.lit.length;
      continue;
    }
    const { letter, count } = p;
    if (letter === 'M' && count >= 3) {
      const idx = MONTHS.findIndex((m) => text.startsWith(count === 3 ? m.slice(0, 3) : m, i));
      if (idx < 0) return undefined;
      fields.M = idx + 1;
      i += count === 3 ? 3 : MONTHS[idx].length;
      continue;
    }
    if (letter === 'E') {
      const idx = DAYS.findIndex((n) => text.startsWith(count >= 4 ? n : n.slice(0, 3), i));
      if (idx < 0) return undefined;
      i += count >= 4 ? DAYS[idx].length : 3;
      continue;
    }
    if (letter === 'a') {
      const v = text.slice(i, i + 2).toUpperCase();
      if (v !== 'AM' && v !== 'PM') return undefined;
      fields.a = v === 'PM' ? 1 : 0;
      i += 2;
      continue;
    }
    if ('XxZ'.includes(letter)) {
      const m = /^(Z|[+-]\d{2}(?::?\d{2})?)/.exec(text.slice(i));
      if (!m) return undefined;
      const z = m[1];
      offset = z === 'Z' ? 0 : (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.replace(':', '').slice(3, 5) || 0));
      i += z.length;
      continue;
    }
    const m = (count >= 2 && letter !== 'y' && letter !== 'u' ? new RegExp(`^\\d{${count}}`) : /^\d+/).exec(text.slice(i));
    if (!m) return undefined;
    // Fractions: `S…` digits are a decimal fraction of a second.
    fields[letter === 'u' ? 'y' : letter] = letter === 'S' ? Number(m[0].padEnd(3, '0').slice(0, 3)) : Number(m[0]);
    i += m[0].length;
  }
  if (i !== text.length) return undefined;
  const hour = fields.h !== undefined ? (fields.h % 12) + (fields.a ? 12 : 0) : (fields.H ?? 0);
  const year = fields.y ?? 1970;
  const wall = Date.UTC(year, (fields.M ?? 1) - 1, fields.d ?? 1, hour, fields.m ?? 0, fields.s ?? 0, fields.S ?? 0);
  const check = new Date(wall);
  if (check.getUTCDate() !== (fields.d ?? 1) || hour > 23 || (fields.m ?? 0) > 59 || (fields.s ?? 0) > 59) return undefined;
  const datePart = type === 'DateTime' || type === 'LocalDateTime' || type === 'Date';
  if (datePart && (fields.y === undefined || fields.M === undefined || fields.d === undefined)) return undefined;
  if (type === 'DateTime' || type === 'Time') {
    if (offset === null) return undefined;
    return new DwTemporal(type, type === 'Time' ? wall - Date.UTC(year, (fields.M ?? 1) - 1, fields.d ?? 1) : wall, offset);
  }
  if (type === 'Date') return new DwTemporal('Date', Date.UTC(year, fields.M! - 1, fields.d!), null);
  if (type === 'LocalTime') return new DwTemporal('LocalTime', wall - Date.UTC(year, (fields.M ?? 1) - 1, fields.d ?? 1), null);
  return new DwTemporal('LocalDateTime', wall, null);
}
