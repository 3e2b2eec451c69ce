import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/editor/files/examples';
import { corpus } from '../support/corpus';

describe('examples under New…', () => {
  it('offers every shared example journey, each loading its file as it is', async () => {
    const files = corpus();
    expect(EXAMPLES).toHaveLength(files.length);
    for (const f of files) {
      const entry = EXAMPLES.find((x) => x.fileName === `${f.name}.journey.yaml`);
      expect(entry, f.rel).toBeDefined();
      expect(await entry!.load()).toBe(f.text);
    }
  });
});
