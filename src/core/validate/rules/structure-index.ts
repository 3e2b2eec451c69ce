/** Rules for file surface, top level, spec blocks and bindings (FMT, TOP, SCH, CAT, API, APIR, BIND, DEF, PLAT, EXEC, COMP, LINK, LIFE, META, ERR, OUT, OUTC, COOK, ACC, LIM, OUTAUTH, RESIL, MAP). */
import type { Rule } from '../rule';
import { accessGuard } from './structure/access-guard';
import { apiKind } from './structure/api-kind';
import { apirRules } from './structure/apir-rules';
import { bindStepIds } from './structure/bind-step-ids';
import { catOpenApiBinding } from './structure/cat-openapi-binding';
import { catOperationRef } from './structure/cat-operation-ref';
import { compBindings } from './structure/comp-bindings';
import { cookies } from './structure/cookies';
import { engineCapabilities } from './structure/engine-capabilities';
import { errConfig } from './structure/err-config';
import { execLimits } from './structure/exec-limits';
import { fmtAnchors } from './structure/fmt-anchors';
import { fmtDocumentMarkers } from './structure/fmt-document-markers';
import { fmtFileName } from './structure/fmt-file-name';
import { fmtFlowStyle } from './structure/fmt-flow-style';
import { fmtImplicitTypes } from './structure/fmt-implicit-types';
import { fmtLayout } from './structure/fmt-layout';
import { lifeSyncStart } from './structure/life-sync-start';
import { limitsDocument } from './structure/limits-document';
import { linkStepNames } from './structure/link-step-names';
import { mappers } from './structure/mappers';
import { metaBindings } from './structure/meta-bindings';
import { outResponse } from './structure/out-response';
import { outboundAuth } from './structure/outbound-auth';
import { outcPredicates } from './structure/outc-predicates';
import { platConfig } from './structure/plat-config';
import { policyRefs } from './structure/policy-refs';
import { schInlineSchemas } from './structure/sch-inline-schemas';
import { schKeywordTypes } from './structure/sch-keyword-types';
import { schOutputSchema } from './structure/sch-output-schema';
import { topDocument } from './structure/top-document';
import { topKindBlocks } from './structure/top-kind-blocks';
import { topLegacy } from './structure/top-legacy';
import { topMetadata } from './structure/top-metadata';

export const structureRules: readonly Rule[] = [
  fmtFileName,
  fmtAnchors,
  fmtImplicitTypes,
  fmtFlowStyle,
  fmtDocumentMarkers,
  fmtLayout,
  topDocument,
  topMetadata,
  topLegacy,
  topKindBlocks,
  schInlineSchemas,
  schKeywordTypes,
  schOutputSchema,
  catOperationRef,
  catOpenApiBinding,
  apiKind,
  apirRules,
  bindStepIds,
  policyRefs,
  outboundAuth,
  platConfig,
  execLimits,
  compBindings,
  engineCapabilities,
  linkStepNames,
  lifeSyncStart,
  metaBindings,
  errConfig,
  outResponse,
  outcPredicates,
  cookies,
  accessGuard,
  limitsDocument,
  mappers,
];
