import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFound } from '../../shared/errors.js'
import { IdParams, problems } from '../../shared/schemas.js'
import { actorOf } from '../../shared/principal.js'
import { findKey, listKeys } from './repository.js'
import { ApiKeyCreate, ApiKeyCreated, ApiKeyList } from './schemas.js'
import { createKey, revoke } from './service.js'

const tags = ['api-keys']

const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api-keys', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Create an API key; its secret is shown only in this answer', operationId: 'createApiKey', body: ApiKeyCreate, response: { 201: ApiKeyCreated, ...problems(400, 401, 403, 413, 415, 422) } }
  }, async (request, reply) => {
    const created = await createKey(app.db, actorOf(request), request.body)
    return reply.code(201).header('location', `/v1/api-keys/${created.key.id}`).header('cache-control', 'no-store').send(created)
  })

  app.get('/api-keys', {
    config: { access: 'admin' },
    schema: { tags, summary: 'List API keys (never their secrets)', operationId: 'listApiKeys', response: { 200: ApiKeyList, ...problems(401, 403) } }
  }, async () => ({ items: await listKeys(app.db) }))

  app.get('/api-keys/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Get an API key (never its secret)', operationId: 'getApiKey', params: IdParams, response: { 200: Type.Ref('ApiKey'), ...problems(400, 401, 403, 404) } }
  }, async (request) => {
    const key = await findKey(app.db, request.params.id)
    if (key === undefined) throw new NotFound('API key', String(request.params.id))
    return key
  })

  app.delete('/api-keys/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Revoke an API key; it stops working at once', operationId: 'revokeApiKey', params: IdParams, response: { 204: Type.Null(), ...problems(400, 401, 403, 404) } }
  }, async (request, reply) => {
    await revoke(app.db, actorOf(request), request.params.id)
    // Other instances hear of it by NOTIFY; this one forgets at once.
    app.apiKeyCache.clear()
    return reply.code(204).send(null)
  })
}

export default apiKeyRoutes
