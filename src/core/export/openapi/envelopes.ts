/**
 * The generic Journeys API envelopes (docs/3-reference/openapi/journeys.openapi.yaml),
 * copied inline into every per-journey document: exports are self-contained.
 */
import type { JsonObject } from '../journey-data';

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

const links = (description: string): JsonObject => ({
  description,
  type: 'object',
  additionalProperties: ref('Link'),
});

const tags: JsonObject = {
  type: 'array',
  description: "Effective tags for this journey instance (metadata.tags and instance tag rules).",
  items: { type: 'string' },
};

const attributes: JsonObject = {
  type: 'object',
  description: 'Instance attributes such as subjectId, tenantId, channel and correlation ids.',
  additionalProperties: { type: 'string' },
};

/** `JourneyStartResponse` (async start, 202). */
export function journeyStartResponse(): JsonObject {
  return {
    type: 'object',
    required: ['journeyId', 'journeyName', 'statusUrl'],
    properties: {
      journeyId: { type: 'string' },
      journeyName: { type: 'string' },
      statusUrl: { type: 'string', format: 'uri' },
      _links: links('Optional hypermedia links (HAL-style); presence is controlled by spec.httpSurface.links.enabled.'),
    },
  };
}

/** `JourneyStatus`, with the upper-case phase enum of ADR-0023 and the journey name fixed. */
export function journeyStatus(name: string): JsonObject {
  return {
    type: 'object',
    required: ['journeyId', 'journeyName', 'phase', 'currentState', 'updatedAt'],
    properties: {
      journeyId: { type: 'string' },
      journeyName: { type: 'string', const: name },
      phase: { type: 'string', enum: ['RUNNING', 'SUCCEEDED', 'FAILED'] },
      currentState: { type: 'string' },
      updatedAt: { type: 'string', format: 'date-time' },
      tags,
      attributes,
      _links: links(
        'Optional hypermedia links (HAL-style): self, result, one link per active step (relation = state id) and cancel while RUNNING and cancellable.',
      ),
    },
  };
}

/** The generic `JourneyOutcome` envelope (ADR-0024: top-level `status`). */
export function journeyOutcomeBase(name: string): JsonObject {
  return {
    type: 'object',
    required: ['journeyId', 'journeyName', 'phase', 'status'],
    properties: {
      journeyId: { type: 'string' },
      journeyName: { type: 'string', const: name },
      phase: { type: 'string', enum: ['SUCCEEDED', 'FAILED'] },
      status: {
        type: 'string',
        description: 'Business outcome code; mirrors output.status when present.',
      },
      output: {},
      error: {
        type: 'object',
        properties: { code: { type: 'string' }, reason: { type: 'string' } },
      },
      tags,
      attributes,
      _links: links('Optional hypermedia links (HAL-style), for example `self`, once the journey is terminal.'),
    },
  };
}

/** `Link` (HAL-style link descriptor). */
export function link(): JsonObject {
  return {
    type: 'object',
    required: ['href'],
    properties: {
      href: { type: 'string', description: 'Target URI for this link' },
      method: { type: 'string', description: 'HTTP method to use when following this link (for example GET, POST, DELETE)' },
    },
  };
}

/** RFC 9457 Problem Details, the default error body of `kind: Api` (ADR-0003). */
export function problemDetails(): JsonObject {
  return {
    type: 'object',
    description: 'RFC 9457 Problem Details',
    properties: {
      type: { type: 'string', format: 'uri-reference' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string', format: 'uri-reference' },
      code: { type: 'string', description: 'Stable error code (the fail state errorCode or the plugin code).' },
    },
    additionalProperties: true,
  };
}

/** A `$ref` to a local component. */
export const schemaRef = ref;
