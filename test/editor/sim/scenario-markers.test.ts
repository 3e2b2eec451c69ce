/** The scenario editor's squiggles are the engine's scenario check, at the same line/column the CLI reports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_MARKER_OWNER, scenarioMarkers } from '../../../src/editor/sim/scenario-markers';

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'examples', 'technical', 'auth-jwt-scopes', 'auth-jwt-scopes.scenario.yaml');
const text = readFileSync(file, 'utf8');

describe('scenario markers', () => {
  it('are none for a valid file and for a blank one (no scenario file yet)', () => {
    expect(scenarioMarkers(text)).toEqual([]);
    expect(scenarioMarkers('')).toEqual([]);
    expect(scenarioMarkers('  \n')).toEqual([]);
    expect(SCENARIO_MARKER_OWNER).toBe('scenario');
  });

  it('squiggle an unknown key as an error over the key', () => {
    const bad = text.replace(/^scenarios:\n/m, 'scenarios:\n  - name: extra\n    retries: 2\n');
    const line = bad.split('\n').indexOf('    retries: 2') + 1;
    expect(scenarioMarkers(bad)).toEqual([
      expect.objectContaining({ severity: 8, code: 'SCENARIO-002', startLineNumber: line, startColumn: 5, endLineNumber: line, endColumn: 12 }),
    ]);
  });
});
