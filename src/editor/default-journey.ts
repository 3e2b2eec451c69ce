/**
 * The journey the app opens with: a real example with a JWT guard, in
 * Journey Studio's corrected copy (no warning: see example-corrections.ts).
 */
import text from './files/corrected/auth-jwt-scopes.journey.yaml?raw';

/** File name and text of the embedded default example. */
export const DEFAULT_JOURNEY = { fileName: 'auth-jwt-scopes.journey.yaml', text };
