/**
 * Removing identity-lab secrets from scenario (and journey) text before it
 * leaves the workspace: private keys, JWK private members, API key values and
 * anything that repeats an API key value (a header carrying the key).
 * Comments and layout of what remains are kept.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Pair, type Scalar } from 'yaml';

export interface StripResult {
  text: string;
  /** Dotted paths of what was removed or redacted, for the share dialog. */
  removed: string[];
}

/** What replaces a secret that cannot simply be dropped (a value inside a header, a list item). */
export const REDACTED = '<redacted>';

/** Keys whose value is a secret wherever they appear. */
const SECRET_KEYS = /^(private[-_]?key|private[-_]?jwk|privateKeyPem|secret|client[-_]?secret|password|passphrase)$/i;

/** JWK members that hold private or symmetric key material (RFC 7517/7518). */
const JWK_PRIVATE = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']);

const PEM_PRIVATE = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** Strips secrets from YAML text; text that is not YAML is returned only when it holds no PEM private key. */
export function stripSecrets(text: string): StripResult {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    return PEM_PRIVATE.test(text) ? { text: '', removed: ['(unparseable text holding a private key)'] } : { text, removed: [] };
  }
  const removed: string[] = [];
  const apiKeyValues = collectApiKeyValues(doc);
  visit(doc, {
    Pair(_, pair, path) {
      const key = keyOf(pair);
      const where = pathOf(path, key);
      if (key !== undefined && SECRET_KEYS.test(key)) {
        removed.push(where);
        return visit.REMOVE;
      }
      if (key !== undefined && JWK_PRIVATE.has(key) && isJwk(path)) {
        removed.push(where);
        return visit.REMOVE;
      }
      if (key === 'value' && underApiKeyKeys(path)) {
        removed.push(where);
        return visit.REMOVE;
      }
      return undefined;
    },
    Scalar(_, node, path) {
      if (typeof node.value !== 'string') return undefined;
      const value = node.value;
      if (PEM_PRIVATE.test(value) || apiKeyValues.some((k) => value.includes(k))) {
        removed.push(pathOf(path, undefined));
        node.value = REDACTED;
      }
      return undefined;
    },
  });
  return { text: removed.length ? doc.toString() : text, removed };
}

/** Every `env.auth.apiKey.<profile>.keys[].value` (and the same under each scenario's `env`). */
function collectApiKeyValues(doc: Document): string[] {
  const values: string[] = [];
  visit(doc, {
    Pair(_, pair, path) {
      if (keyOf(pair) === 'value' && underApiKeyKeys(path) && isScalar(pair.value) && typeof pair.value.value === 'string') {
        // Very short values would redact unrelated text; they are still removed at their own place.
        if (pair.value.value.length >= 4) values.push(pair.value.value);
      }
    },
  });
  return values;
}

type VisitPath = readonly unknown[];

function keyOf(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return String((k as Scalar).value);
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
