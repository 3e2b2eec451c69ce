/** Catalog severities (dsl-rules.md §1) of the rule ids the structure/schema checks report. Pure data. */
import type { Severity } from '../diagnostics';
import { lookupTable } from '../own-property';

const table =
  'FMT-001:w FMT-002:e FMT-003:e FMT-004:e FMT-005:is FMT-006:is FMT-007:e FMT-008:is FMT-009:e TOP-001:e TOP-002:e ' +
  'TOP-003:e TOP-004:e TOP-005:e TOP-006:e TOP-007:w TOP-008:w TOP-009:e TOP-010:e TOP-011:w TOP-012:w TOP-013:e ' +
  'TOP-014:e TOP-015:e TOP-016:e TOP-017:e TOP-018:w TOP-019:e TOP-020:i TOP-021:w SCH-001:e SCH-002:w SCH-003:w ' +
  'SCH-004:w SCH-005:w SCH-006:e SCH-007:w CAT-001:e CAT-002:e CAT-003:e CAT-004:e CAT-005:e API-001:e API-002:e ' +
  'API-003:e API-004:e API-005:e API-006:e API-007:e API-008:e API-009:e APIR-001:e APIR-002:e APIR-003:e APIR-004:e ' +
  'APIR-005:w APIR-006:e APIR-007:e APIR-008:e APIR-009:e APIR-010:e APIR-011:w APIR-012:w BIND-001:e BIND-002:e ' +
  'BIND-003:e BIND-004:e BIND-005:e BIND-006:e BIND-007:e BIND-008:e BIND-009:e BIND-010:e BIND-011:e BIND-012:e ' +
  'BIND-013:e BIND-014:e BIND-015:e BIND-016:e BIND-017:e BIND-018:e DEF-001:e DEF-002:e DEF-003:w DEF-004:w ' +
  'PLAT-001:e PLAT-002:e PLAT-003:w PLAT-004:w PLAT-005:e PLAT-006:w EXEC-001:e EXEC-002:e EXEC-003:w EXEC-004:i ' +
  'COMP-001:e COMP-002:e COMP-003:e COMP-004:e COMP-005:e COMP-006:w COMP-007:w LINK-001:e LINK-002:e LIFE-001:e ' +
  'LIFE-002:e LIFE-003:w LIFE-004:w META-001:e META-002:e META-003:e META-004:e META-005:e META-006:w META-007:w ' +
  'META-008:e META-009:w OUTAUTH-001:e OUTAUTH-002:e OUTAUTH-003:e OUTAUTH-004:e OUTAUTH-005:e OUTAUTH-006:e ' +
  'OUTAUTH-007:e OUTAUTH-008:e OUTAUTH-009:w OUTAUTH-010:i OUTAUTH-011:e RESIL-001:e RESIL-002:e RESIL-003:e ' +
  'RESIL-004:w RESIL-005:w MAP-001:e MAP-002:e MAP-003:e MAP-004:i ERR-001:e ERR-002:e ERR-003:e ERR-004:e ERR-005:e ' +
  'ERR-006:w ERR-007:i OUT-001:e OUT-002:e OUTC-001:e OUTC-002:e OUTC-003:e COOK-001:e COOK-002:e COOK-003:e ' +
  'COOK-004:e COOK-005:w COOK-006:w COOK-007:w COOK-008:w ACC-001:e ACC-002:e ACC-003:e ACC-004:w LIM-001:e ' +
  'LIM-002:e LIM-003:w LIM-004:e STATE-009:is STATE-010:w STATE-011:is SUB-007:w SUB-008:w SUB-009:w SUB-010:w';

const sev: Readonly<Record<string, Severity>> = lookupTable({ e: 'error', w: 'warning', i: 'info' });
const parsed = new Map<string, { severity: Severity; style: boolean }>(
  table.split(' ').map((entry) => {
    const [code, flags] = entry.split(':') as [string, string];
    return [code, { severity: sev[flags[0] ?? 'e'] ?? 'error', style: flags.includes('s') }];
  }),
);

/** The catalog severity of a rule id (unknown ids: `error`); style rules are `info` + `style`. Pure. */
export function ruleSeverity(code: string): { severity: Severity; style: boolean } {
  return parsed.get(code) ?? { severity: 'error', style: false };
}
