import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSource } from '../src/core/source';
import { buildModel } from '../src/core/model/build-model';
import { openJourney, stateNode, stateNodes } from './helpers';

const ROOT = 'test/fixtures/examples';

function journeys(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return journeys(p);
    return name.endsWith('.journey.yaml') ? [p] : [];
  });
}

const files = journeys(ROOT).sort();

test('there are 46 shared example journeys', () => {
  expect(files).toHaveLength(46);
});

test('every shared journey opens with all its states on the canvas', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(stateNodes(page).first()).toBeVisible();
  for (const file of files) {
    const model = buildModel(parseSource(readFileSync(file, 'utf8'), file));
    const ids = model.states.map((s) => s.qid);
    await openJourney(page, file);
    await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', file.split('/').pop() ?? '');
    await expect(stateNodes(page), relative(ROOT, file)).toHaveCount(ids.length);
    // Qualified ids too (branch and subjourney states as outer/inner/state).
    for (const id of [ids[0], ids[ids.length - 1]]) await expect(stateNode(page, id)).toHaveCount(1);
  }
});
