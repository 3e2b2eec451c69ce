/** Starting points for a new journey. Each one validates without errors. Pure data. */

export interface JourneyTemplate {
  id: string;
  title: string;
  fileName: string;
  text: string;
}

const JOURNEY = `apiVersion: v1
kind: Journey
metadata:
  name: new-journey
  version: 0.1.0
  description: A new journey.
spec:
  input:
    schema:
      type: object
      additionalProperties: true
  output:
    schema:
      type: object
      properties:
        status:
          type: string
      additionalProperties: true
  start: prepare
  states:
    prepare:
      type: transform
      transform:
        mapper:
          lang: dataweave
          expr: |
            context ++ { status: "DONE" }
      next: done

    done:
      type: succeed
`;

const API = `apiVersion: v1
kind: Api
metadata:
  name: new-api
  version: 0.1.0
  description: A synchronous API endpoint.
spec:
  input:
    schema:
      type: object
      additionalProperties: true
  output:
    schema:
      type: object
      properties:
        status:
          type: string
      additionalProperties: true
  start: respond
  states:
    respond:
      type: transform
      transform:
        mapper:
          lang: dataweave
          expr: |
            context ++ { status: "OK" }
      next: done

    done:
      type: succeed
`;

const WEBHOOK = `apiVersion: v1
kind: Journey
metadata:
  name: guarded-webhook
  version: 0.1.0
  description: Waits for a partner callback, accepted only with a valid API key.
spec:
  input:
    schema:
      type: object
      additionalProperties: true
  output:
    schema:
      type: object
      properties:
        status:
          type: string
      additionalProperties: true
  start: waitForCallback
  states:
    waitForCallback:
      type: webhook
      webhook:
        input:
          schema:
            type: object
            required: [status]
            properties:
              status:
                type: string
            additionalProperties: true
      next: validateCallbackKey

    validateCallbackKey:
      type: task
      task:
        kind: apiKeyValidate:v1
        profile: default
      next: routeCallbackAuth

    routeCallbackAuth:
      type: choice
      choices:
        - when:
            predicate:
              lang: dataweave
              expr: |
                context.auth.apiKey.problem == null
          next: done
      default: unauthorized

    done:
      type: succeed

    unauthorized:
      type: fail
      errorCode: APIKEY_INVALID
      reason: "The callback did not carry a valid API key"
`;

/** The templates offered by "New". */
export const TEMPLATES: readonly JourneyTemplate[] = [
  { id: 'journey', title: 'Journey', fileName: 'new-journey.journey.yaml', text: JOURNEY },
  { id: 'api', title: 'Api', fileName: 'new-api.journey.yaml', text: API },
  { id: 'webhook', title: 'Auth-guarded webhook step', fileName: 'guarded-webhook.journey.yaml', text: WEBHOOK },
];
