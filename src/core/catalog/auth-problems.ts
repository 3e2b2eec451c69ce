/**
 * The inbound-auth plugin catalog (dsl-rules.md §5): business failure codes,
 * their RFC 9457 Problem Details, and where each plugin writes its result.
 * Shared by the validator, the simulator's plugins and the auth preview so
 * that all three write exactly the same Problem objects. Pure data.
 */

export type AuthPluginKind = 'jwtValidate:v1' | 'mtlsValidate:v1' | 'apiKeyValidate:v1';
export type AuthMechanism = 'jwt' | 'mtls' | 'apiKey';

export interface ProblemDetails {
  type: string;
  title: string;
  status?: number;
  detail?: string;
  code: string;
  [extension: string]: unknown;
}

interface CodeInfo {
  code: string;
  title: string;
}

const BASE = 'https://journeyforge.dev/problem/plugins';

const JWT_CODES: readonly CodeInfo[] = [
  { code: 'JWT_TOKEN_MISSING', title: 'Bearer token missing' },
  { code: 'JWT_TOKEN_MALFORMED', title: 'Bearer token malformed' },
  { code: 'JWT_SIG_INVALID', title: 'Invalid JWT signature' },
  { code: 'JWT_KID_NOT_FOUND', title: 'Signing key not found' },
  { code: 'JWT_EXPIRED', title: 'Token expired' },
  { code: 'JWT_NOT_YET_VALID', title: 'Token not yet valid' },
  { code: 'JWT_AUDIENCE_MISMATCH', title: 'Token audience mismatch' },
  { code: 'JWT_ISSUER_MISMATCH', title: 'Token issuer mismatch' },
  { code: 'JWT_CLAIMS_INVALID', title: 'Required token claims not satisfied' },
];

const MTLS_CODES: readonly CodeInfo[] = [
  { code: 'MTLS_CERT_MISSING', title: 'Client certificate missing' },
  { code: 'MTLS_CERT_UNPARSEABLE', title: 'Client certificate unparseable' },
  { code: 'MTLS_CERT_UNTRUSTED', title: 'Client certificate not trusted' },
  { code: 'MTLS_CERT_REVOKED', title: 'Client certificate revoked' },
  { code: 'MTLS_SUBJECT_DENIED', title: 'Client certificate subject not allowed' },
  { code: 'MTLS_SAN_DENIED', title: 'Client certificate SAN not allowed' },
  { code: 'MTLS_SERIAL_DENIED', title: 'Client certificate serial not allowed' },
];

const APIKEY_CODES: readonly CodeInfo[] = [
  { code: 'APIKEY_MISSING', title: 'API key missing' },
  { code: 'APIKEY_INVALID', title: 'API key invalid' },
];

export interface AuthPluginInfo {
  kind: AuthPluginKind;
  mechanism: AuthMechanism;
  /** Code prefix (`JWT`, `MTLS`, `APIKEY`). */
  prefix: string;
  /** Path segment of the Problem `type` URIs. */
  typeSegment: string;
  /** Business failure codes, in catalog order. */
  businessCodes: readonly string[];
  /** Internal configuration failures: they fail the run, never reach `context`. */
  configCodes: readonly string[];
  /** Fields written beside `problem` on success (claims/header, subjectDn…, keyId). */
  successFields: readonly string[];
}

const titles = new Map<string, string>([...JWT_CODES, ...MTLS_CODES, ...APIKEY_CODES].map((c) => [c.code, c.title]));

/** Every auth plugin by task kind. */
export const AUTH_PLUGINS: ReadonlyMap<AuthPluginKind, AuthPluginInfo> = new Map<AuthPluginKind, AuthPluginInfo>([
  [
    'jwtValidate:v1',
    {
      kind: 'jwtValidate:v1',
      mechanism: 'jwt',
      prefix: 'JWT',
      typeSegment: 'jwt',
      businessCodes: JWT_CODES.map((c) => c.code),
      configCodes: ['JWT_CONFIG_PROFILE_MISSING', 'JWT_CONFIG_KEYS_UNUSABLE', 'JWT_CONFIG_INVALID'],
      successFields: ['header', 'claims'],
    },
  ],
  [
    'mtlsValidate:v1',
    {
      kind: 'mtlsValidate:v1',
      mechanism: 'mtls',
      prefix: 'MTLS',
      typeSegment: 'mtls',
      businessCodes: MTLS_CODES.map((c) => c.code),
      configCodes: ['MTLS_CONFIG_PROFILE_MISSING', 'MTLS_CONFIG_TRUST_ANCHORS_INVALID', 'MTLS_CONFIG_INVALID'],
      successFields: ['subjectDn', 'issuerDn', 'fingerprintSha256'],
    },
  ],
  [
    'apiKeyValidate:v1',
    {
      kind: 'apiKeyValidate:v1',
      mechanism: 'apiKey',
      prefix: 'APIKEY',
      typeSegment: 'apikey',
      businessCodes: APIKEY_CODES.map((c) => c.code),
      configCodes: ['APIKEY_CONFIG_PROFILE_MISSING', 'APIKEY_CONFIG_KEYS_UNUSABLE', 'APIKEY_CONFIG_INVALID'],
      successFields: ['keyId'],
    },
  ],
]);

/** True for `jwtValidate:v1`, `mtlsValidate:v1`, `apiKeyValidate:v1`. */
export function isAuthKind(kind: string | undefined): kind is AuthPluginKind {
  return kind !== undefined && AUTH_PLUGINS.has(kind as AuthPluginKind);
}

/** The plugin that owns a code (`JWT_EXPIRED` → jwtValidate:v1), if any. */
export function pluginForCode(code: string): AuthPluginInfo | undefined {
  for (const info of AUTH_PLUGINS.values()) {
    if (info.businessCodes.includes(code) || info.configCodes.includes(code)) return info;
  }
  return undefined;
}

/**
 * The exact Problem Details object a plugin writes for a business failure code
 * (`type` = base/<mech>/<code minus prefix, kebab>, status 401). Pure.
 */
export function problemFor(code: string, detail?: string): ProblemDetails {
  const info = pluginForCode(code);
  const segment = info?.typeSegment ?? 'auth';
  const rest = info ? code.slice(info.prefix.length + 1) : code;
  const problem: ProblemDetails = {
    type: `${BASE}/${segment}/${rest.toLowerCase().replace(/_/g, '-')}`,
    title: titles.get(code) ?? code,
    status: 401,
    code,
  };
  if (detail) problem.detail = detail;
  return problem;
}

/** The internal engine error type (dsl-rules.md §5.1). */
export const INTERNAL_ERROR_TYPE = 'urn:journeyforge:error:internal';

/**
 * Where a plugin writes its result: `context.<authVar ?? 'auth'>.<mechanism>`.
 * `authVar` is the task's optional namespace field.
 */
export function authTargetPath(kind: AuthPluginKind, authVar?: string): string {
  const info = AUTH_PLUGINS.get(kind);
  return `context.${authVar || 'auth'}.${info?.mechanism ?? 'unknown'}`;
}
