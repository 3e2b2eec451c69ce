/**
 * `validate --format sarif` against the official SARIF 2.1.0 JSON Schema (vendored in
 * test/fixtures/sarif/, the schemastore copy of the OASIS schema), on the 46 examples and on files
 * whose names a raw path would break as a URI (a space, a `#`).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { pathToUri } from '../../src/cli/format/sarif';
import { captureIO } from '../support/fake-io';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const schema = JSON.parse(readFileSync(join(fixtures, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
// The schema's `language` pattern is not valid with the u flag (an unmatched bracket).
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

async function sarifOf(...paths: string[]) {
  const io = captureIO();
  await main(['validate', ...paths, '--format', 'sarif', '--style'], io);
  return JSON.parse(io.out);
}

describe('SARIF output', () => {
  it('is valid SARIF 2.1.0 for every example, each rule described with a help URI', async () => {
    const sarif = await sarifOf(join(fixtures, 'examples'));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 5))).toBe(true);
    const rules = sarif.runs[0].tool.driver.rules as {
      id: string;
      shortDescription: { text: string };
      helpUri: string;
    }[];
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) {
      expect(r.shortDescription.text, r.id).not.toBe(r.id);
      expect(r.shortDescription.text.length, r.id).toBeGreaterThan(15);
      expect(new URL(r.helpUri).protocol).toBe('https:');
    }
  });

  it('names files with a space or # as URI references a SARIF reader resolves back to the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sarif uri #'));
    const file = join(dir, '#1 my journey.journey.yaml');
    copyFileSync(join(fixtures, 'broken', 'not-yaml.journey.yaml'), file);
    const sarif = await sarifOf(file);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 5))).toBe(true);
    const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation
      .uri as string;
    expect(uri).not.toContain('#');
    expect(uri).not.toContain(' ');
    expect(decodeURIComponent(new URL(uri).pathname)).toBe(file);
  });

  it('keeps relative paths relative (percent-encoded segments)', () => {
    expect(pathToUri('journeys/#1 a.journey.yaml')).toBe('journeys/%231%20a.journey.yaml');
    expect(pathToUri('C:\\work\\a b.journey.yaml')).toBe('file:///C:/work/a%20b.journey.yaml');
  });
});
