import { createHash } from 'node:crypto'
import fp from 'fastify-plugin'
import { claimKey, findClaim, recordAnswer, releaseKey } from '../db/idempotency-repository.js'
import { BadRequest, Conflict, Unprocessable } from '../shared/errors.js'

const KEY = /^[A-Za-z0-9_.:-]{1,200}$/
const REPLAYED_HEADERS = ['content-type', 'location', 'etag']

declare module 'fastify' {
  interface FastifyRequest { idempotencyKey: string | null }
}

// Routes without a body schema never had the body's nesting checked: one too deep to serialise is the client's error.
function bodyText (body: unknown): string {
  try {
    return JSON.stringify(body ?? null)
  } catch (error) {
    if (error instanceof RangeError) throw new BadRequest('the body nests too deeply')
    throw error
  }
}

/**
 * A POST with Idempotency-Key is done once per API key: a retry with the same body gets the first
 * answer again (with Idempotent-Replayed: true); the same key with another body is a 422. The
 * key is claimed before the handler runs, so two concurrent retries cannot both create.
 */
export default fp(async (app) => {
  app.decorateRequest('idempotencyKey', null)

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key']
    if (request.method !== 'POST' || typeof key !== 'string' || request.principal === null) return
    if (!KEY.test(key)) throw new Unprocessable('Idempotency-Key must be 1–200 letters, digits or ._:-')
    const hash = createHash('sha256').update(`${request.url}\n${bodyText(request.body)}`).digest('hex')
    const claim = { apiKeyId: request.principal.keyId, idempotencyKey: key }
    if (await claimKey(app.db, { ...claim, requestHash: hash })) {
      request.idempotencyKey = key
      return
    }
    const first = await findClaim(app.db, claim)
    if (first.requestHash !== hash) throw new Unprocessable('this Idempotency-Key was used with a different request')
    if (first.statusCode === null) throw new Conflict('the first request with this Idempotency-Key is still in progress; retry shortly')
    const headers = first.responseHeaders as Record<string, string>
    if (first.responseBody === null) {
      const where = headers.location === undefined ? 'list the resource instead' : `it was created as ${headers.location}`
      throw new Conflict(`the first request with this Idempotency-Key succeeded; its answer held a secret, which is not kept: ${where}`)
    }
    for (const [name, value] of Object.entries(headers)) reply.header(name, value)
    return await reply.code(first.statusCode).header('idempotent-replayed', 'true').send(first.responseBody)
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey
    if (key === null || request.principal === null) return payload
    const claim = { apiKeyId: request.principal.keyId, idempotencyKey: key }
    if (reply.statusCode >= 200 && reply.statusCode < 300) {
      // An answer marked no-store carries a secret shown once: remember that it succeeded, never the secret.
      const body = String(reply.getHeader('cache-control') ?? '').includes('no-store') ? null : String(payload)
      const headers = Object.fromEntries(REPLAYED_HEADERS.flatMap((name) => {
        const value = reply.getHeader(name)
        return value === undefined ? [] : [[name, String(value)]]
      }))
      await recordAnswer(app.db, claim, { statusCode: reply.statusCode, responseBody: body, responseHeaders: headers })
    } else {
      await releaseKey(app.db, claim)
    }
    return payload
  })
}, { name: 'idempotency', dependencies: ['auth', 'database'] })
