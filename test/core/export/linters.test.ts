/**
 * What a client team's linters say of our exports: Spectral (`spectral:oas`, `spectral:arazzo`) and
 * Redocly (`recommended`), pinned in devDependencies, run on the OpenAPI and Arazzo export of every
 * example and of a journey whose inline schema is invalid. Zero errors, zero warnings, except the two
 * a journey cannot avoid (it has no contact or licence to give: info-contact, info-license, see
 * docs/exports.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arazzoExporter } from '../../../src/core/export/arazzo-export';
import { openApiExporter } from '../../../src/core/export/openapi-export';
import { analyze } from '../../../src/core/validate/validate';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const UNAVOIDABLE = new Set(['info-contact', 'info-license']);

function journeys(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? journeys(p) : n.endsWith('.journey.yaml') ? [p] : [];
  });
}

const out = mkdtempSync(join(tmpdir(), 'exports-'));
const files = [...journeys(join(root, 'test', 'fixtures', 'examples')), join(root, 'test', 'fixtures', 'exports', 'invalid-schema.journey.yaml')];
const written = { openapi: [] as string[], arazzo: [] as string[] };
for (const f of files) {
  const a = analyze(readFileSync(f, 'utf8'), f);
  for (const [kind, exporter] of [['openapi', openApiExporter], ['arazzo', arazzoExporter]] as const) {
    const r = exporter.run(a);
    if (!r.ok) continue;
    const target = join(out, `${basename(f, '.journey.yaml')}.${kind}.yaml`);
    writeFileSync(target, r.text);
    written[kind].push(target);
  }
}

/** Runs a linter that exits non-zero when it finds anything; its JSON report either way. */
function lint(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { cwd: out, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? '');
  }
}

describe('exports under outside linters', () => {
  it('every example is exported, and the invalid-schema journey too', () => {
    expect(written.openapi.length).toBe(47);
    expect(written.arazzo.length).toBeGreaterThanOrEqual(45);
  });

  it('Spectral spectral:oas and spectral:arazzo: nothing to fix', () => {
    writeFileSync(join(out, 'oas.yaml'), 'extends: ["spectral:oas"]\n');
    writeFileSync(join(out, 'arazzo.yaml'), 'extends: ["spectral:arazzo"]\n');
    const found = [
      ...JSON.parse(lint(bin('spectral'), ['lint', ...written.openapi, '-r', 'oas.yaml', '-f', 'json', '--quiet']) || '[]'),
      ...JSON.parse(lint(bin('spectral'), ['lint', ...written.arazzo, '-r', 'arazzo.yaml', '-f', 'json', '--quiet']) || '[]'),
    ] as { code: string; source: string; message: string }[];
    const avoidable = found.filter((r) => !UNAVOIDABLE.has(r.code));
    expect(avoidable.map((r) => `${basename(r.source)} ${r.code} ${r.message}`)).toEqual([]);
  });

  it('Redocly recommended: nothing to fix', () => {
    // redocly prints one JSON report per file; each is read on its own.
    const problems: string[] = [];
    for (const f of [...written.openapi, ...written.arazzo]) {
      const report = lint(bin('redocly'), ['lint', '--extends=recommended', '--format=json', f]);
      const json = JSON.parse(report.slice(report.indexOf('{'))) as { problems: { ruleId: string; message: string; severity: string }[] };
      for (const p of json.problems) if (!UNAVOIDABLE.has(p.ruleId)) problems.push(`${basename(f)} ${p.severity} ${p.ruleId} ${p.message}`);
    }
    expect(problems).toEqual([]);
  });
});
