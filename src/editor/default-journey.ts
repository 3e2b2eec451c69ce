/** The journey the app opens with: a real example with a JWT guard. */
import text from '../../test/fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml?raw';

/** File name and text of the embedded default example. */
export const DEFAULT_JOURNEY = { fileName: 'auth-jwt-scopes.journey.yaml', text };
