/** Text that is safe inside GitHub's Mermaid renderer: node ids and labels. */

/** Mermaid keywords that cannot be used as state ids. */
const RESERVED = new Set(['end', 'state', 'note', 'direction', 'class', 'classDef', 'style', 'click', 'as', 'default']);

/** Hands out unique, keyword-free Mermaid ids (`[A-Za-z_][A-Za-z0-9_]*`) for qualified state ids. */
export class MermaidIds {
  private readonly byKey = new Map<string, string>();
  private readonly used = new Set<string>();

  /** The id for a key (a qualified state id plus its rendering context); stable per key. */
  id(key: string, hint = key): string {
    const known = this.byKey.get(key);
    if (known) return known;
    let base = hint.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'state';
    if (/^[0-9]/.test(base) || RESERVED.has(base)) base = `s_${base}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    this.byKey.set(key, id);
    return id;
  }
}

/** Characters that end or escape a Mermaid statement or a quoted label, and their look-alikes. */
const REPLACEMENTS: Array<[RegExp, string]> = [
  [/>=/g, '≥'],
  [/<=/g, '≤'],
  [/!=/g, '≠'],
  [/</g, '‹'],
  [/>/g, '›'],
  [/"/g, "'"],
  [/;/g, ','],
  [/#/g, '♯'],
  [/[{]/g, '('],
  [/[}]/g, ')'],
  [/:/g, '∶'],
  [/\|/g, '¦'],
  [/`/g, "'"],
  [/\\/g, '/'],
];

/** A one-line label with no character that breaks the renderer, at most `max` characters. */
export function safeLabel(text: string, max = 60): string {
  let out = text.replace(/\s+/g, ' ').trim();
  for (const [re, to] of REPLACEMENTS) out = out.replace(re, to);
  // Strip control and bidi characters that could hide text.
  out = [...out].filter((c) => !isHidden(c.codePointAt(0)!)).join('');
  return out.length > max ? `${out.slice(0, max - 1).trimEnd()}…` : out;
}

function isHidden(cp: number): boolean {
  return cp < 0x20 || cp === 0x7f || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** A predicate shortened for an edge label: comments dropped, `context.` elided, at most 40 characters. */
export function predicateLabel(expr: string): string {
  const noComments = expr
    .split('\n')
    .map((l) => l.replace(/(^|\s)\/\/.*$/, ''))
    .join(' ');
  return safeLabel(noComments.replace(/\bcontext\./g, ''), 40);
}
