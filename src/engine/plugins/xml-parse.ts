/**
 * A small, strict XML → JSON reader for `xmlDecode:v1` (no DOM in workers or
 * Node). Elements become keys, repeated siblings arrays, attributes `@name`,
 * mixed text `#text`; text-only elements become strings. Pure; throws on bad XML.
 */
import type { Json, JsonObject } from '../json';
import { lookupTable, putOwn } from '../../core/own-property';

const ENTITIES: Readonly<Record<string, string>> = lookupTable({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e] ?? m),
  );
}

/** Parses an XML document into `{ rootName: value }`. */
export function parseXml(text: string): JsonObject {
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`${msg} at offset ${i}`);
  };
  const skipMisc = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text.startsWith('<?', i))
        i = text.indexOf('?>', i) + 2 || fail('unterminated declaration');
      else if (text.startsWith('<!--', i))
        i = text.indexOf('-->', i) + 3 || fail('unterminated comment');
      else if (text.startsWith('<!DOCTYPE', i)) fail('DOCTYPE is not allowed');
      else return;
    }
  };
  const element = (depth: number): [string, Json] => {
    if (depth > 100) fail('nesting too deep');
    if (text[i] !== '<') fail('expected an element');
    const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
    if (!m) return fail('bad element name');
    const name = m[1];
    i += m[0].length;
    const obj: JsonObject = {};
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text.startsWith('/>', i)) {
        i += 2;
        return [name, Object.keys(obj).length ? obj : null];
      }
      if (text[i] === '>') break;
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(text.slice(i));
      if (!a) fail('bad attribute');
      obj[`@${a![1]}`] = decode(a![3] ?? a![4] ?? '');
      i += a![0].length;
    }
    i++;
    let txt = '';
    for (;;) {
      if (i >= text.length) fail(`unclosed element <${name}>`);
      if (text.startsWith('</', i)) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(text.slice(i, i + 200));
        if (!close || close[1] !== name) fail(`mismatched closing tag for <${name}>`);
        i += close![0].length;
        break;
      }
      if (text.startsWith('<!--', i))
        i = text.indexOf('-->', i) + 3 || fail('unterminated comment');
      else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA');
        txt += text.slice(i + 9, end);
        i = end + 3;
      } else if (text[i] === '<') {
        const [k, v] = element(depth + 1);
        const prev = obj[k];
        putOwn(obj, k, prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]);
      } else {
        const next = text.indexOf('<', i);
        txt += decode(text.slice(i, next < 0 ? text.length : next));
        i = next < 0 ? text.length : next;
      }
    }
    const t = txt.trim();
    if (Object.keys(obj).length === 0) return [name, t];
    if (t) obj['#text'] = t;
    return [name, obj];
  };
  skipMisc();
  const [root, value] = element(0);
  skipMisc();
  if (i < text.length) fail('content after the root element');
  return { [root]: value };
}
