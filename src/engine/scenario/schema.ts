/** The JSON Schema (2020-12) of scenario files (CONTRACTS.md §3); also saved as schema/scenario.schema.json. Pure data. */

const request = {
  type: 'object',
  additionalProperties: false,
  properties: {
    body: {},
    headers: { $ref: '#/$defs/stringMap' },
    query: { $ref: '#/$defs/stringMap' },
    cookies: { $ref: '#/$defs/stringMap' },
    clientCert: { type: 'string' },
  },
} as const;

const answer = {
  type: 'object',
  properties: {
    status: { type: 'integer', minimum: 100, maximum: 599 },
    // Added for RT-31: a list value gives several header lines (several Set-Cookie).
    headers: {
      type: 'object',
      description: 'Response headers; a list gives several lines (e.g. Set-Cookie).',
      additionalProperties: {
        oneOf: [
          { type: ['string', 'number', 'boolean'] },
          { type: 'array', items: { type: 'string' } },
        ],
      },
    },
    body: {},
    error: { enum: ['TIMEOUT', 'NETWORK'] },
    delayMs: {
      type: 'number',
      minimum: 0,
      description: 'Virtual time the call takes; longer than the timeout means TIMEOUT.',
    },
  },
  additionalProperties: false,
} as const;

/** JSON Schema of `*.scenario.yaml`. */
export const scenarioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://journey-studio.dev/schema/scenario.schema.json',
  title: 'Journey Studio scenario file',
  type: 'object',
  required: ['scenarios'],
  additionalProperties: false,
  properties: {
    journey: {
      type: 'string',
      description: 'Path of the journey, relative to this file (the CLI argument wins).',
    },
    env: { $ref: '#/$defs/env' },
    scenarios: { type: 'array', minItems: 1, items: { $ref: '#/$defs/scenario' } },
  },
  $defs: {
    stringMap: { type: 'object', additionalProperties: { type: 'string' } },
    source: {
      type: 'object',
      required: ['name'],
      properties: {
        location: { enum: ['header', 'query', 'cookie'] },
        name: { type: 'string' },
        scheme: { type: 'string' },
      },
      additionalProperties: false,
    },
    env: {
      type: 'object',
      additionalProperties: false,
      properties: {
        now: { type: 'string', format: 'date-time' },
        platform: {
          type: 'object',
          properties: { environment: { type: 'string' }, config: { type: 'object' } },
        },
        auth: {
          type: 'object',
          additionalProperties: false,
          properties: {
            jwt: { type: 'object', additionalProperties: { $ref: '#/$defs/jwtProfile' } },
            apiKey: { type: 'object', additionalProperties: { $ref: '#/$defs/apiKeyProfile' } },
            mtls: { type: 'object', additionalProperties: { $ref: '#/$defs/mtlsProfile' } },
          },
        },
        tokens: { type: 'object', additionalProperties: { $ref: '#/$defs/token' } },
        certs: { type: 'object', additionalProperties: { $ref: '#/$defs/cert' } },
        http: { type: 'array', items: { $ref: '#/$defs/mock' } },
      },
    },
    jwtProfile: {
      type: 'object',
      properties: {
        issuer: { type: 'string' },
        audience: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        clockSkewSec: { type: 'number', minimum: 0 },
        source: { $ref: '#/$defs/source' },
        requiredClaims: {
          oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'object' }],
        },
        keys: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              kid: { type: 'string' },
              alg: { type: 'string' },
              secret: { type: 'string' },
            },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    apiKeyProfile: {
      type: 'object',
      properties: {
        source: { $ref: '#/$defs/source' },
        keys: {
          type: 'array',
          items: {
            type: 'object',
            properties: { keyId: { type: 'string' }, value: { type: 'string' } },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    mtlsProfile: {
      type: 'object',
      properties: {
        authorities: {
          type: 'array',
          items: {
            oneOf: [
              { type: 'string' },
              { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
            ],
          },
        },
        allowAnyFromTrusted: { type: 'boolean' },
        allowSubjects: { type: 'array', items: { type: 'string' } },
        allowSans: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'object' }] } },
        allowSerials: { type: 'array', items: { type: 'string' } },
        revocation: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    token: {
      type: 'object',
      properties: {
        profile: { type: 'string' },
        kid: { type: 'string' },
        alg: { type: 'string' },
        claims: { type: 'object' },
        expiresIn: { type: 'string' },
        expiresAt: { type: 'string' },
        notBefore: { type: 'string' },
        signature: { enum: ['forged'] },
      },
      additionalProperties: false,
    },
    cert: {
      type: 'object',
      properties: {
        issuer: { type: 'string' },
        subject: { type: 'string' },
        sans: { type: 'array', items: { type: 'object' } },
        serial: { type: 'string' },
        notBefore: { type: 'string' },
        notAfter: { type: 'string' },
        revoked: { type: 'boolean' },
        malformed: { type: 'boolean' },
        // Extensions, to test what mtlsValidate:v1 refuses (a CA, a server-only or signing-less key).
        ca: { type: 'boolean' },
        extendedKeyUsage: {
          type: 'array',
          items: {
            enum: [
              'serverAuth',
              'clientAuth',
              'codeSigning',
              'emailProtection',
              'timeStamping',
              'ocspSigning',
            ],
          },
        },
        keyUsage: {
          type: 'array',
          items: {
            enum: [
              'digitalSignature',
              'nonRepudiation',
              'keyEncipherment',
              'dataEncipherment',
              'keyAgreement',
              'keyCertSign',
              'cRLSign',
              'encipherOnly',
              'decipherOnly',
            ],
          },
        },
      },
      additionalProperties: false,
    },
    mock: {
      type: 'object',
      required: ['match'],
      properties: {
        match: {
          type: 'object',
          properties: {
            operationRef: { type: 'string' },
            state: { type: 'string' },
            method: { type: 'string' },
            url: { type: 'string' },
            // Added for RT-07/RT-31: lets a mock answer only requests carrying a header (a Cookie, a Bearer token).
            headers: {
              $ref: '#/$defs/stringMap',
              description:
                'Request headers the call must carry (names case-insensitive, values * globs).',
            },
            // Added for dsl.md §19.1 mtlsClient / tlsClientAuth: TLS is not simulated, the reference stands for the certificate.
            clientCert: {
              type: 'string',
              description:
                'The clientCertRef the call must be made with (outbound mTLS policy; * glob).',
            },
          },
          additionalProperties: false,
        },
        respond: answer,
        sequence: { type: 'array', minItems: 1, items: answer },
      },
      additionalProperties: false,
    },
    scenario: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        description: { type: 'string' },
        env: { $ref: '#/$defs/env' },
        start: request,
        steps: {
          type: 'array',
          items: {
            oneOf: [
              {
                type: 'object',
                required: ['submit'],
                additionalProperties: false,
                properties: { submit: { type: 'string' }, ...request.properties },
              },
              {
                type: 'object',
                required: ['advance'],
                additionalProperties: false,
                properties: { advance: { type: 'string' } },
              },
            ],
          },
        },
        expect: {
          type: 'object',
          additionalProperties: false,
          properties: {
            phase: { enum: ['SUCCEEDED', 'FAILED', 'RUNNING'] },
            currentState: { type: 'string' },
            error: { type: 'object' },
            output: {},
            context: { type: 'object' },
            httpStatus: { type: 'integer' },
            visited: { type: 'array', items: { type: 'string' } },
            notVisited: { type: 'array', items: { type: 'string' } },
            // Added for RT-31 returnToClient: each entry (a * glob) must match one Set-Cookie line sent to the client.
            setCookies: {
              type: 'array',
              items: { type: 'string' },
              description: 'Set-Cookie lines the run returns to its client (* globs).',
            },
          },
        },
      },
    },
  },
} as const;
