import fp from 'fastify-plugin'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { ProblemBody } from '../shared/schemas.js'

type FieldError = NonNullable<ProblemBody['errors']>[number]

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Content', 428: 'Precondition Required',
  429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable'
}

const VALIDATION_PLACE: Record<string, FieldError['in']> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' }

// Errors raised by pg when the server cannot be reached or is shutting down: the client should retry later.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57014', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006', '55000', '3D000'])

const CONSTRAINT_PROBLEMS: Record<string, { status: number, code: string, detail: string }> = {
  23505: { status: 409, code: 'NQ57_CONFLICT', detail: 'conflicts with an existing record' },
  '23P01': { status: 409, code: 'NQ57_CONFLICT', detail: 'overlaps an existing record' },
  23503: { status: 400, code: 'NQ57_BAD_REFERENCE', detail: 'refers to something that does not exist, or is still referred to' },
  23514: { status: 400, code: 'NQ57_RULE_VIOLATED', detail: 'breaks a rule of the data' }
}

export function sendProblem (reply: FastifyReply, status: number, code: string, detail?: string, errors?: FieldError[]): FastifyReply {
  const body: ProblemBody = {
    type: `urn:nq57:problem:${code.toLowerCase().replace(/^(nq57|fst_err)_/, '').replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    instance: reply.request.url,
    code,
    requestId: String(reply.request.id),
    ...(errors === undefined ? {} : { errors })
  }
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body)
}

/** While the database is away: 503, and when to ask again (the availability probe runs every half second). */
export function sendDatabaseUnavailable (reply: FastifyReply): FastifyReply {
  return sendProblem(reply.header('retry-after', '2'), 503, 'NQ57_DATABASE_UNAVAILABLE', 'The database is not reachable; retry later.')
}

function isDatabaseUnavailable (error: FastifyError): boolean {
  const code = String(error.code ?? '')
  return UNAVAILABLE_CODES.has(code) || /timeout exceeded when trying to connect|Connection terminated|is not queryable/i.test(error.message)
}

function handleError (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
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
  if (status >= 400 && status < 500) {
    return sendProblem(reply, status, error.code ?? `HTTP_${status}`, error.message)
  }
  const broken = CONSTRAINT_PROBLEMS[String(error.code ?? '')]
  if (broken !== undefined) {
    // The database's own rules caught what the route's checks did not (often two requests racing).
    const constraint = (error as { constraint?: string }).constraint
    return sendProblem(reply, broken.status, broken.code, `${broken.detail}${constraint === undefined ? '' : ` (${constraint})`}`)
  }
  if (isDatabaseUnavailable(error)) {
    request.log.error({ err: error }, 'database unavailable')
    return sendDatabaseUnavailable(reply)
  }
  request.log.error({ err: error }, 'unhandled error')
  return sendProblem(reply, 500, 'NQ57_INTERNAL', `Internal error; quote request id ${String(request.id)} when reporting it.`)
}

/** Points at the field itself, also when ajv reports a missing or extra property on its parent. */
function fieldOf (instancePath: string, params: Record<string, unknown>): string {
  const extra = params.missingProperty ?? params.additionalProperty
  if (typeof extra === 'string') return `${instancePath}/${extra}`
  return instancePath === '' ? '/' : instancePath
}

export default fp(async (app) => {
  app.setErrorHandler(handleError)
  app.setNotFoundHandler((request, reply) => sendProblem(reply, 404, 'NQ57_ROUTE_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0] ?? ''}`))
}, { name: 'problems' })
