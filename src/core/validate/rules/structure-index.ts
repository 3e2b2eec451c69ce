/** Rules for file surface, top level, spec blocks and bindings (FMT, TOP, SCH, CAT, API, APIR, BIND, DEF, PLAT, EXEC, COMP, LINK, LIFE, META, ERR, OUT, OUTC, COOK, ACC, LIM, OUTAUTH, RESIL, MAP). */
import type { Rule } from '../rule';

export const structureRules: readonly Rule[] = [];
