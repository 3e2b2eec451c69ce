/** Generates a valid chain journey of `n` states (tasks, choices, transforms) for benchmarks. Pure. */

/** YAML text of a generated journey with exactly `n` states. */
export function generateJourney(n: number, name = `generated-${n}`): string {
  const lines = ['apiVersion: v1', 'kind: Journey', 'metadata:', `  name: ${name}`, '  version: 0.1.0', 'spec:', '  start: s0', '  states:'];
  const last = n - 1;
  for (let i = 0; i < n; i++) {
    const id = `s${i}`;
    const next = i + 1 < last ? `s${i + 1}` : `s${last}`;
    if (i === last) {
      lines.push(`    ${id}:`, '      type: succeed');
    } else if (i % 3 === 1) {
      lines.push(
        `    ${id}:`,
        '      type: choice',
        '      choices:',
        '        - when:',
        '            predicate:',
        '              lang: dataweave',
        `              expr: context.n${i} > ${i}`,
        `          next: ${next}`,
        `      default: ${next}`,
      );
    } else if (i % 3 === 2) {
      lines.push(
        `    ${id}:`,
        '      type: transform',
        '      transform:',
        '        mapper:',
        '          lang: dataweave',
        `          expr: 'context ++ { n${i + 1}: ${i} }'`,
        `      next: ${next}`,
      );
    } else {
      lines.push(`    ${id}:`, '      type: task', '      task:', '        kind: jwtValidate:v1', '        profile: default', `      next: ${next}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
