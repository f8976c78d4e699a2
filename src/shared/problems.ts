import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { ProblemBody } from './schemas.js'

import { fieldsOf } from './errors.js'

type FieldError = NonNullable<ProblemBody['errors']>[number]

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 408: 'Request Timeout', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 500: 'Internal Server Error', 503: 'Service Unavailable'
}

const VALIDATION_PLACE: Record<string, FieldError['in']> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' }

// Fastify's own errors answer in this API's vocabulary, so a client handles one set of codes.
const FRAMEWORK_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'NQ57_MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'NQ57_MALFORMED_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'NQ57_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'NQ57_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'NQ57_BAD_CONTENT_LENGTH',
  FST_ERR_BAD_URL: 'NQ57_BAD_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'NQ57_URI_TOO_LONG'
}

// Errors raised by pg when the server cannot be reached or is shutting down: the client should retry later.
const UNAVAILABLE_CODES = new Set(['NQ57_DATABASE_UNAVAILABLE', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57014', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006', '55000', '3D000'])

// Values PostgreSQL cannot take (malformed or out-of-range number or date, U+0000, too long). The
// input rules should stop them first; when one slips through it is still the client's value.
const BAD_VALUE_CODES = new Set(['22P02', '22003', '22021', '22P05', '22007', '22008', '22001'])

const CONSTRAINT_PROBLEMS: Record<string, { status: number, code: string, detail: string }> = {
  23505: { status: 409, code: 'NQ57_CONFLICT', detail: 'conflicts with an existing record' },
  '23P01': { status: 409, code: 'NQ57_CONFLICT', detail: 'overlaps an existing record' },
  23503: { status: 400, code: 'NQ57_BAD_REFERENCE', detail: 'refers to something that does not exist, or is still referred to' },
  23514: { status: 400, code: 'NQ57_RULE_VIOLATED', detail: 'breaks a rule of the data' }
}

/** For answers sent before routing (bad URL, parser errors), where the security plugin's hooks never ran. */
export const BASELINE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer'
}

function problemBody (status: number, code: string, requestId: string, detail?: string, instance?: string, errors?: FieldError[]): ProblemBody {
  return {
    type: `urn:nq57:problem:${code.toLowerCase().replace(/^(nq57|fst_err)_/, '').replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(instance === undefined ? {} : { instance }),
    code,
    requestId,
    ...(errors === undefined ? {} : { errors })
  }
}

export function sendProblem (reply: FastifyReply, status: number, code: string, detail?: string, errors?: FieldError[]): FastifyReply {
  const requestId = String(reply.request.id)
  return reply.code(status).header('x-request-id', requestId).type('application/problem+json; charset=utf-8')
    .send(problemBody(status, code, requestId, detail, reply.request.url, errors))
}

/** A whole HTTP/1.1 response for a request Node's parser refused, written straight to the socket. */
export function rawProblem (status: number, code: string, detail: string): string {
  const requestId = randomUUID()
  const body = JSON.stringify(problemBody(status, code, requestId, detail))
  const headers = {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    ...BASELINE_SECURITY_HEADERS,
    connection: 'close'
  }
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`
}

/** While the database is away: 503, and when to ask again (the availability probe runs every half second). */
export function sendDatabaseUnavailable (reply: FastifyReply): FastifyReply {
  return sendProblem(reply.header('retry-after', '2'), 503, 'NQ57_DATABASE_UNAVAILABLE', 'The database is not reachable; retry later.')
}

/** Once the service is stopping, requests on connections still open are told to go elsewhere or come back. */
export function sendStopping (reply: FastifyReply): FastifyReply {
  return sendProblem(reply.header('retry-after', '2').header('connection', 'close'), 503, 'NQ57_STOPPING', 'The service is stopping; retry shortly.')
}

function isDatabaseUnavailable (error: FastifyError): boolean {
  const code = String(error.code ?? '')
  return UNAVAILABLE_CODES.has(code) || /timeout exceeded when trying to connect|Connection terminated|is not queryable/i.test(error.message)
}

export function handleError (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.validation !== undefined) {
    const place = VALIDATION_PLACE[error.validationContext ?? 'body'] ?? 'body'
    const errors = error.validation.map((issue) => ({
      in: place,
      field: fieldOf(issue.instancePath, issue.params),
      message: issue.message ?? 'is invalid'
    }))
    const summary = errors.map((e) => `${e.in} ${e.field} ${e.message}`).join('; ')
    return sendProblem(reply, 400, 'NQ57_VALIDATION_FAILED', summary, errors)
  }
  const status = error.statusCode ?? 500
  if (status === 401) reply.header('www-authenticate', 'Bearer')
  if (status === 429) return sendProblem(reply, 429, 'NQ57_RATE_LIMITED', error.message)
  if (status >= 400 && status < 500) return sendProblem(reply, status, codeOf(error, status), error.message, fieldsOf(error))
  const broken = CONSTRAINT_PROBLEMS[String(error.code ?? '')]
  if (broken !== undefined) {
    // The database's own rules caught what the route's checks did not (often two requests racing).
    const constraint = (error as { constraint?: string }).constraint
    return sendProblem(reply, broken.status, broken.code, `${broken.detail}${constraint === undefined ? '' : ` (${constraint})`}`)
  }
  if (BAD_VALUE_CODES.has(String(error.code ?? ''))) {
    request.log.warn({ err: error }, 'a value reached the database that the input rules should have refused')
    return sendProblem(reply, 400, 'NQ57_BAD_VALUE', 'a value is malformed, out of range or contains characters that cannot be stored')
  }
  if (isDatabaseUnavailable(error)) {
    request.log.error({ err: error }, 'database unavailable')
    return sendDatabaseUnavailable(reply)
  }
  request.log.error({ err: error }, 'unhandled error')
  return sendProblem(reply, 500, 'NQ57_INTERNAL', `Internal error; quote request id ${String(request.id)} when reporting it.`)
}

function codeOf (error: FastifyError, status: number): string {
  const code = error.code ?? ''
  if (code.startsWith('NQ57_')) return code
  return FRAMEWORK_CODES[code] ?? `NQ57_${(TITLES[status] ?? 'Error').toUpperCase().replace(/\W+/g, '_')}`
}

/** Points at the field itself, also when ajv reports a missing or extra property on its parent. */
function fieldOf (instancePath: string, params: Record<string, unknown>): string {
  const extra = params.missingProperty ?? params.additionalProperty
  if (typeof extra === 'string') return `${instancePath}/${extra}`
  return instancePath === '' ? '/' : instancePath
}
