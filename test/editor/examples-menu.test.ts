import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/editor/files/examples';
import { correctedLoader } from '../../src/editor/files/example-corrections';
import { corpus } from '../support/corpus';

describe('examples under New…', () => {
  it('offers every shared example journey, each loading its file as it is (or its recorded correction)', async () => {
    const files = corpus();
    expect(EXAMPLES).toHaveLength(files.length);
    for (const f of files) {
      const entry = EXAMPLES.find((x) => x.fileName === `${f.name}.journey.yaml`);
      expect(entry, f.rel).toBeDefined();
      const corrected = correctedLoader(`${f.name}.journey.yaml`);
      expect(await entry!.load()).toBe(corrected ? await corrected() : f.text);
    }
  });
});
