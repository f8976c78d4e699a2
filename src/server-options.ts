import { randomUUID } from 'node:crypto'
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
    ajv: {
      customOptions: {
        // Unknown properties are rejected (schemas say additionalProperties: false), never silently dropped.
        removeAdditional: false,
        allErrors: true,
        coerceTypes: 'array',
        useDefaults: true
      }
    }
  }
}
