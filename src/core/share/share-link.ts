/**
 * Share links: a journey (and optionally its scenario files and the OpenAPI
 * documents its operationRefs are checked against) compressed into
 * the URL fragment, so it never reaches a server. `#share=1.<base64url(deflate-raw(JSON))>`.
 * Every file passes through `stripSecrets` first; a file it cannot read refuses the link.
 */
import { fromBase64Url, toBase64Url } from './base64url';
import { stripSecrets } from './strip-secrets';

/** The fragment key: `#share=…`. */
export const SHARE_KEY = 'share';
const VERSION = '1';

/** Links longer than this are refused when made: chat tools and browsers truncate or reject longer URLs. */
export const MAX_FRAGMENT_CHARS = 64 * 1024;
/** Decompressed payloads larger than this are refused when opened (zip-bomb guard). */
export const MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;

export interface SharedFile {
  /** File name as shown in the workspace (`payment-callback.journey.yaml`). */
  name: string;
  text: string;
}

export interface SharePayload {
  journey: SharedFile;
  scenarios?: SharedFile[];
  /** OpenAPI documents of the journey's `spec.apis` (the receiver's editor checks operationRefs against them). */
  apis?: SharedFile[];
}

export type ShareEncodeResult = { ok: true; fragment: string; removed: string[] } | { ok: false; error: string };
export type ShareDecodeResult = { ok: true; payload: SharePayload } | { ok: false; error: string };

/** Builds the fragment (`share=1.…`, without `#`); secrets are removed first and listed in `removed`. */
export async function encodeShare(payload: SharePayload): Promise<ShareEncodeResult> {
  const removed: string[] = [];
  const refused: string[] = [];
  const clean = (kind: string) => (file: SharedFile): SharedFile => {
    const stripped = stripSecrets(file.text);
    // A file that cannot be read cannot be checked for secrets: the link is refused, never built from the raw text.
    if (stripped.error) refused.push(`The ${kind} ${file.name} has a ${stripped.error}`);
    removed.push(...stripped.removed.map((p) => `${file.name}: ${p}`));
    return { name: file.name, text: stripped.text };
  };
  const body: SharePayload = { journey: clean('journey')(payload.journey) };
  if (payload.scenarios?.length) body.scenarios = payload.scenarios.map(clean('scenario file'));
  if (payload.apis?.length) body.apis = payload.apis.map(clean('OpenAPI document'));
  if (refused.length) {
    return { ok: false, error: `${refused.join('; ')}; fix it before sharing — a link is never built from a file that cannot be checked for secrets.` };
  }
  const bytes = await transform(new TextEncoder().encode(JSON.stringify(body)), new CompressionStream('deflate-raw'), Infinity);
  if (!bytes || bytes === 'too-large') return { ok: false, error: 'The journey could not be compressed' };
  const fragment = `${SHARE_KEY}=${VERSION}.${toBase64Url(bytes)}`;
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return {
      ok: false,
      error: `The link would be ${Math.ceil(fragment.length / 1024)} KiB; share links are limited to ${MAX_FRAGMENT_CHARS / 1024} KiB. Export the files instead${body.scenarios || body.apis ? ', or share without scenarios or OpenAPI documents' : ''}.`,
    };
  }
  return { ok: true, fragment, removed };
}

/** A full link: `base` (any URL) with the share fragment. */
export async function shareUrl(base: string, payload: SharePayload): Promise<ShareEncodeResult & { url?: string }> {
  const result = await encodeShare(payload);
  return result.ok ? { ...result, url: `${base.split('#')[0]}#${result.fragment}` } : result;
}

/** True when a location hash holds a share link. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}

/** Reads a share fragment (`#share=1.…`, with or without `#`, or a whole URL); never throws. */
export async function decodeShare(input: string): Promise<ShareDecodeResult> {
  const hash = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input;
  const value = new URLSearchParams(hash).get(SHARE_KEY);
  if (value === null) return { ok: false, error: 'This link holds no shared journey' };
  const dot = value.indexOf('.');
  if (dot < 0 || value.slice(0, dot) !== VERSION) {
    return { ok: false, error: 'This share link was made by a newer or unknown version of Journey Studio' };
  }
  const corrupt = { ok: false as const, error: 'This share link is damaged (it was probably cut off when copied); ask for the link again' };
  if (value.length > MAX_FRAGMENT_CHARS) return { ok: false, error: 'This share link is too long to open' };
  const bytes = fromBase64Url(value.slice(dot + 1));
  if (!bytes || bytes.length === 0) return corrupt;
  const json = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_PAYLOAD_BYTES);
  if (json === 'too-large') return { ok: false, error: `This share link unpacks to more than ${MAX_PAYLOAD_BYTES / 1048576} MB; it was refused` };
  if (!json) return corrupt;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return corrupt;
  }
  const payload = asPayload(data);
  return payload ? { ok: true, payload } : corrupt;
}

function asFile(v: unknown): SharedFile | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { name, text } = v as Record<string, unknown>;
  return typeof name === 'string' && typeof text === 'string' ? { name: safeName(name), text } : undefined;
}

/** A shared file name is only a label: no directories, no control characters. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('').trim();
  return clean.slice(0, 200) || 'shared.journey.yaml';
}

function asPayload(data: unknown): SharePayload | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const journey = asFile(d.journey);
  if (!journey) return undefined;
  const scenarios = asFiles(d.scenarios);
  const apis = asFiles(d.apis);
  if (scenarios === null || apis === null) return undefined;
  return { journey, ...(scenarios && { scenarios }), ...(apis && { apis }) };
}

/** An optional list of files: undefined when absent, null when malformed. */
function asFiles(v: unknown): SharedFile[] | undefined | null {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return null;
  const files = v.map(asFile);
  return files.every((f): f is SharedFile => f !== undefined) ? files : null;
}

/** Pipes bytes through a (de)compression stream, stopping past `limit` bytes; undefined on corrupt input. */
async function transform(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array | 'too-large' | undefined> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Errors surface on the reader; the writer's promises are only observed to avoid unhandled rejections.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
