import { randomUUID } from 'node:crypto'
import AjvCompiler from '@fastify/ajv-compiler'
import type { FastifyServerOptions } from 'fastify'
import type { Config } from './config.js'

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

/** The one set of Fastify constructor options, shared by the server and the tests so both run under the same rules. */
export function serverOptions (config: Pick<Config, 'LOG_LEVEL' | 'BODY_LIMIT'>): FastifyServerOptions {
  return {
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' }
    },
    bodyLimit: config.BODY_LIMIT,
    // A caller's own correlation id is kept when it is harmless, so logs on both sides line up.
    requestIdHeader: false,
    genReqId: (request) => {
      const offered = request.headers['x-request-id']
      return typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID()
    },
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // The declared factory type is narrower than what Fastify passes at run time (route definitions).
    schemaController: { compilersFactory: { buildValidator: buildValidators as never } }
  }
}

// Unknown properties are rejected (schemas say additionalProperties: false), never silently dropped.
const STRICT = { removeAdditional: false, allErrors: true, useDefaults: true } as const
const buildAjv = AjvCompiler()

/**
 * Query strings, paths and headers arrive as text and are coerced to their schema types; a JSON
 * body is taken as sent, so `"title": 42` is an error rather than the string "42".
 */
function buildValidators (externalSchemas: unknown, serverOptions: unknown) {
  const coercing = buildAjv(externalSchemas as never, { ...(serverOptions as object), customOptions: { ...STRICT, coerceTypes: 'array' } } as never)
  const exact = buildAjv(externalSchemas as never, { ...(serverOptions as object), customOptions: { ...STRICT, coerceTypes: false } } as never)
  return (route: AjvCompiler.RouteDefinition) => route.httpPart === 'body' ? exact(route) : coercing(route)
}
