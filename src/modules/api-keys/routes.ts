import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, NotFound } from '../../shared/errors.js'
import { problems } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorOf } from '../../shared/principal.js'
import { unknownCodes } from '../agencies/repository.js'
import { findKey, insertKey, listKeys, revokeKey } from './repository.js'
import { ApiKeyCreate, ApiKeyCreated, ApiKeyParams } from './schemas.js'
import { newSecret } from './secrets.js'

const tags = ['api-keys']

const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api-keys', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Create an API key; its secret is shown only in this answer', operationId: 'createApiKey', body: ApiKeyCreate, response: { 201: ApiKeyCreated, ...problems(400, 401, 403, 413, 415, 422) } }
  }, async (request, reply) => {
    const { name, role, agencyCode } = request.body
    if ((role === 'reporter') !== (agencyCode !== undefined)) throw new BadRequest('agencyCode is required for a reporter key and only for one')
    if (agencyCode !== undefined && (await unknownCodes(app.db, [agencyCode], 'agency')).length > 0) throw new BadRequest(`unknown agency code ${agencyCode}`)
    const secret = newSecret()
    const id = await writeTransaction(app.db, actorOf(request), async (trx) => await insertKey(trx, { name, role, agencyCode: agencyCode ?? null }, secret))
    return reply.code(201).header('location', `/v1/api-keys/${id}`).header('cache-control', 'no-store').send({ key: await findKey(app.db, id), secret })
  })

  app.get('/api-keys', {
    config: { access: 'admin' },
    schema: { tags, summary: 'List API keys (never their secrets)', operationId: 'listApiKeys', response: { 200: Type.Object({ items: Type.Array(Type.Ref('ApiKey')) }), ...problems(401, 403) } }
  }, async () => ({ items: await listKeys(app.db) }))

  app.get('/api-keys/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Get an API key (never its secret)', operationId: 'getApiKey', params: ApiKeyParams, response: { 200: Type.Ref('ApiKey'), ...problems(400, 401, 403, 404) } }
  }, async (request) => {
    const key = await findKey(app.db, request.params.id)
    if (key === undefined) throw new NotFound('API key', String(request.params.id))
    return key
  })

  app.delete('/api-keys/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Revoke an API key; it stops working at once', operationId: 'revokeApiKey', params: ApiKeyParams, response: { 204: Type.Null(), ...problems(400, 401, 403, 404) } }
  }, async (request, reply) => {
    if (await findKey(app.db, request.params.id) === undefined) throw new NotFound('API key', String(request.params.id))
    await writeTransaction(app.db, actorOf(request), async (trx) => { await revokeKey(trx, request.params.id) })
    // Other instances hear of it by NOTIFY; this one forgets at once.
    app.apiKeyCache.clear()
    return reply.code(204).send(null)
  })
}

export default apiKeyRoutes
