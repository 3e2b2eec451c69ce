/**
 * The CLI's file-system resolver for `spec.apis.*.openApiRef` (CAT-003/004):
 * a ref is looked up relative to the journey file's directory, then in each
 * parent directory until it exists (the shared examples keep their documents in
 * `<docs>/apis/` above `<docs>/examples/<group>/<name>/`). One instance per run
 * caches every directory probe and every parsed document.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { openApiLookupFromText, type OpenApiLookup, type OpenApiResolver } from '../core/openapi-lookup';

export interface OpenApiFiles {
  /** The resolver for the refs of one journey file (relative to `cwd`, like the CLI's arguments). */
  forJourney(journeyFile: string): OpenApiResolver;
}

/** A cached resolver factory over the real file system. */
export function openApiFiles(cwd: string): OpenApiFiles {
  const documents = new Map<string, OpenApiLookup>();
  const located = new Map<string, string | undefined>();

  const isFile = (path: string) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  };

  /** The first `<dir>/<ref>` that exists, walking up from `start`. */
  const locate = (start: string, ref: string): string | undefined => {
    const key = `${start}\0${ref}`;
    if (located.has(key)) return located.get(key);
    let found: string | undefined;
    if (isAbsolute(ref)) found = isFile(ref) ? ref : undefined;
    else {
      for (let dir = start; ; dir = dirname(dir)) {
        const candidate = resolve(dir, ref);
        if (isFile(candidate)) {
          found = candidate;
          break;
        }
        if (dirname(dir) === dir) break;
      }
    }
    located.set(key, found);
    return found;
  };

  const load = (path: string): OpenApiLookup => {
    let doc = documents.get(path);
    if (!doc) {
      const shown = relative(cwd, path) || path;
      try {
        doc = openApiLookupFromText(readFileSync(path, 'utf8'), shown);
      } catch (err) {
        doc = { ok: false, reason: `cannot read ${shown}: ${(err as Error).message}` };
      }
      documents.set(path, doc);
    }
    return doc;
  };

  return {
    forJourney(journeyFile) {
      const start = dirname(resolve(cwd, journeyFile));
      return (rawRef) => {
        const ref = rawRef.split('#')[0]!.trim();
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return { ok: false, reason: 'remote documents are not fetched' };
        if (!ref) return { ok: false, reason: 'the reference names no file' };
        const path = locate(start, ref);
        return path ? load(path) : { ok: false, reason: 'no such file next to the journey or in a parent directory' };
      };
    },
  };
}
