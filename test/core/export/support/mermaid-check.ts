/**
 * A structural check of the `stateDiagram-v2` subset the exporter writes: every
 * line is a known statement, ids are plain identifiers, labels hold no character
 * that ends a statement or a quoted string in GitHub's Mermaid, braces balance,
 * and every edge joins declared states.
 */
const ID = '[A-Za-z_][A-Za-z0-9_]*';
const RESERVED = new Set(['end', 'state', 'note', 'direction', 'class', 'classDef', 'style', 'click', 'as', 'default']);
// Control characters cannot occur: the label is one line of a split on \n and the exporter strips them.
const BAD_IN_LABEL = /["';#{}:|`\\<>\t\r]/;

/** Problems found in a Mermaid text; empty when it is well formed. */
export function mermaidProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines[0] !== 'stateDiagram-v2') problems.push('first line must be stateDiagram-v2');
  const declared = new Set<string>();
  const used: Array<[string, number]> = [];
  let depth = 0;
  const checkId = (id: string, n: number) => {
    if (!new RegExp(`^${ID}$`).test(id) || RESERVED.has(id)) problems.push(`line ${n}: bad id '${id}'`);
  };
  lines.slice(1).forEach((raw, i) => {
    const n = i + 2;
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if (line === '') return;
    if ((m = new RegExp(`^state "([^"]*)" as (${ID})$`).exec(line))) {
      if (/[";#{}:|`\\<>]/.test(m[1].replace(/'/g, ''))) problems.push(`line ${n}: unsafe state label '${m[1]}'`);
      checkId(m[2], n);
      if (declared.has(m[2])) problems.push(`line ${n}: '${m[2]}' declared twice`);
      declared.add(m[2]);
    } else if ((m = new RegExp(`^state (${ID}) \\{$`).exec(line))) {
      used.push([m[1], n]);
      depth++;
    } else if (line === '}') {
      if (--depth < 0) problems.push(`line ${n}: unbalanced }`);
    } else if (line === '--') {
      if (depth === 0) problems.push(`line ${n}: -- outside a composite state`);
    } else if ((m = new RegExp(`^(${ID}|\\[\\*\\]) --> (${ID}|\\[\\*\\])(?: : (.+))?$`).exec(line))) {
      for (const end of [m[1], m[2]]) if (end !== '[*]') used.push([end, n]);
      if (m[3] !== undefined && BAD_IN_LABEL.test(m[3].replace(/'/g, ''))) problems.push(`line ${n}: unsafe edge label '${m[3]}'`);
    } else if (/^classDef [A-Za-z]+ [a-z-]+:#[0-9a-f]{6}(,[a-z-]+:#[0-9a-f]{6})*$/.test(line)) {
      // styling
    } else if ((m = new RegExp(`^class (${ID}(?:,${ID})*) [A-Za-z]+$`).exec(line))) {
      for (const id of m[1].split(',')) used.push([id, n]);
    } else {
      problems.push(`line ${n}: not a known statement: ${line}`);
    }
  });
  if (depth !== 0) problems.push('unbalanced braces');
  for (const [id, n] of used) if (!declared.has(id)) problems.push(`line ${n}: '${id}' used but never declared`);
  return problems;
}
