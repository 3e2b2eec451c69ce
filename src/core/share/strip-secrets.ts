/**
 * Removing identity-lab secrets from scenario (and journey) text before it
 * leaves the workspace. Stripping works on the YAML structure (the lossless
 * Document): secrets are found by their place in the scenario format (API key
 * values, HMAC and client secrets, private keys and JWK private members,
 * tokens), aliases are followed so an anchored secret is removed at its anchor,
 * anything repeating a found secret is redacted, and comments are scanned for
 * PEM blocks and key-looking material. Text that cannot be read as YAML is
 * refused, never passed through: its secrets cannot be found by structure.
 * Comments and layout of what remains are kept.
 */
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  Scalar,
} from 'yaml';

export interface StripResult {
  /** The stripped text; empty when `error` is set. */
  text: string;
  /** Dotted paths of what was removed or redacted, for the share dialog. */
  removed: string[];
  /** Why the text was refused (it cannot be read, so it cannot be checked for secrets). */
  error?: string;
}

/** What replaces a secret that cannot simply be dropped (a value inside a header, a list item, an anchor). */
export const REDACTED = '<redacted>';

/** Keys whose value is a secret wherever they appear. */
const SECRET_KEYS = /^(private[-_]?key|private[-_]?jwk|private[-_]?key[-_]?pem|secret|client[-_]?secret|password|passphrase)$/i;

/** Secret keys whose value may be a mapping (a private JWK). */
const PRIVATE_KEYS = /^private[-_]?(key|jwk)$/i;

/** Keys whose string value is a bearer credential (tokens in HTTP mocks are invented test data the receiver needs, so they stay). */
const TOKEN_KEYS = /^((access|refresh|id|bearer|static)[-_]?token|token|api[-_]?key)$/i;

/** JWK members that hold private or symmetric key material (RFC 7517/7518). */
const JWK_PRIVATE = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']);

const PEM_PRIVATE = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
/** A PEM block (to its END line, or to the end of the text when cut off). */
const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g;
/** A compact JWS/JWT: three base64url segments, the first two JSON objects. */
const JWT = /eyJ[\w-]{4,}\.eyJ[\w-]{4,}\.[\w-]*/g;
/** Key-looking material in prose: a long run of base64/hex characters mixing letters and digits. */
const KEY_LIKE = /[A-Za-z0-9+/_-]{32,}={0,2}/g;

/** Known secret values shorter than this are removed at their place but not searched for elsewhere (they would redact unrelated text). */
const MIN_REPEAT = 8;

/** Strips secrets from YAML text; text with a YAML error is refused (`error`). */
export function stripSecrets(text: string): StripResult {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return { text: '', removed: [], error: describeError(doc.errors[0]) };

  const secretNodes = new Set<Node>();
  const known = collectSecrets(doc, secretNodes);
  const removed: string[] = [];
  const redactText = (s: string): string => redactInText(s, known);

  const scanComments = (node: { commentBefore?: string | null; comment?: string | null }, where: string) => {
    for (const field of ['commentBefore', 'comment'] as const) {
      const c = node[field];
      if (!c) continue;
      const clean = redactText(c);
      if (clean !== c) {
        node[field] = clean;
        removed.push(`${where || '(top)'} (comment)`);
      }
    }
  };
  scanComments(doc, '');

  visit(doc, {
    Pair(_, pair, path) {
      const key = keyOf(pair);
      const where = pathOf(path, key);
      if (!isSecretPlace(pair, key, path, doc)) return undefined;
      removed.push(where);
      // An anchored value may be reused by an alias elsewhere: keep the anchor, drop what it held.
      if (isNode(pair.value) && !isAlias(pair.value) && pair.value.anchor) {
        const stub = new Scalar(REDACTED);
        stub.anchor = pair.value.anchor;
        pair.value = stub;
        return undefined;
      }
      return visit.REMOVE;
    },
    Node(_, node, path) {
      scanComments(node, pathOf(path, undefined));
      return undefined;
    },
    Scalar(_, node, path) {
      scanComments(node, pathOf(path, undefined));
      if (secretNodes.has(node)) {
        removed.push(`${pathOf(path, undefined)}${node.anchor ? ` (&${node.anchor})` : ''}`);
        node.value = REDACTED;
        return undefined;
      }
      if (typeof node.value !== 'string') return undefined;
      const value = node.value;
      if (PEM_PRIVATE.test(value) || JWT_TEST.test(value) || known.some((k) => value.includes(k))) {
        removed.push(pathOf(path, undefined));
        node.value = REDACTED;
      }
      return undefined;
    },
  });
  const out = removed.length ? doc.toString() : text;
  // Defence in depth: whatever the walk missed (a comment the reader did not attach) stops the link.
  if (PEM_PRIVATE.test(out) || JWT_TEST.test(out) || known.some((k) => out.includes(k))) {
    return { text: '', removed, error: 'secret (a private key, token or key value) where it cannot be stripped' };
  }
  return { text: out, removed: [...new Set(removed)] };
}

const JWT_TEST = /eyJ[\w-]{4,}\.eyJ[\w-]{4,}\.[\w-]*/;

/** "YAML error at 12:3 (duplicate key)". */
function describeError(err: { code: string; linePos?: [{ line: number; col: number }, ...unknown[]] | { line: number; col: number }[] }): string {
  const pos = err.linePos?.[0];
  const at = pos ? ` at ${pos.line}:${pos.col}` : '';
  return `YAML error${at} (${err.code.toLowerCase().replace(/_/g, ' ')})`;
}

/**
 * Every secret value found by its place, resolving aliases; the scalars that
 * hold them (the anchored ones included) go into `nodes`.
 */
function collectSecrets(doc: Document, nodes: Set<Node>): string[] {
  const values = new Set<string>();
  const take = (n: unknown) => {
    const target = isAlias(n) ? n.resolve(doc) : n;
    if (!isNode(target)) return;
    // Inside a mapping (a private JWK) only long values are searched for elsewhere: `P-256` is no secret.
    const min = isScalar(target) ? MIN_REPEAT : 16;
    visit(target, {
      Scalar(_, s) {
        nodes.add(s);
        if (typeof s.value === 'string' && s.value.length >= min) values.add(s.value);
      },
      Alias(_, a) {
        take(a);
      },
    });
  };
  visit(doc, {
    Pair(_, pair, path) {
      if (isSecretPlace(pair, keyOf(pair), path, doc)) take(pair.value);
      else if (keyOf(pair) === '<<') {
        // A merge key brings the anchored mapping's pairs here: a secret they hold is judged by this place.
        const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
        for (const source of sources) {
          const map = isAlias(source) ? source.resolve(doc) : source;
          if (!isMap(map)) continue;
          for (const inner of map.items) if (isPair(inner) && isSecretPlace(inner, keyOf(inner), path, doc)) take(inner.value);
        }
      }
    },
  });
  return [...values].sort((a, b) => b.length - a.length);
}

/** True where the scenario format keeps a secret as this pair's value. */
function isSecretPlace(pair: Pair, key: string | undefined, path: VisitPath, doc: Document): boolean {
  if (key === undefined) return false;
  const v = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
  const text = isScalar(v) && typeof v.value === 'string';
  // A mapping under `password` or `secret` is a schema (`properties: { password: { type: string } }`), not a secret;
  // only a private key may be a mapping (a JWK).
  if (SECRET_KEYS.test(key)) return text || (PRIVATE_KEYS.test(key) && isMap(v));
  if (JWK_PRIVATE.has(key) && isJwk(path)) return true;
  if (key === 'value' && underApiKeyKeys(path)) return true;
  return TOKEN_KEYS.test(key) && !keysOf(path).includes('http') && text;
}

/** Redacts PEM private key blocks, JWTs, known secrets and key-looking runs in free text (a comment). */
function redactInText(text: string, known: readonly string[]): string {
  let s = text.replace(PEM_BLOCK, REDACTED).replace(JWT, REDACTED);
  for (const k of known) s = s.split(k).join(REDACTED);
  return s.replace(KEY_LIKE, (run) => (/[0-9]/.test(run) && /[A-Za-z]/.test(run) ? REDACTED : run));
}

type VisitPath = readonly unknown[];

function keyOf(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return typeof k === 'string' ? k : undefined;
}

/** The keys of the pairs leading to a node. */
function keysOf(path: VisitPath): string[] {
  return path.filter(isPair).map((p) => keyOf(p as Pair) ?? '?');
}

function pathOf(path: VisitPath, last: string | undefined): string {
  return [...keysOf(path), ...(last === undefined ? [] : [last])].join('.');
}

/** True inside `…apiKey.<profile>.keys[…]`. */
function underApiKeyKeys(path: VisitPath): boolean {
  const keys = keysOf(path);
  const i = keys.lastIndexOf('apiKey');
  return i >= 0 && keys.length === i + 3 && keys[i + 2] === 'keys' && isSeq(path[path.length - 2]);
}

/** True when the innermost mapping on the path has a `kty` member (a JWK). */
function isJwk(path: VisitPath): boolean {
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (isMap(node)) return node.has('kty');
  }
  return false;
}
