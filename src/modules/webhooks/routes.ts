import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, NotFound } from '../../shared/errors.js'
import { afterIdOf, Cursor, encodeCursor, Id, Limit, Page, problems, Timestamp } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorOf } from '../../shared/principal.js'
import { EntityId, FEED_ENTITIES } from '../changes/representations.js'
import { newWebhookSecret } from './signature.js'

const tags = ['webhooks']
const EventType = Type.String({ pattern: `^(\\*|(${FEED_ENTITIES.join('|')})\\.(\\*|created|updated|deleted))$`, examples: ['task.updated', 'assignment.*'] })

const Subscription = Type.Object({ id: Id, url: Type.String(), eventTypes: Type.Array(Type.String()), active: Type.Boolean(), createdAt: Timestamp })
// A bigserial: at a thousand deliveries a second it would take 285,000 years to pass 2^53.
const DeliveryId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: '1 to 2^53 − 1' })
const Delivery = Type.Object({
  id: DeliveryId, eventType: Type.String(), entity: Type.Enum(FEED_ENTITIES), entityId: EntityId, version: Type.Union([Type.Integer(), Type.Null()]),
  status: Type.Enum(['pending', 'delivered', 'failed']), attempts: Type.Integer(), nextAttemptAt: Timestamp,
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()]), lastError: Type.Union([Type.String(), Type.Null()]), deliveredAt: Type.Union([Timestamp, Type.Null()])
})
const Params = Type.Object({ id: Id }, { additionalProperties: false })
const iso = (d: Date | null): string | null => d?.toISOString() ?? null

const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const findSubscription = async (id: number) => {
    const row = await app.db.selectFrom('webhookSubscription').select(['id', 'url', 'eventTypes', 'active', 'createdAt']).where('id', '=', id).executeTakeFirst()
    if (row === undefined) throw new NotFound('webhook subscription', String(id))
    return { ...row, createdAt: row.createdAt.toISOString() }
  }

  app.post('/webhooks', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: 'Subscribe a URL to change events', operationId: 'createWebhook',
      description: 'Each change is POSTed as {type, timestamp, data}: type is the event (e.g. task.updated), timestamp when the change was made, and data the change exactly as GET /v1/changes serves it as an item ({entity, id, operation, version, occurredAt, data}, data being the entity\'s current representation or null once it is gone), so one handler serves both. Signed as the Standard Webhooks specification says (webhook-id, webhook-timestamp, webhook-signature "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with the returned whsec_ secret). Failures and timeouts are retried with exponential backoff; every attempt is in the delivery log. The URL must reach a public host: loopback, private, link-local, unique-local, carrier-grade NAT, multicast, unspecified and cloud metadata addresses are refused (400), whether written literally or resolved from a name, and again at every delivery, unless the operator allows the host. Redirects are not followed.',
      body: Type.Object({ url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 }), eventTypes: Type.Array(EventType, { minItems: 1, maxItems: 20, uniqueItems: true }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ subscription: Subscription, secret: Type.String({ description: 'Shown once: verify signatures with it' }) }), ...problems(400, 401, 403, 413, 415) }
    }
  }, async (request, reply) => {
    // Checked and stored in the URL parser's normal form (2130706433 becomes 127.0.0.1), which is what the dispatcher reads.
    const url = URL.canParse(request.body.url) ? new URL(request.body.url) : undefined
    if (url === undefined) throw new BadRequest('url is not a URL a client can send to')
    await app.webhookTargets.check(url)
    const secret = newWebhookSecret()
    const { id } = await writeTransaction(app.db, actorOf(request), async (trx) => await trx.insertInto('webhookSubscription')
      .values({ url: url.href, eventTypes: request.body.eventTypes, secret }).returning('id').executeTakeFirstOrThrow())
    return reply.code(201).header('location', `/v1/webhooks/${id}`).header('cache-control', 'no-store').send({ subscription: await findSubscription(id), secret })
  })

  app.get('/webhooks', {
    config: { access: 'secretariat' },
    schema: { tags, summary: 'List webhook subscriptions', operationId: 'listWebhooks', response: { 200: Type.Object({ items: Type.Array(Subscription) }), ...problems(401, 403) } }
  }, async () => {
    const rows = await app.db.selectFrom('webhookSubscription').select(['id', 'url', 'eventTypes', 'active', 'createdAt']).orderBy('id').execute()
    return { items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) }
  })

  app.get('/webhooks/:id', {
    config: { access: 'secretariat' },
    schema: { tags, summary: 'Get a webhook subscription (never its secret)', operationId: 'getWebhook', params: Params, response: { 200: Subscription } }
  }, async (request) => await findSubscription(request.params.id))

  app.delete('/webhooks/:id', {
    config: { access: 'secretariat' },
    schema: { tags, summary: 'Stop a subscription (its delivery log is kept)', operationId: 'deactivateWebhook', params: Params, response: { 204: Type.Null(), ...problems(400, 401, 403, 404) } }
  }, async (request, reply) => {
    await findSubscription(request.params.id)
    await writeTransaction(app.db, actorOf(request), async (trx) => { await trx.updateTable('webhookSubscription').set({ active: false }).where('id', '=', request.params.id).execute() })
    return reply.code(204).send(null)
  })

  app.get('/webhooks/:id/deliveries', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: "A subscription's delivery log, oldest first", operationId: 'listWebhookDeliveries', params: Params,
      querystring: Type.Object({ limit: Limit, cursor: Type.Optional(Cursor) }, { additionalProperties: false }),
      response: { 200: Page(Delivery), ...problems(400, 401, 403, 404) }
    }
  }, async (request) => {
    await findSubscription(request.params.id)
    let query = app.db.selectFrom('webhookDelivery').selectAll().where('subscriptionId', '=', request.params.id)
    const afterId = afterIdOf(request.query.cursor, Number.MAX_SAFE_INTEGER)
    if (afterId !== undefined) query = query.where('id', '>', afterId)
    const rows = await query.orderBy('id').limit(request.query.limit + 1).execute()
    const items = rows.slice(0, request.query.limit).map(({ subscriptionId: _s, occurredAt: _o, ...row }) => ({
      ...row, entity: row.entity as 'task', entityId: Number(row.entityId), status: row.status as 'pending', nextAttemptAt: row.nextAttemptAt.toISOString(), deliveredAt: iso(row.deliveredAt)
    }))
    return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
  })

  app.post('/webhooks/:id/deliveries/:deliveryId/replay', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: 'Send a delivery again (back to pending, with a fresh set of attempts)', operationId: 'replayWebhookDelivery',
      description: 'The replay is in the audit log (entity webhook_delivery), with who asked for it; the attempts the dispatcher makes are not.',
      params: Type.Object({ id: Id, deliveryId: DeliveryId }, { additionalProperties: false }),
      response: { 202: Type.Object({ id: DeliveryId, status: Type.Literal('pending') }), ...problems(400, 401, 403, 404) }
    }
  }, async (request, reply) => {
    const updated = await writeTransaction(app.db, actorOf(request), async (trx) => await trx.updateTable('webhookDelivery')
      .set({ status: 'pending', nextAttemptAt: new Date(), attempts: 0 })
      .where('id', '=', request.params.deliveryId).where('subscriptionId', '=', request.params.id)
      .returning('id').executeTakeFirst())
    if (updated === undefined) throw new NotFound('delivery', String(request.params.deliveryId))
    return reply.code(202).send({ id: updated.id, status: 'pending' as const })
  })
}

export default webhookRoutes
