/**
 * User patterns run on RE2 (re2js), a linear-time engine, never on the backtracking RegExp:
 * `/(a+)+$/` on a long input takes as long as any other pattern. What RE2 cannot do (back-references,
 * look-around) is refused when the pattern is compiled, with a message that says so. Pure.
 */
import { RE2JS } from 're2js';

/** A compiled pattern: RE2 with the flags JavaScript writes as `i`, `m`, `s`. */
export function compileLinear(source: string, flags = ''): RE2JS {
  let f = 0;
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) f |= RE2JS.MULTILINE;
  if (flags.includes('s')) f |= RE2JS.DOTALL;
  try {
    return RE2JS.compile(source, f);
  } catch (e) {
    throw new Error(`The pattern /${source}/ cannot be used: ${e instanceof Error ? e.message : String(e)} (patterns run on a linear-time engine: no back-references or look-around)`);
  }
}

/**
 * The part of RegExp that jsonata's evaluator uses (`new RegexEngine(re)`, `lastIndex`, `exec`),
 * over RE2: given as jsonata's `RegexEngine` option, every regex literal of an expression runs here.
 */
export class LinearRegExp {
  lastIndex = 0;
  readonly source: string;
  private readonly re: RE2JS;

  constructor(pattern: RegExp | string, flags?: string) {
    this.source = typeof pattern === 'string' ? pattern : pattern.source;
    this.re = compileLinear(this.source, flags ?? (typeof pattern === 'string' ? '' : pattern.flags));
  }

  exec(input: string): (RegExpExecArray & string[]) | null {
    const m = this.re.matcher(input);
    if (this.lastIndex > input.length || !m.find(this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    const groups: string[] = [];
    for (let i = 0; i <= m.groupCount(); i++) groups.push(m.group(i) ?? (undefined as unknown as string));
    const result = Object.assign(groups, { index: m.start(), input }) as unknown as RegExpExecArray;
    this.lastIndex = m.end();
    return result;
  }

  test(input: string): boolean {
    return this.exec(input) !== null;
  }
}
