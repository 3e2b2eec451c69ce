/**
 * Heuristics for literal secrets/PII in free text (TOP-008, OUTAUTH-009). Tuned to
 * be quiet: only shapes that are almost never innocent (JWTs, key prefixes,
 * `password=`-style pairs, e-mail addresses, long random-looking tokens).
 */
const PATTERNS: Array<[RegExp, string]> = [
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, 'a JSON Web Token'],
  [/\b(sk|pk|rk)_(live|test)_[A-Za-z0-9]{6,}/, 'an API key'],
  [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key'],
  [/\bgh[pousr]_[A-Za-z0-9]{20,}/, 'a GitHub token'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
  [/\b(password|passwd|pwd|secret|api[_-]?key|token)\s*[=:]\s*\S{4,}/i, 'a credential'],
  [/\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*/, 'a bearer token'],
  [/\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/, 'an e-mail address'],
];

/** What kind of secret `text` seems to contain, if any; pure. */
export function secretHint(text: string): string | undefined {
  for (const [re, what] of PATTERNS) if (re.test(text)) return what;
  return undefined;
}
