/** ISO 8601 durations and RFC 3339 instants for the identity lab. Pure. */

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** Milliseconds of an ISO 8601 duration (`PT1H`, `P1D`), or undefined when it is not one. Pure. */
export function durationMs(text: string): number | undefined {
  const t = text.trim();
  const m = DURATION.exec(t);
  if (!m || t.toUpperCase() === 'P' || /T$/i.test(t)) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  const days = n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4);
  return Math.round((((days * 24 + n(5)) * 60 + n(6)) * 60 + n(7)) * 1000);
}

/** Epoch milliseconds of an RFC 3339 instant, or undefined. Pure. */
export function instantMs(text: string | undefined): number | undefined {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isFinite(t) ? t : undefined;
}

/** The RFC 3339 text of an epoch-millisecond instant, without milliseconds. Pure. */
export function instantText(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
