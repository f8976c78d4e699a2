import fp from 'fastify-plugin'
import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify'
import { UnsupportedMediaType } from '../shared/errors.js'
import { noneMatchHits } from '../shared/versioning.js'
import { sendProblem } from '../shared/problems.js'

// The order RFC 9110 lists methods in, so Allow reads the same whatever order routes were added.
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']
const byOrder = (a: string, b: string): number => (METHOD_ORDER.indexOf(a) + 1 || 99) - (METHOD_ORDER.indexOf(b) + 1 || 99)
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i

/** The request's own path and query with `cursor` set: a relative reference, percent-encoded, for Link. */
export function nextPageLink (url: string, cursor: string): string {
  const mark = url.indexOf('?')
  const path = (mark === -1 ? url : url.slice(0, mark)).replace(/[^\w\-.~!$&'()*+,;=:@/%]/g, encodeURIComponent)
  const query = new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1))
  query.set('cursor', cursor)
  return `${path}?${query.toString()}`
}

function takesCursor (request: FastifyRequest): boolean {
  const query = request.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined
  return query?.properties?.cursor !== undefined
}

function isPage (payload: unknown): payload is { items: unknown[], nextCursor: string } {
  return typeof payload === 'object' && payload !== null && Array.isArray((payload as { items?: unknown }).items) &&
    typeof (payload as { nextCursor?: unknown }).nextCursor === 'string'
}

/**
 * Route-level, so that it runs after every other onSend hook, including the one Fastify gives HEAD
 * routes, which sets Content-Length: a 304 may not carry one that differs from the 200's.
 */
async function notModified (request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode === 304) {
    reply.removeHeader('content-length')
    return payload
  }
  const etag = reply.getHeader('etag')
  const ifNoneMatch = request.headers['if-none-match']
  if (reply.statusCode !== 200 || typeof etag !== 'string' || ifNoneMatch === undefined || !noneMatchHits(ifNoneMatch, etag)) return payload
  reply.code(304).removeHeader('content-type').removeHeader('content-length')
  return null
}

declare module 'fastify' {
  interface FastifyReply {
    /** Sends JSON text built elsewhere (by PostgreSQL) as it is: the route's schema documents it but does not serialise it. */
    sendJson: (json: string) => FastifyReply
    /** A page whose items come as JSON text (the contents of the array), with Link to the next page like any other page. */
    sendJsonPage: (items: string, nextCursor: string | null) => FastifyReply
  }
}

/**
 * HTTP as RFC 9110 and RFC 8288 describe it, in one place rather than in every route: Link to the
 * next page of a list, 304 to a conditional GET, 405 with Allow for a path that exists under other methods.
 */
export default fp(async (app) => {
  const methods = new Set<HTTPMethods>()

  app.addHook('onRoute', (route) => {
    const own = [route.method].flat()
    // OPTIONS is the CORS preflight, answered for every path: it says nothing about what a path allows.
    for (const method of own) if (method !== 'OPTIONS') methods.add(method)
    if (own.includes('GET') || own.includes('HEAD')) route.onSend = [...[route.onSend ?? []].flat(), notModified]
  })

  const linkNext = (request: FastifyRequest, reply: FastifyReply, nextCursor: string): void => {
    if (reply.statusCode === 200 && takesCursor(request)) reply.header('link', `<${nextPageLink(request.url, nextCursor)}>; rel="next"`)
  }
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (isPage(payload)) linkNext(request, reply, payload.nextCursor)
    return payload
  })
  // As bytes: Fastify would otherwise measure the string's UTF-8 length and then encode it again to write it.
  app.decorateReply('sendJson', function (this: FastifyReply, json: string) {
    return this.type('application/json; charset=utf-8').send(Buffer.from(json))
  })
  app.decorateReply('sendJsonPage', function (this: FastifyReply, items: string, nextCursor: string | null) {
    if (nextCursor !== null) linkNext(this.request, this, nextCursor)
    return this.sendJson(`{"items":[${items}],"nextCursor":${JSON.stringify(nextCursor)}}`)
  })

  // The JSON and CSV parsers read every body as UTF-8 whatever charset it names: text in another one (windows-1258,
  // say) would be stored as replacement characters, so it is refused instead.
  app.addHook('preParsing', async (request, _reply, payload) => {
    const { 'content-length': length, 'transfer-encoding': chunked } = request.headers
    if (request.is404 || ((length === undefined || length === '0') && chunked === undefined)) return payload
    // Bodies are read as sent: a compressed one is refused by name rather than failing as malformed JSON.
    const coding = request.headers['content-encoding']
    if (coding !== undefined && coding.trim().toLowerCase() !== 'identity') throw new UnsupportedMediaType(`request bodies are not decoded; send it without Content-Encoding: ${coding}`)
    const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) throw new UnsupportedMediaType(`a body is read as UTF-8; charset=${charset} is not supported`)
    return payload
  })

  // A request no route matched reaches here in the not-found context: when its path has routes under other methods, it is a 405.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return
    const path = request.url.split('?')[0] ?? ''
    const allowed = [...methods].filter((method) => app.findRoute({ method, url: path }) !== null).sort(byOrder)
    if (allowed.length === 0) return
    return await sendProblem(reply.header('allow', allowed.join(', ')), 405, 'NQ57_METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; it answers ${allowed.join(', ')}`)
  })
}, { name: 'http-semantics', dependencies: ['problems', 'input'] })
