/**
 * A test-only expression language over the `jsonata` package, so engine tests
 * do not depend on the DataWeave evaluator: the bindings object is the input
 * document (`context.a` reads `context.a`).
 */
import jsonata from 'jsonata';
import type { ExpressionLanguage } from '../../../src/expr/types';

export const testJsonata: ExpressionLanguage = {
  id: 'jsonata',
  codePrefix: 'JN',
  compile(source) {
    let expr: ReturnType<typeof jsonata>;
    try {
      expr = jsonata(source);
    } catch (err) {
      return {
        diagnostics: [
          {
            code: 'JN_PARSE_ERROR',
            severity: 'error',
            message: String((err as Error).message ?? err),
            start: 0,
            end: source.length,
          },
        ],
        freeRoots: [],
      };
    }
    return {
      diagnostics: [],
      freeRoots: [],
      compiled: {
        async evaluate(bindings) {
          try {
            const value: unknown = await expr.evaluate(bindings);
            return { ok: true, value: value === undefined ? null : value };
          } catch (err) {
            return {
              ok: false,
              error: { code: 'JN_FUNCTION_ERROR', message: String((err as Error).message ?? err) },
            };
          }
        },
      },
    };
  },
};

/** The languages map engine tests pass to the simulator. */
export const testLanguages = new Map([['jsonata', testJsonata]]);
