/** ISO-8601 durations and instants on the virtual clock (epoch milliseconds). Pure. */

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** Milliseconds of an ISO-8601 duration (`PT10M`, `P1D`; years = 365 days, months = 30 days), or undefined. */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === 'P' || /T$/i.test(text.trim())) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  const days = n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4);
  return Math.round((((days * 24 + n(5)) * 60 + n(6)) * 60 + n(7)) * 1000);
}

/** Epoch milliseconds of an RFC 3339 instant, or undefined. */
export function parseInstant(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isFinite(t) ? t : undefined;
}

/** RFC 3339 text of an epoch-milliseconds instant. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** The default virtual clock start when a scenario gives none. */
export const DEFAULT_NOW = '2026-01-01T09:00:00Z';
