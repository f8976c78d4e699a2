import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFound } from '../../shared/errors.js'
import { afterIdOf, IdParams, pageOf, problems } from '../../shared/schemas.js'
import { actorOf } from '../../shared/principal.js'
import type { Db } from '../../db/database.js'
import { findSubscription, listDeliveries, listSubscriptions } from './repository.js'
import { DeliveryPage, DeliveryParams, DeliveryQuery, ReplayAccepted, Subscription, SubscriptionCreate, SubscriptionCreated, SubscriptionList } from './schemas.js'
import { deactivate, replay, subscribe } from './service.js'

const tags = ['webhooks']

async function existing (db: Db, id: number): Promise<Subscription> {
  const subscription = await findSubscription(db, id)
  if (subscription === undefined) throw new NotFound('webhook subscription', String(id))
  return subscription
}

const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/webhooks', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: 'Subscribe a URL to change events', operationId: 'createWebhook',
      description: 'Each change is POSTed as {type, timestamp, data}: type is the event (e.g. task.updated), timestamp when the change was made, and data the change exactly as GET /v1/changes serves it as an item ({entity, id, operation, version, occurredAt, data}, data being the entity\'s current representation or null once it is gone), so one handler serves both. Signed as the Standard Webhooks specification says (webhook-id, webhook-timestamp, webhook-signature "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with the returned whsec_ secret). Failures and timeouts are retried with exponential backoff; every attempt is in the delivery log. The URL must reach a public host: loopback, private, link-local, unique-local, carrier-grade NAT, multicast, unspecified and cloud metadata addresses are refused (400), whether written literally or resolved from a name, and again at every delivery, unless the operator allows the host. Redirects are not followed.',
      body: SubscriptionCreate,
      response: { 201: SubscriptionCreated, ...problems(400, 401, 403, 413, 415) }
    }
  }, async (request, reply) => {
    const created = await subscribe(app.db, actorOf(request), app.webhookTargets, request.body)
    return reply.code(201).header('location', `/v1/webhooks/${created.subscription.id}`).header('cache-control', 'no-store').send(created)
  })

  app.get('/webhooks', {
    config: { access: 'secretariat' },
    schema: { tags, summary: 'List webhook subscriptions', operationId: 'listWebhooks', response: { 200: SubscriptionList, ...problems(401, 403) } }
  }, async () => ({ items: await listSubscriptions(app.db) }))

  app.get('/webhooks/:id', {
    config: { access: 'secretariat' },
    schema: { tags, summary: 'Get a webhook subscription (never its secret)', operationId: 'getWebhook', params: IdParams, response: { 200: Subscription } }
  }, async (request) => await existing(app.db, request.params.id))

  app.delete('/webhooks/:id', {
    config: { access: 'secretariat' },
    schema: { tags, summary: 'Stop a subscription (its delivery log is kept)', operationId: 'deactivateWebhook', params: IdParams, response: { 204: Type.Null(), ...problems(400, 401, 403, 404) } }
  }, async (request, reply) => {
    await deactivate(app.db, actorOf(request), request.params.id)
    return reply.code(204).send(null)
  })

  app.get('/webhooks/:id/deliveries', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: "A subscription's delivery log, oldest first", operationId: 'listWebhookDeliveries', params: IdParams,
      querystring: DeliveryQuery,
      response: { 200: DeliveryPage, ...problems(400, 401, 403, 404) }
    }
  }, async (request) => {
    const { limit, cursor } = request.query
    await existing(app.db, request.params.id)
    const rows = await listDeliveries(app.db, request.params.id, afterIdOf(cursor, Number.MAX_SAFE_INTEGER), limit)
    return pageOf(rows, limit, (last) => [last.id])
  })

  app.post('/webhooks/:id/deliveries/:deliveryId/replay', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: 'Send a delivery again (back to pending, with a fresh set of attempts)', operationId: 'replayWebhookDelivery',
      description: 'The replay is in the audit log (entity webhook_delivery), with who asked for it; the attempts the dispatcher makes are not.',
      params: DeliveryParams,
      response: { 202: ReplayAccepted, ...problems(400, 401, 403, 404) }
    }
  }, async (request, reply) => {
    const id = await replay(app.db, actorOf(request), request.params.id, request.params.deliveryId)
    return reply.code(202).send({ id, status: 'pending' as const })
  })
}

export default webhookRoutes
