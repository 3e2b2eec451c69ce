/**
 * What a chosen or dropped file is, before anything is opened: only journeys
 * and OpenAPI documents are. A picture, a binary file or a file over the
 * core's size limit is refused with the reason (it used to open as a journey
 * tab and pour its bytes into the code pane). A text file that is neither a
 * journey nor an OpenAPI document is refused too, saying what it looks like:
 * a scenario file goes to the Simulation panel, anything else is not a
 * journey. A file named `*.journey.yaml|yml|json` always opens while it is
 * text, even broken or empty: that is a journey being written. Pure.
 */
import { MAX_SOURCE_BYTES } from '../../core/source';
import { isOpenApiText } from './api-library';

/** The largest file opened: the core's limit for a journey's text. */
export const MAX_FILE_BYTES = MAX_SOURCE_BYTES;

export type FileKind = { kind: 'journey'; text: string } | { kind: 'openapi'; text: string } | { kind: 'refused'; reason: string };

/** Leading bytes of common binary formats, with the words a person knows them by. */
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'a JPEG picture'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF picture'],
  [[0x42, 0x4d], 'a BMP picture'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0x4d, 0x5a], 'a program (EXE)'],
];
const RIFF_WEBP = 'a WebP picture';
const PICTURE_NAME = /\.(png|jpe?g|gif|bmp|webp|ico|svg|avif|heic|tiff?)$/i;
const JOURNEY_NAME = /\.journey\.(ya?ml|json)$/i;

/** "1.4 MB" for a byte count. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** The refusal of a file of `size` bytes over the limit, or undefined. */
export function tooBig(name: string, size: number): string | undefined {
  return size > MAX_FILE_BYTES ? `${name} is too big to open (${sizeText(size)}; the limit is ${sizeText(MAX_FILE_BYTES)})` : undefined;
}

/** Why `bytes` (a file's content) is not text the editor can open, or undefined when it is UTF-8 text. */
export function binaryReason(name: string, bytes: Uint8Array): string | undefined {
  for (const [magic, what] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return what;
  if (String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return RIFF_WEBP;
  if (PICTURE_NAME.test(name)) return 'a picture';
  if (bytes.subarray(0, 8192).includes(0)) return 'a binary file';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'a binary file (not UTF-8 text)';
  }
  return undefined;
}

/** True when text reads as a journey document (`apiVersion` or `kind`, and `spec`). */
export function looksLikeJourney(text: string): boolean {
  return /^\s*(apiVersion|kind)\s*:/m.test(text) && /^\s*spec\s*:/m.test(text);
}

/** What to do with a file of this name and content. */
export function fileKind(name: string, bytes: Uint8Array): FileKind {
  const big = tooBig(name, bytes.length);
  if (big) return { kind: 'refused', reason: big };
  const binary = binaryReason(name, bytes);
  if (binary) return { kind: 'refused', reason: `${name} is ${binary}, not a journey or an OpenAPI document` };
  const text = new TextDecoder().decode(bytes);
  if (isOpenApiText(text)) return { kind: 'openapi', text };
  if (JOURNEY_NAME.test(name) || looksLikeJourney(text)) return { kind: 'journey', text };
  if (/\.scenarios?\.(ya?ml|json)$/i.test(name) || /^scenarios\s*:/m.test(text))
    return { kind: 'refused', reason: `${name} is a scenario file: open it with Scenario… in the toolbar` };
  return {
    kind: 'refused',
    reason: `${name} is not a journey (no apiVersion/kind and spec) or an OpenAPI document, so it was not opened`,
  };
}
