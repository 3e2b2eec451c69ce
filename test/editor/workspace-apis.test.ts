import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../src/editor/workspace/workspace-store';

const users = { name: 'users.openapi.yaml', text: 'openapi: 3.1.0\npaths: {}\n' };

describe("the workspace's OpenAPI documents", () => {
  it('adds a document once, replaces it by name, and removes it', () => {
    let n = 0;
    const ws = createWorkspaceStore(() => `doc-${++n}`);
    ws.getState().addApi(users);
    const first = ws.getState().apis;
    ws.getState().addApi({ ...users });
    expect(ws.getState().apis).toBe(first); // the same text again: nothing changes, nothing is checked again
    ws.getState().addApi({ ...users, text: 'openapi: 3.1.0\npaths:\n  /u: {}\n' });
    expect(ws.getState().apis).toHaveLength(1);
    expect(ws.getState().apis[0]!.text).toContain('/u');
    ws.getState().removeApi('users.openapi.yaml');
    expect(ws.getState().apis).toEqual([]);
    expect(ws.getState().docs).toEqual([]); // documents are not journeys: no tab opens for them
  });
});
