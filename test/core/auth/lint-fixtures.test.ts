/**
 * AUTHLINT fixtures: every `test/fixtures/auth-lint/<rule>/<case>/journey.yaml`
 * yields exactly the AUTHLINT findings (code + line) of its `expected.json`;
 * `fires-*` cases must report their rule, `quiet-*` cases must not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/validate/validate';
import { applyEdits } from '../../../src/core/commands/yaml-splice';
import { authLintRules } from '../../../src/core/validate/rules/auth-lint/index';

const root = join(__dirname, '../../fixtures/auth-lint');
const RULE_CODES: Record<string, string> = {
  'unguarded-input': 'AUTHLINT-001',
  'payload-before-auth': 'AUTHLINT-002',
  'unchecked-result': 'AUTHLINT-003',
  'stale-auth': 'AUTHLINT-004',
  'api-bypass': 'AUTHLINT-005',
};

/** Rules whose findings always come with a quick fix (AUTHLINT-004 has none; 005 has one unless the start is an auth task). */
const FIXABLE = new Set(['AUTHLINT-001', 'AUTHLINT-002', 'AUTHLINT-003', 'AUTHLINT-005']);

function lint(text: string) {
  const a = analyze(text, 'journey.yaml', { rules: authLintRules });
  return a.diagnostics.filter((d) => d.code.startsWith('AUTHLINT') || d.code === 'CORE-001').map((d) => ({ d, line: a.source.lines.positionAt(d.span.start).line }));
}

for (const rule of readdirSync(root).sort()) {
  describe(`auth lint ${rule}`, () => {
    for (const name of readdirSync(join(root, rule)).sort()) {
      it(name, () => {
        const text = readFileSync(join(root, rule, name, 'journey.yaml'), 'utf8');
        const expected = JSON.parse(readFileSync(join(root, rule, name, 'expected.json'), 'utf8')) as Array<{ code: string; line: number }>;
        const found = lint(text);
        expect(found.map(({ d, line }) => ({ code: d.code, line }))).toEqual(expected);
        const own = found.filter(({ d }) => d.code === RULE_CODES[rule]);
        if (name.startsWith('fires')) expect(own.length).toBeGreaterThan(0);
        else expect(own).toEqual([]);
        // Every quick fix applies cleanly and removes its own finding.
        for (const { d } of own) {
          if (FIXABLE.has(d.code)) expect(d.fix, `${d.code} offers a quick fix`).toBeDefined();
          if (!d.fix) continue;
          const fixed = applyEdits(text, d.fix.edits);
          const again = lint(fixed).filter((x) => x.d.code === d.code && x.d.message === d.message);
          expect(again, `${d.code} fix '${d.fix.title}'`).toEqual([]);
        }
      });
    }
  });
}
