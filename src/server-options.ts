import { randomUUID } from 'node:crypto'
import type { Socket } from 'node:net'
import AjvCompiler from '@fastify/ajv-compiler'
import type { Server } from 'node:http'
import type { FastifyHttpOptions } from 'fastify'
import { DEFAULT_HTTP_TIMEOUTS, type Config } from './config.js'
import { BASELINE_SECURITY_HEADERS, handleError, rawProblem } from './shared/problems.js'
import { MAX_URL_LENGTH, numberTextIssue, snapshot, textOrNestingIssue } from './shared/input-rules.js'

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/
const MAX_HEADER_BYTES = 16 * 1024
const REQUEST_LINE_START = /^[A-Z]{3,10} /

/** The HTTP timeouts: each one absent is taken from DEFAULT_HTTP_TIMEOUTS (src/config.ts). */
export type HttpTimeouts = Partial<Pick<Config, keyof typeof DEFAULT_HTTP_TIMEOUTS>>

/** The one set of Fastify constructor options, shared by the server and the tests so both run under the same rules. */
export function serverOptions (config: Pick<Config, 'LOG_LEVEL' | 'BODY_LIMIT'> & HttpTimeouts): FastifyHttpOptions<Server> {
  const requestMs = config.HTTP_REQUEST_TIMEOUT_MS ?? DEFAULT_HTTP_TIMEOUTS.HTTP_REQUEST_TIMEOUT_MS
  const headersMs = config.HTTP_HEADERS_TIMEOUT_MS ?? DEFAULT_HTTP_TIMEOUTS.HTTP_HEADERS_TIMEOUT_MS
  return {
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' }
    },
    bodyLimit: config.BODY_LIMIT,
    // A request whose headers (headersTimeout) or whole self (requestTimeout), counted from its first
    // byte, take longer is answered 408 by clientErrorHandler; a slow handler is not affected.
    requestTimeout: requestMs,
    http: {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: headersMs,
      // Fastify sets it again after; given here too, Node checks headersTimeout against it, not its own 5 minutes.
      requestTimeout: requestMs,
      // Node looks for overdue requests only this often (by default every 30 s, which would let a
      // slowloris client stay up to 30 s past the headers timeout).
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(Math.min(headersMs, requestMs) / 4)))
    },
    // How long an idle keep-alive connection is kept (see DEFAULT_HTTP_TIMEOUTS on why longer than a proxy's).
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS ?? DEFAULT_HTTP_TIMEOUTS.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    // The socket's idle timeout while a request is read or answered.
    connectionTimeout: config.HTTP_CONNECTION_TIMEOUT_MS ?? DEFAULT_HTTP_TIMEOUTS.HTTP_CONNECTION_TIMEOUT_MS,
    // A caller's own correlation id is kept when it is harmless, so logs on both sides line up.
    requestIdHeader: false,
    genReqId: (request) => {
      const offered = request.headers['x-request-id']
      return typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID()
    },
    // Requests arriving while the service stops get a problem+json 503 from the database plugin instead.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // A URL the router cannot decode, or a path segment over maxParamLength: no route (and so no hook) ran.
    frameworkErrors: (error, request, reply) => { handleError(error, request, reply.headers(BASELINE_SECURITY_HEADERS)) },
    clientErrorHandler: answerClientError,
    // The declared factory type is narrower than what Fastify passes at run time (route definitions).
    schemaController: { compilersFactory: { buildValidator: buildValidators as never } }
  }
}

/** Requests Node's HTTP parser refused never reach Fastify: answer them as problems too. */
function answerClientError (error: { code?: string, rawPacket?: unknown }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, code, detail] = error.code === 'HPE_HEADER_OVERFLOW'
    ? (requestLineTooLong(error.rawPacket)
        ? [414, 'NQ57_URI_TOO_LONG', `the URL is longer than ${MAX_URL_LENGTH} characters`] as const
        : [431, 'NQ57_HEADERS_TOO_LARGE', `the request line and headers exceed ${MAX_HEADER_BYTES} bytes`] as const)
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'NQ57_REQUEST_TIMEOUT', 'the request did not arrive in time'] as const
      : [400, 'NQ57_MALFORMED_REQUEST', 'the request is not valid HTTP/1.1'] as const
  // Ending (not destroying) lets the answer arrive before the close; what the client still sends is drained.
  if (socket.writable) socket.end(rawProblem(status, code, detail))
  socket.resume()
  setTimeout(() => socket.destroy(), 2000).unref()
}

// The parser says only "overflow": when the packet that overflowed starts a request whose first
// line does not end within the URL limit, the URL is what is too long. A request line split over
// several packets is reported as 431.
function requestLineTooLong (packet: unknown): boolean {
  if (!Buffer.isBuffer(packet) || !REQUEST_LINE_START.test(packet.subarray(0, 11).toString('latin1'))) return false
  const lineEnd = packet.indexOf('\r\n')
  return lineEnd === -1 || lineEnd > MAX_URL_LENGTH
}

// Unknown properties are rejected (schemas say additionalProperties: false), never silently dropped.
const STRICT = { removeAdditional: false, allErrors: true, useDefaults: true } as const
const buildAjv = AjvCompiler()

type Validate = ((data: unknown, context?: unknown) => boolean) & { errors?: unknown, schemaEnv?: unknown }

/**
 * Query strings, paths and headers arrive as text and are coerced to their schema types; a JSON
 * body is taken as sent, so `"title": 42` is an error rather than the string "42". Every part also
 * obeys the shared input rules (src/shared/input-rules.ts) before its schema is checked.
 */
function buildValidators (externalSchemas: unknown, serverOptions: unknown) {
  const coercing = buildAjv(externalSchemas as never, { ...(serverOptions as object), customOptions: { ...STRICT, coerceTypes: 'array' } } as never)
  const exact = buildAjv(externalSchemas as never, { ...(serverOptions as object), customOptions: { ...STRICT, coerceTypes: false } } as never)
  return (route: AjvCompiler.RouteDefinition) => route.httpPart === 'body'
    ? guarded(exact(route) as Validate, false)
    : guarded(coercing(route) as Validate, true)
}

function guarded (validate: Validate, coerces: boolean): Validate {
  const check: Validate = (data, context) => {
    const raw = coerces ? snapshot(data) : undefined
    let issue = textOrNestingIssue(data)
    if (issue === undefined && !validate(data, context)) {
      check.errors = validate.errors
      return false
    }
    if (issue === undefined && raw !== undefined) issue = numberTextIssue(raw, data)
    check.errors = issue === undefined ? null : [issue]
    return issue === undefined
  }
  // Fastify passes the parent object only to validators that carry ajv's schemaEnv.
  check.schemaEnv = validate.schemaEnv
  return check
}
