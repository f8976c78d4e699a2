import fp from 'fastify-plugin'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'

export interface SecurityOptions {
  corsOrigins: string[]
  rateLimitPerMinute: number
}

export default fp<SecurityOptions>(async (app, { corsOrigins, rateLimitPerMinute }) => {
  // Swagger UI serves its own scripts and styles; its plugin adds their hashes to this policy.
  await app.register(helmet, { global: true })
  await app.register(cors, { origin: corsOrigins.length === 0 ? false : corsOrigins, exposedHeaders: ['etag', 'location', 'x-request-id', 'retry-after'] })
  await app.register(rateLimit, {
    max: rateLimitPerMinute,
    timeWindow: '1 minute',
    // After authentication, so each API key has its own budget; callers without a key share one per address.
    hook: 'preHandler',
    keyGenerator: (request) => request.principal === null ? `ip:${request.ip}` : `key:${request.principal.keyId}`,
    allowList: (request) => request.routeOptions.config.access === 'public'
  })
}, { name: 'security', dependencies: ['auth'] })
