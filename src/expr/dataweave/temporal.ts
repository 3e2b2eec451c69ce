/**
 * DataWeave dates, times and periods: `|2026-01-01T09:00:00Z|`, `|P1D|`,
 * arithmetic, field selectors (`now().hour`) and ISO-8601 output. Pure.
 */

export type TemporalType = 'DateTime' | 'LocalDateTime' | 'Date' | 'LocalTime' | 'Time';

const DAY = 86_400_000;

/** A date/time value. `wall` is the wall-clock reading as UTC milliseconds; `offset` in minutes (zoned types). */
export class DwTemporal {
  constructor(
    readonly type: TemporalType,
    readonly wall: number,
    readonly offset: number | null,
    readonly zone?: string,
  ) {}

  /** Milliseconds since the epoch (zoned types) or the wall reading (local types), for ordering. */
  get instant(): number {
    return this.wall - (this.offset ?? 0) * 60_000;
  }

  toString(): string {
    const d = new Date(this.wall);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const ms = d.getUTCMilliseconds();
    const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`;
    const zone = this.zone ?? zoneText(this.offset ?? 0);
    switch (this.type) {
      case 'Date':
        return date;
      case 'LocalDateTime':
        return `${date}T${time}`;
      case 'DateTime':
        return `${date}T${time}${zone}`;
      case 'LocalTime':
        return time;
      case 'Time':
        return `${time}${zone}`;
    }
  }
}

/** A period (`P1Y2M3DT4H`): calendar part in months and days, clock part in milliseconds. */
export class DwPeriod {
  constructor(
    readonly months: number,
    readonly days: number,
    readonly ms: number,
  ) {}

  toString(): string {
    const { months, days, ms } = this;
    if (!months && !days && !ms) return 'PT0S';
    const y = Math.trunc(months / 12);
    const m = months % 12;
    let s = 'P' + (y ? `${y}Y` : '') + (m ? `${m}M` : '') + (days ? `${days}D` : '');
    if (ms) {
      const h = Math.trunc(ms / 3_600_000);
      const mi = Math.trunc((ms % 3_600_000) / 60_000);
      const sec = (ms % 60_000) / 1000;
      s += 'T' + (h ? `${h}H` : '') + (mi ? `${mi}M` : '') + (sec ? `${sec}S` : '');
    }
    return s;
  }
}

function zoneText(offset: number): string {
  if (offset === 0) return 'Z';
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.trunc(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const PERIOD_RE = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parses the text of a `|…|` literal (or an ISO string being coerced); undefined when invalid. */
export function parseTemporal(text: string): DwTemporal | DwPeriod | undefined {
  let m = DATE_RE.exec(text);
  if (m) {
    const wall = utc(+m[1], +m[2], +m[3], 0, 0, 0, 0);
    return wall === undefined ? undefined : new DwTemporal('Date', wall, null);
  }
  m = DATETIME_RE.exec(text);
  if (m) {
    const wall = utc(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0), fraction(m[7]));
    if (wall === undefined) return undefined;
    if (!m[8]) return new DwTemporal('LocalDateTime', wall, null);
    const off = parseOffset(m[8]);
    return off === undefined ? undefined : new DwTemporal('DateTime', wall, off, m[8]);
  }
  m = TIME_RE.exec(text);
  if (m) {
    const wall = utc(1970, 1, 1, +m[1], +m[2], +(m[3] ?? 0), fraction(m[4]));
    if (wall === undefined) return undefined;
    if (!m[5]) return new DwTemporal('LocalTime', wall, null);
    const off = parseOffset(m[5]);
    return off === undefined ? undefined : new DwTemporal('Time', wall, off, m[5]);
  }
  m = PERIOD_RE.exec(text);
  if (m && text !== 'P' && !text.endsWith('T')) {
    const sign = m[1] ? -1 : 1;
    const months = (+(m[2] ?? 0) * 12 + +(m[3] ?? 0)) * sign;
    const days = (+(m[4] ?? 0) * 7 + +(m[5] ?? 0)) * sign;
    const ms = Math.round((+(m[6] ?? 0) * 3600 + +(m[7] ?? 0) * 60 + +(m[8] ?? 0)) * 1000) * sign;
    return new DwPeriod(months, days, ms);
  }
  return undefined;
}

function fraction(f: string | undefined): number {
  return f ? Math.trunc(Number(`0.${f}`) * 1000) : 0;
}

function parseOffset(z: string): number | undefined {
  if (z === 'Z') return 0;
  const digits = z.slice(1).replace(':', '');
  const h = +digits.slice(0, 2);
  const mi = +digits.slice(2, 4);
  if (h > 18 || mi > 59) return undefined;
  return (z[0] === '-' ? -1 : 1) * (h * 60 + mi);
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(t);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return undefined;
  return t;
}

/** `t + p` (or `t - p` with sign -1); undefined when the period does not fit the type. */
export function addPeriod(t: DwTemporal, p: DwPeriod, sign: 1 | -1): DwTemporal | undefined {
  const isTime = t.type === 'LocalTime' || t.type === 'Time';
  if (t.type === 'Date' && p.ms % DAY !== 0) return undefined;
  if (isTime && (p.months || p.days)) return undefined;
  let wall = t.wall;
  if (p.months) {
    const d = new Date(wall);
    const target = d.getUTCMonth() + sign * p.months;
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(target);
    // Clamp like java.time: Jan 31 + P1M = Feb 28/29.
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
    wall = d.getTime();
  }
  wall += sign * (p.days * DAY + p.ms);
  if (isTime) wall = ((wall % DAY) + DAY) % DAY;
  return new DwTemporal(t.type, wall, t.offset, t.zone);
}

/** Field selectors on dates (`.year`, `.hour` …) and periods (`.days` …); undefined = no such field. */
export function temporalField(v: DwTemporal | DwPeriod, key: string): number | string | undefined {
  if (v instanceof DwPeriod) {
    const fields: Record<string, number> = {
      years: Math.trunc(v.months / 12),
      months: v.months % 12,
      days: v.days,
      hours: Math.trunc(v.ms / 3_600_000),
      minutes: Math.trunc((v.ms % 3_600_000) / 60_000),
      seconds: Math.trunc((v.ms % 60_000) / 1000),
    };
    return Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
  }
  const d = new Date(v.wall);
  const hasDate = v.type !== 'LocalTime' && v.type !== 'Time';
  const hasTime = v.type !== 'Date';
  const hasZone = v.offset !== null;
  const startOfYear = Date.UTC(d.getUTCFullYear(), 0, 1);
  switch (key) {
    case 'year':
      return hasDate ? d.getUTCFullYear() : undefined;
    case 'month':
      return hasDate ? d.getUTCMonth() + 1 : undefined;
    case 'day':
      return hasDate ? d.getUTCDate() : undefined;
    case 'dayOfWeek':
      return hasDate ? ((d.getUTCDay() + 6) % 7) + 1 : undefined;
    case 'dayOfYear':
      return hasDate ? Math.floor((v.wall - startOfYear) / DAY) + 1 : undefined;
    case 'quarter':
      return hasDate ? Math.floor(d.getUTCMonth() / 3) + 1 : undefined;
    case 'hour':
      return hasTime ? d.getUTCHours() : undefined;
    case 'minutes':
      return hasTime ? d.getUTCMinutes() : undefined;
    case 'seconds':
      return hasTime ? d.getUTCSeconds() : undefined;
    case 'milliseconds':
      return hasTime ? d.getUTCMilliseconds() : undefined;
    case 'nanoseconds':
      return hasTime ? d.getUTCMilliseconds() * 1_000_000 : undefined;
    case 'offsetSeconds':
      return hasZone ? (v.offset ?? 0) * 60 : undefined;
    case 'timezone':
      return hasZone ? (v.zone ?? zoneText(v.offset ?? 0)) : undefined;
    default:
      return undefined;
  }
}

/** Converts between temporal types the way `as Date` / `as LocalDateTime` … do; undefined when impossible. */
export function convertTemporal(t: DwTemporal, to: TemporalType): DwTemporal | undefined {
  if (t.type === to) return t;
  const datePart = Math.floor(t.wall / DAY) * DAY;
  const timePart = t.wall - datePart;
  switch (to) {
    case 'Date':
      return t.type === 'DateTime' || t.type === 'LocalDateTime' ? new DwTemporal('Date', datePart, null) : undefined;
    case 'LocalDateTime':
      return t.type === 'DateTime' || t.type === 'Date' ? new DwTemporal('LocalDateTime', t.wall, null) : undefined;
    case 'LocalTime':
      return t.type !== 'Date' ? new DwTemporal('LocalTime', timePart, null) : undefined;
    case 'Time':
      return t.type === 'DateTime' ? new DwTemporal('Time', timePart, t.offset, t.zone) : undefined;
    case 'DateTime':
      return undefined;
  }
}
