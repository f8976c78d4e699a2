import fp from 'fastify-plugin'
import type { RouteOptions } from 'fastify'
import { problems } from '../shared/schemas.js'
import { ALLOWED } from '../shared/principal.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers with an ETag (and, for GET, 304 to a matching If-None-Match). */
    etag?: true
  }
}

/** What the contract needs to know about a route that its schema does not say. */
interface RouteFacts { etag: boolean, idempotent: boolean, rateLimited: boolean }

type Operation = Record<string, unknown> & {
  parameters?: Array<{ in: string, name: string, required?: boolean, schema?: { default?: unknown } }>
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> }
  responses: Record<string, Response>
  security?: unknown[]
}
interface Response { description: string, headers?: Record<string, unknown>, content?: Record<string, { schema?: JsonSchema }> }
interface JsonSchema { required?: string[], properties?: Record<string, JsonSchema & { default?: unknown }>, $ref?: string }

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH'])

const DESCRIPTIONS: Record<string, string> = {
  200: 'done; the body is the result',
  201: 'created; Location names the new resource',
  202: 'accepted',
  204: 'done; no content',
  304: 'not modified since the ETag sent in If-None-Match; no body',
  400: 'The request is malformed or a value breaks its rules; `errors` names each field',
  401: 'No API key, or an unknown or revoked one',
  403: 'The API key\'s role or agency may not do this',
  404: 'No such resource',
  409: 'Conflicts with the current state of the resource, or with a request still in progress',
  412: 'If-Match names a version that is not the current one: read the resource again and retry',
  413: 'The body is larger than the service accepts',
  414: 'The URL is longer than the service accepts',
  415: 'The body is not application/json in UTF-8, or comes with a Content-Encoding',
  422: 'The request is well formed but cannot be done (for example an Idempotency-Key reused with another body)',
  428: 'If-Match is required: send the ETag of the version you read',
  429: 'Too many requests; Retry-After says when to try again',
  500: 'Unexpected error; quote the request id when reporting it',
  503: 'The database is unreachable or the service is stopping; Retry-After says when to try again'
}

const header = (description: string, required: boolean, schema: object = { type: 'string' }): object => ({ description, required, schema })
const HEADERS: Record<string, object> = {
  'X-Request-Id': header('Identifies this request in the service\'s logs; also in a problem\'s requestId', true),
  'Retry-After': header('Seconds to wait before retrying', true, { type: 'integer', minimum: 0 }),
  // Sent once the request has been counted against its budget (per API key, or per address).
  'X-RateLimit-Limit': header('Requests allowed a minute', false, { type: 'integer' }),
  'X-RateLimit-Remaining': header('Requests left in this minute', false, { type: 'integer' }),
  'X-RateLimit-Reset': header('Seconds until the budget is renewed', false, { type: 'integer' }),
  'WWW-Authenticate': header('The scheme to authenticate with: Bearer', true),
  Location: header('The created resource', true, { type: 'string', format: 'uri-reference' }),
  ETag: header('The version of the resource, for If-Match and If-None-Match', true),
  Link: header('The next page, as <uri>; rel="next"; absent on the last page', false),
  'Idempotent-Replayed': header('true when this is the stored answer to an earlier request with the same Idempotency-Key', false, { type: 'string', enum: ['true'] })
}
const use = (...names: string[]): Record<string, object> => Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]))

/** Error answers are the same on every operation: one component each, named by its status. */
const RATE_LIMIT_HEADERS = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']
const ERROR_HEADERS: Record<number, string[]> = { 401: ['WWW-Authenticate'], 429: ['Retry-After'], 503: ['Retry-After'] }
function errorResponses (): Record<string, Response> {
  return Object.fromEntries(Object.entries(DESCRIPTIONS).filter(([status]) => Number(status) >= 400).map(([status, description]) => [`Problem${status}`, {
    description,
    headers: use('X-Request-Id', ...(ERROR_HEADERS[Number(status)] ?? []), ...RATE_LIMIT_HEADERS),
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
  }]))
}

function isPage (schema: JsonSchema | undefined): boolean {
  return schema?.properties?.items !== undefined && schema.properties.nextCursor !== undefined
}

/** A parameter or body property with a default may be left out: the server fills it in. */
function optionalDefaults (operation: Operation): void {
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'path' && parameter.schema?.default !== undefined) parameter.required = false
  }
  for (const media of Object.values(operation.requestBody?.content ?? {})) {
    const schema = media.schema
    if (schema?.required === undefined || schema.properties === undefined) continue
    const properties = schema.properties
    schema.required = schema.required.filter((name) => properties[name]?.default === undefined)
    if (schema.required.length === 0) delete schema.required
  }
}

function completeResponses (method: string, operation: Operation, facts: RouteFacts): void {
  const responses = operation.responses
  if (method === 'get' && facts.etag) responses['304'] = { description: '' }
  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status)
    if (code >= 400) {
      if (DESCRIPTIONS[status] === undefined) throw new Error(`no shared description for status ${status}`)
      responses[status] = { $ref: `#/components/responses/Problem${status}` } as never
      continue
    }
    if (response.description === '' || response.description === 'Default Response') {
      const summary = typeof operation.summary === 'string' ? `${operation.summary}: ` : ''
      response.description = `${summary}${DESCRIPTIONS[status] ?? 'done'}`
    }
    const names = ['X-Request-Id']
    if (code === 201) names.push('Location')
    if ((code === 200 || code === 201 || code === 304) && facts.etag) names.push('ETag')
    if (code === 200 && isPage(response.content?.['application/json']?.schema)) names.push('Link')
    if (code >= 200 && code < 300 && facts.idempotent) names.push('Idempotent-Replayed')
    if (facts.rateLimited) names.push(...RATE_LIMIT_HEADERS)
    response.headers = { ...use(...names), ...response.headers }
  }
}

function requestHeaders (method: string, operation: Operation, facts: RouteFacts): void {
  const parameters = operation.parameters ?? []
  const has = (name: string): boolean => parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === name)
  if (method === 'get' && facts.etag && !has('if-none-match')) {
    parameters.push({ in: 'header', name: 'If-None-Match', required: false, schema: { type: 'string' }, description: 'ETags you hold; 304 when one is current' } as never)
  }
  if (facts.idempotent && !has('idempotency-key')) {
    parameters.push({ in: 'header', name: 'Idempotency-Key', required: false, schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,200}$' }, description: 'Makes a retry safe: the same API key, key and body get the first answer again; the same key with another body is a 422' } as never)
  }
  if (parameters.length > 0) operation.parameters = parameters
}

/**
 * Every route's documentation is completed here, in one place, from what the plugins do to every
 * request (authentication, rate limits, the database check, body parsing), so no operation can
 * forget a status or header the server sends. The tests hold each answer to this document.
 */
export default fp(async (app) => {
  const facts = new Map<string, RouteFacts>()

  app.addHook('onRoute', (route: RouteOptions) => {
    const access = route.config?.access
    if (access === undefined || route.schema?.hide === true) return
    const methods = ([] as string[]).concat(route.method)
    const secured = access !== 'public'
    const touchesDatabase = route.config?.database !== false
    const bodied = methods.some((m) => WITH_BODY.has(m))
    const refusals = {
      ...problems(400, 414, 500),
      ...(secured ? problems(401, 403, 429) : touchesDatabase ? problems(429) : {}),
      // Any route answers 503 while the service stops; a database route also while the database is away.
      ...problems(503),
      ...(route.url.includes(':') ? problems(404) : {}),
      ...(bodied ? problems(413, 415) : {}),
      ...(secured && methods.includes('POST') ? problems(409, 422) : {})
    }
    route.schema = { ...route.schema, response: { ...refusals, ...(route.schema?.response as object | undefined) } }
    if (secured) {
      route.schema.security = [{ bearerAuth: [] }]
      const description = `Requires an API key with role ${ALLOWED[access].join(', ')}.`
      route.schema.description = route.schema.description === undefined ? description : `${route.schema.description}\n\n${description}`
    } else {
      route.schema.security = []
      const description = 'Public: no API key needed.'
      route.schema.description = route.schema.description === undefined ? description : `${route.schema.description}\n\n${description}`
    }
    const path = route.url.replace(/:(\w+)/g, '{$1}')
    for (const method of methods) {
      facts.set(`${method.toLowerCase()} ${path}`, { etag: route.config?.etag === true, idempotent: secured && method === 'POST', rateLimited: secured || touchesDatabase })
    }
  })

  app.decorate('completeContract', (generated: object) => {
    const document = generated as { paths?: Record<string, Record<string, Operation>>, components?: Record<string, object> }
    const responses = errorResponses()
    const paths = document.paths ?? {}
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const routeFacts = facts.get(`${method} ${path}`) ?? { etag: false, idempotent: false, rateLimited: false }
        optionalDefaults(operation)
        completeResponses(method, operation, routeFacts)
        requestHeaders(method, operation, routeFacts)
      }
    }
    // Only what some operation refers to, so the document has no dead components.
    const used = JSON.stringify(paths)
    document.components = {
      ...document.components,
      headers: Object.fromEntries(Object.entries(HEADERS).filter(([name]) => used.includes(`#/components/headers/${name}"`) || JSON.stringify(responses).includes(`#/components/headers/${name}"`))),
      responses: Object.fromEntries(Object.entries(responses).filter(([name]) => used.includes(`#/components/responses/${name}"`)))
    }
  })
}, { name: 'contract', dependencies: ['auth'] })

declare module 'fastify' {
  interface FastifyInstance { completeContract: (document: object) => void }
}
