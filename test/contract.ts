import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

interface Header { required?: boolean, $ref?: string }
interface Response { $ref?: string, headers?: Record<string, Header>, content?: Record<string, { schema?: object }> }
interface Operation { responses: Record<string, Response> }
interface Document { paths: Record<string, Record<string, Operation>>, components: { responses?: Record<string, Response>, headers?: Record<string, Header> } }

/** Headers with a meaning for clients: when the server sends one, the contract must declare it. */
const API_HEADERS = ['etag', 'location', 'link', 'retry-after', 'www-authenticate', 'idempotent-replayed', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-request-id']
const JSON_TYPES = new Set(['application/json', 'application/problem+json'])

const pointer = (...parts: string[]): string => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
  private readonly validators = new Map<string, ValidateFunction>()
  constructor (private readonly document: Document) {
    addFormats.default(this.ajv)
    this.ajv.addSchema(document as object, 'openapi.json')
  }

  private resolve<T extends { $ref?: string }> (value: T): T {
    const ref = value.$ref
    if (ref === undefined) return value
    const [kind, name] = ref.replace('#/components/', '').split('/') as ['responses' | 'headers', string]
    return (this.document.components[kind]?.[name] ?? {}) as T
  }

  /** Everything in this answer the contract does not allow, as readable lines. */
  /** payload undefined: a streamed body, whose media type is checked but not its content. */
  check (method: string, route: string, status: number, headers: Record<string, unknown>, payload: string | undefined): string[] {
    const path = route.replace(/:(\w+)/g, '{$1}')
    const operationMethod = method === 'HEAD' ? 'get' : method.toLowerCase()
    const operation = this.document.paths[path]?.[operationMethod]
    const where = `${method} ${path} → ${status}`
    if (operation === undefined) return [`${where}: the operation is not in the contract`]
    const declared = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`] ?? operation.responses.default
    if (declared === undefined) return [`${where}: status not declared (declared: ${Object.keys(operation.responses).join(', ')})`]
    const response = this.resolve(declared)
    const problems: string[] = []
    const declaredHeaders = Object.fromEntries(Object.entries(response.headers ?? {}).map(([name, h]) => [name.toLowerCase(), this.resolve(h)]))
    for (const [name, h] of Object.entries(declaredHeaders)) {
      if (h.required === true && headers[name] === undefined) problems.push(`${where}: declared header ${name} is missing`)
    }
    for (const name of API_HEADERS) {
      if (headers[name] !== undefined && declaredHeaders[name] === undefined) problems.push(`${where}: sends ${name}, which the contract does not declare`)
    }
    // 204 and 304 never carry a body (Node drops whatever the route serialised).
    if (payload?.length === 0 || method === 'HEAD' || status === 204 || status === 304) return problems
    const mediaType = String(headers['content-type'] ?? '').split(';')[0]?.trim() ?? ''
    const content = response.content?.[mediaType]
    if (content === undefined) return [...problems, `${where}: media type ${mediaType} not declared (declared: ${Object.keys(response.content ?? {}).join(', ') || 'none'})`]
    if (payload === undefined || content.schema === undefined || !JSON_TYPES.has(mediaType)) return problems
    const schemaPath = declared.$ref === undefined
      ? `openapi.json#/${pointer('paths', path, operationMethod, 'responses', String(status), 'content', mediaType, 'schema')}`
      : `openapi.json#/${pointer('components', 'responses', declared.$ref.split('/').pop() ?? '', 'content', mediaType, 'schema')}`
    let validate = this.validators.get(schemaPath)
    if (validate === undefined) {
      validate = this.ajv.compile({ $ref: schemaPath })
      this.validators.set(schemaPath, validate)
    }
    let body: unknown
    try {
      body = JSON.parse(payload)
    } catch {
      return [...problems, `${where}: the body is not JSON`]
    }
    if (validate(body) !== true) {
      problems.push(`${where}: body does not match the schema: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`)
    }
    return problems
  }
}

/**
 * Holds every answer the app gives to the OpenAPI document it serves: status, media type, body
 * schema and headers. Each test that builds an app this way also tests the contract.
 */
export function checkAnswersAgainstContract (app: FastifyInstance, fail: (message: string) => void): void {
  let contract: Contract | undefined
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const route = request.routeOptions.url
    // Unrouted answers (unknown paths, parser refusals) and undocumented routes (Swagger UI, the document itself) have no operation.
    if (route === undefined || request.routeOptions.schema?.hide === true || request.method === 'OPTIONS' || route.startsWith('/docs')) return payload
    contract ??= new Contract(app.swagger() as unknown as Document)
    const streamed = typeof payload === 'object' && payload !== null && !Buffer.isBuffer(payload)
    const text = streamed ? undefined : payload === null || payload === undefined ? '' : String(payload)
    for (const problem of contract.check(request.method, route, reply.statusCode, reply.getHeaders(), text)) fail(`contract: ${problem}`)
    return payload
  })
}
