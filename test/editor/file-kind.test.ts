/** Only journeys and OpenAPI documents are opened; pictures, binaries, files over the limit and other text are refused with the reason. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKind, MAX_FILE_BYTES } from '../../src/editor/files/file-kind';
import { MAX_SOURCE_BYTES } from '../../src/core/source';
import { EXAMPLES_DIR } from '../support/corpus';

const FILES = join(import.meta.dirname, '..', 'fixtures', 'files');
const bytes = (path: string) => new Uint8Array(readFileSync(path));
const text = (s: string) => new TextEncoder().encode(s);

describe('fileKind', () => {
  it('refuses a picture, a binary file and a file over the core limit, naming the file and why', () => {
    expect(fileKind('state-diagram.png', bytes(join(FILES, 'state-diagram.png')))).toEqual({
      kind: 'refused',
      reason: 'state-diagram.png is a PNG picture, not a journey or an OpenAPI document',
    });
    // A picture is refused by its content whatever its name says.
    expect(fileKind('looks.journey.yaml', bytes(join(FILES, 'state-diagram.png')))).toMatchObject({ kind: 'refused', reason: expect.stringContaining('a PNG picture') });
    expect(fileKind('archive.bin', bytes(join(FILES, 'archive.bin')))).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/^archive\.bin is a binary file/) });
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(fileKind('huge.journey.yaml', big)).toEqual({ kind: 'refused', reason: 'huge.journey.yaml is too big to open (2.0 MB; the limit is 2.0 MB)' });
    expect(MAX_FILE_BYTES).toBe(MAX_SOURCE_BYTES);
  });

  it('opens journeys (even broken or empty ones named as journeys) and OpenAPI documents', () => {
    const journey = readFileSync(join(EXAMPLES_DIR, 'technical', 'http-success', 'http-success.journey.yaml'), 'utf8');
    expect(fileKind('http-success.journey.yaml', text(journey))).toEqual({ kind: 'journey', text: journey });
    expect(fileKind('copy.yaml', text(journey)).kind).toBe('journey');
    expect(fileKind('draft.journey.yaml', text('')).kind).toBe('journey');
    expect(fileKind('draft.journey.yaml', text('spec: [never closed')).kind).toBe('journey');
    expect(fileKind('users.openapi.yaml', bytes(join(EXAMPLES_DIR, 'apis', 'users.openapi.yaml'))).kind).toBe('openapi');
  });

  it('refuses other text, saying what it is: a scenario file goes to Scenario…', () => {
    const scenarios = readFileSync(join(EXAMPLES_DIR, 'technical', 'http-success', 'http-success.scenario.yaml'));
    expect(fileKind('http-success.scenario.yaml', new Uint8Array(scenarios))).toEqual({
      kind: 'refused',
      reason: 'http-success.scenario.yaml is a scenario file: open it with Scenario… in the toolbar',
    });
    expect(fileKind('notes.yaml', bytes(join(FILES, 'notes.yaml')))).toEqual({
      kind: 'refused',
      reason: 'notes.yaml is not a journey (no apiVersion/kind and spec) or an OpenAPI document, so it was not opened',
    });
  });
});
