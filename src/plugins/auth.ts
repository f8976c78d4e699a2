import fp from 'fastify-plugin'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Forbidden, Unauthorized } from '../shared/errors.js'
import { ALLOWED } from '../shared/principal.js'
import { ensureBootstrapAdmin, KeyCache, principalOf } from '../modules/api-keys/authentication.js'

declare module 'fastify' {
  interface FastifyInstance { apiKeyCache: KeyCache }
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{10,200})$/

export default fp<{ adminApiKey?: string | undefined, connectionString: string }>(async (app, { adminApiKey, connectionString }) => {
  app.decorateRequest('principal', null)
  const cache = new KeyCache(connectionString, (error) => app.log.warn({ err: error }, 'API key change notifications unavailable; not caching keys'))
  app.decorate('apiKeyCache', cache)
  app.addHook('onReady', async () => { await cache.start() })
  app.addHook('onClose', async () => { await cache.stop() })

  // Every API route must say who may call it; a route that forgets fails at start, not in production.
  app.addHook('onRoute', (route) => {
    if (route.config?.access === undefined && route.url.startsWith('/v1')) throw new Error(`${String(route.method)} ${route.url} declares no config.access`)
  })

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config.access
    if (access === undefined || access === 'public') return
    const header = request.headers.authorization
    const secret = header === undefined ? undefined : BEARER.exec(header)?.[1]
    if (secret === undefined) {
      await app.rateLimits.byAddress(request, reply)
      throw new Unauthorized('send Authorization: Bearer <API key>')
    }
    // An address that has used up its budget for failed keys is refused before the database is asked.
    const principal = await principalOf(app.db, cache, secret, async () => { await app.rateLimits.byAddress(request, reply, { peek: true }) })
    if (principal === null) {
      await app.rateLimits.byAddress(request, reply)
      throw new Unauthorized('unknown or revoked API key')
    }
    request.principal = principal
    await app.rateLimits.byKey(request, reply)
    if (!ALLOWED[access].includes(principal.role)) throw new Forbidden(`role ${principal.role} may not ${request.method} ${request.routeOptions.url ?? ''}`)
  })

  if (adminApiKey !== undefined) {
    app.addHook('onReady', async () => { await ensureBootstrapAdmin(app.db, adminApiKey) })
  }
}, { name: 'auth', dependencies: ['database', 'security'] })
