/** A generated, valid chain journey of `n` states (tasks, choices, transforms) with a full spec header. Pure. */

/** YAML text of a journey with `n` chained states plus a final `succeed`. */
export function bigJourney(n: number): string {
  const lines = [
    'apiVersion: v1',
    'kind: Journey',
    'metadata:',
    '  name: big-journey',
    '  version: 1.0.0',
    'spec:',
    '  apis:',
    '    items:',
    '      openApiRef: apis/items.openapi.yaml',
    '  input:',
    '    schema:',
    '      type: object',
    '  output:',
    '    schema:',
    '      type: object',
    '      properties:',
    '        status:',
    '          type: string',
    '  start: s0',
    '  states:',
  ];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `s${i + 1}` : 'end';
    if (i % 3 === 0) {
      lines.push(
        `    s${i}:`,
        '      type: task',
        '      task:',
        '        kind: httpCall:v1',
        '        operationRef: items.getItem',
        `        resultVar: r${i}`,
        `      next: ${next}`,
      );
    } else if (i % 3 === 1) {
      lines.push(
        `    s${i}:`,
        '      type: choice',
        '      choices:',
        '        - when:',
        '            predicate:',
        '              lang: dataweave',
        `              expr: context.r${i - 1}.ok == true`,
        `          next: ${next}`,
        `      default: ${next}`,
      );
    } else {
      lines.push(
        `    s${i}:`,
        '      type: transform',
        '      transform:',
        '        mapper:',
        '          lang: dataweave',
        `          expr: '{ v: context.r${i - 2}.body }'`,
        '        target:',
        '          kind: context',
        `          path: out${i}`,
        `      next: ${next}`,
      );
    }
  }
  lines.push('    end:', '      type: succeed');
  return lines.join('\n') + '\n';
}
