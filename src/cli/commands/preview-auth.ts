/** `journey-studio preview-auth <journey> [--format text|json]`: the Problem Details branch preview (CONTRACTS.md §4). */
import { previewAuth } from '../../core/auth/preview';
import type { AuthPreview, PreviewEnd } from '../../core/auth/preview-types';
import { isRecord } from '../../core/auth/json-value';
import { DEFAULT_PRINCIPAL, type Principal } from '../../core/auth/principal';
import { buildModel } from '../../core/model/build-model';
import { parse } from 'yaml';
import { parseSource } from '../../core/source';
import { formatOf, parseCommandArgs } from '../args';
import { EXIT, UsageError, type CliIO } from '../io';

export const previewAuthHelp = `Usage: journey-studio preview-auth <journey> [--format text|json] [--principal FILE]

For every auth task state (jwtValidate:v1, mtlsValidate:v1, apiKeyValidate:v1),
follows the flow once per outcome (OK and each business failure code) with the
Problem Details the plugin writes, and shows the path and where it ends.
  --format     text (default) or json (stable, for tools)
  --principal  YAML/JSON file with the principal OK outcomes use, e.g.
               { jwt: { claims: { sub: bob, scope: "tasks:read" } } }
               (merged over the default: alice with scope read:users)
Exit codes: 0, or 2 when the journey cannot be parsed or read.
`;

/** Prints the auth preview of one journey. */
export async function previewAuthCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { format: { type: 'string', short: 'f' }, principal: { type: 'string' } });
  if (values.help) {
    io.stdout(previewAuthHelp);
    return EXIT.ok;
  }
  const format = formatOf(values.format, ['text', 'json'] as const, 'text');
  if (positionals.length !== 1) throw new UsageError('preview-auth needs exactly one journey file');
  const file = positionals[0];
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (err) {
    io.stderr(`journey-studio: cannot read '${file}': ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const source = parseSource(text, file);
  if (!source.root) {
    const why = source.diagnostics[0]?.message ?? 'not a YAML mapping';
    io.stderr(`journey-studio: cannot parse '${file}': ${why}\n`);
    return EXIT.usage;
  }
  let principal: Principal = DEFAULT_PRINCIPAL;
  if (typeof values.principal === 'string') {
    try {
      principal = mergePrincipal(parse(await io.readFile(values.principal)));
    } catch (err) {
      io.stderr(`journey-studio: cannot read principal '${values.principal}': ${(err as Error).message}\n`);
      return EXIT.usage;
    }
  }
  const preview = await previewAuth(buildModel(source), { principal });
  if (format === 'json') io.stdout(`${JSON.stringify(toJson(preview, (o) => source.lines.positionAt(o).line), null, 2)}\n`);
  else io.stdout(formatText(preview, io.color));
  return EXIT.ok;
}

/** A partial principal from a file, merged per mechanism over the default (given claims replace the default claims). */
function mergePrincipal(raw: unknown): Principal {
  if (!isRecord(raw)) throw new Error('expected a mapping with jwt / mtls / apiKey');
  const part = (k: keyof Principal) => (isRecord(raw[k]) ? (raw[k] as Record<string, unknown>) : {});
  const jwt = part('jwt');
  return {
    jwt: {
      header: isRecord(jwt.header) ? jwt.header : DEFAULT_PRINCIPAL.jwt.header,
      claims: isRecord(jwt.claims) ? jwt.claims : DEFAULT_PRINCIPAL.jwt.claims,
    },
    mtls: { ...DEFAULT_PRINCIPAL.mtls, ...part('mtls') } as Principal['mtls'],
    apiKey: { ...DEFAULT_PRINCIPAL.apiKey, ...part('apiKey') } as Principal['apiKey'],
  };
}

/** The stable JSON form: the editor's `span` becomes a 1-based `line`. */
function toJson(p: AuthPreview, lineOf: (offset: number) => number) {
  return {
    journey: p.journey,
    kind: p.kind,
    authStates: p.authStates.map(({ span, ...s }) => ({ ...s, line: lineOf(span.start) })),
  };
}

function endText(e: PreviewEnd): string {
  switch (e.kind) {
    case 'succeed':
      return `succeed at '${e.state}'${e.httpStatus ? ` (HTTP ${e.httpStatus})` : ''}`;
    case 'fail':
      return `fail at '${e.state}' with ${e.errorCode}${e.httpStatus ? ` (HTTP ${e.httpStatus})` : ''}`;
    case 'externalInput':
      return `waits for input at '${e.state}'`;
    case 'undecided':
      return `undecided at '${e.state}': ${e.reason}`;
  }
}

function formatText(p: AuthPreview, color: boolean): string {
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[0m` : s);
  const warn = (s: string) => (color ? `\u001b[33m${s}\u001b[0m` : s);
  const lines = [`${p.journey || '(unnamed)'} (${p.kind})`];
  if (p.authStates.length === 0) lines.push('  no auth task states');
  for (const s of p.authStates) {
    lines.push('', `${s.state}  ${s.plugin} → ${s.target} (profile ${s.profile})`);
    for (const o of s.outcomes) {
      const flag = o.indistinguishableFromOk ? warn('  ⚠ same path and end as OK') : '';
      lines.push(`  ${o.code.padEnd(22)} ${endText(o.ends)}${flag}`);
      lines.push(dim(`  ${''.padEnd(22)} path: ${o.path.join(' → ')}`));
      for (const a of o.assumptions) lines.push(dim(`  ${''.padEnd(22)} assumed at '${a.state}': ${a.note}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
