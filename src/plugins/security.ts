import fp from 'fastify-plugin'
import cors from '@fastify/cors'
import helmet, { type HelmetOptions } from 'helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { TooManyRequests } from '../shared/errors.js'

export interface SecurityOptions {
  corsOrigins: string[]
  rateLimitPerMinute: number
  /** TLS_TERMINATED: browsers reach the service over HTTPS only. */
  tlsTerminated: boolean
}

/**
 * `upgrade-insecure-requests` makes a browser fetch every http:// subresource over https: right
 * behind TLS, fatal over plain HTTP on any address but loopback (Swagger UI's scripts never load),
 * so only TLS_TERMINATED sends it. HSTS and Cross-Origin-Opener-Policy go either way: browsers
 * ignore them over plain HTTP (RFC 6797 §8.1; Chromium says so in the console), and they still
 * protect a TLS deployment that left the setting off.
 */
const withoutUpgrade = (policy: string): string =>
  policy.split(';').map((directive) => directive.trim()).filter((directive) => directive !== '' && directive !== 'upgrade-insecure-requests').join('; ')

// Swagger UI's top-bar logo is an SVG with an inline <style>, which the plugin's own policy (staticCSP) leaves out.
const SWAGGER_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='"

/** Swagger UI's pages carry their own policy: the same TLS rule applies, and its logo may keep its colours. */
export function swaggerUiPolicy (tlsTerminated: boolean): (policy: string) => string {
  return (policy) => {
    const withLogo = policy.replace(/(^|;\s*)style-src /, `$1style-src ${SWAGGER_LOGO_STYLE} `)
    return tlsTerminated ? withLogo : withoutUpgrade(withLogo)
  }
}

/**
 * The headers helmet's middleware sets, read once: they never change between requests, and
 * @fastify/helmet built the whole middleware again for every request (a measured 4 % of a task read).
 */
export function securityHeaders (options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = {
    setHeader: (name: string, value: unknown) => { headers[name.toLowerCase()] = String(value) },
    removeHeader: (name: string) => { delete headers[name.toLowerCase()] }
  }
  helmet(options)({} as never, response as never, () => {})
  return headers
}

/** Every method a route of this API answers; a test holds it to the served OpenAPI document. */
export const API_METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE']

/** Spends one request of a budget (peek: only looks), adding the rate-limit headers; 429 once it is used up. */
type Spend = (request: FastifyRequest, reply: FastifyReply, options?: { peek: boolean }) => Promise<void>
type Limiter = ReturnType<FastifyInstance['createRateLimit']>

declare module 'fastify' {
  interface FastifyInstance { rateLimits: { byAddress: Spend, byKey: Spend } }
}

function spender (limiter: Limiter): Spend {
  return async (request, reply, options) => {
    const peek = options?.peek === true
    const state = await limiter(request, { increment: !peek })
    if (state.isAllowed) return
    const exhausted = peek ? state.remaining === 0 : state.isExceeded
    if (peek && !exhausted) return
    reply.header('x-ratelimit-limit', state.max).header('x-ratelimit-remaining', state.remaining).header('x-ratelimit-reset', state.ttlInSeconds)
    if (!exhausted) return
    reply.header('retry-after', state.ttlInSeconds)
    throw new TooManyRequests(`more than ${state.max} requests a minute; retry in ${state.ttlInSeconds} s`)
  }
}

/**
 * Registered before every other plugin, so its hooks run first and every answer (a 401, 403, 404 or
 * 503 too) carries the request id and the security headers. Budgets, per minute: each API key has
 * its own (spent by auth); everything else, a public route or a request without a valid key, is
 * counted per client address, the same size. Routes that never touch the database (liveness) are
 * not counted, so a probe is never refused.
 */
export default fp<SecurityOptions>(async (app, { corsOrigins, rateLimitPerMinute, tlsTerminated }) => {
  // Swagger UI's pages carry their own policy (plugins/openapi.ts), under the same TLS rule.
  const headers = securityHeaders({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: tlsTerminated ? [] : null } } })
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers).header('x-request-id', request.id)
    done()
  })
  await app.register(cors, {
    origin: corsOrigins.length === 0 ? false : corsOrigins,
    methods: API_METHODS,
    exposedHeaders: ['etag', 'location', 'link', 'idempotent-replayed', 'x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']
  })
  await app.register(rateLimit, { global: false })
  const budget = (keyGenerator?: (request: FastifyRequest) => string): Spend =>
    spender(app.createRateLimit({ max: rateLimitPerMinute, timeWindow: 60_000, ...(keyGenerator === undefined ? {} : { keyGenerator }) }))
  app.decorate('rateLimits', { byAddress: budget(), byKey: budget((request) => `key:${String(request.principal?.keyId)}`) })

  app.addHook('onRequest', async (request, reply) => {
    const { access, database } = request.routeOptions.config
    if ((access === undefined || access === 'public') && database !== false) await app.rateLimits.byAddress(request, reply)
  })
}, { name: 'security' })
