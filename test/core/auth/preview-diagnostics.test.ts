/** AUTHLINT-006 (from the preview) on the shared examples: exactly the auth states whose failures look like OK. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewDiagnostics } from '../../../src/core/auth/preview-diagnostics';
import { buildModel } from '../../../src/core/model/build-model';
import { parseSource } from '../../../src/core/source';

const root = join(__dirname, '../../fixtures/examples');
const journeys = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? journeys(p) : n.endsWith('.journey.yaml') ? [p] : [];
  });

describe('AUTHLINT-006 on the shared examples', () => {
  it('flags the auth states whose failures take the OK path', async () => {
    const found: string[] = [];
    for (const f of journeys(root).sort()) {
      const source = parseSource(readFileSync(f, 'utf8'), f);
      for (const d of await previewDiagnostics(buildModel(source))) {
        found.push(`${basename(f, '.journey.yaml')}:${source.lines.positionAt(d.span.start).line} ${d.code} ${d.message}`);
      }
    }
    expect(found).toEqual([
      "auth-user-info:53 AUTHLINT-006 Every failure of 'validateJwt' takes the same path as a valid credential (succeed at 'done'): no branch tells them apart from OK",
      "subject-step-guard:10 AUTHLINT-006 Every failure of 'validateJwt' takes the same path as a valid credential (waits at 'waitForUserAction'): no branch tells them apart from OK",
    ]);
  }, 120_000);
});
