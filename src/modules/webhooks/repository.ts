import { sql, type Selectable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import type { WebhookDeliveryTable, WebhookSubscriptionTable } from '../../db/schema.js'
import type { Change } from '../changes/schemas.js'
import type { Delivery, Subscription } from './schemas.js'

type DeliveryRow = Selectable<WebhookDeliveryTable>
type SubscriptionRow = Selectable<WebhookSubscriptionTable>

/** A delivery the dispatcher has claimed, with where and how to sign it. */
export type Due = Pick<DeliveryRow, 'id' | 'eventType' | 'entity' | 'entityId' | 'version' | 'occurredAt' | 'attempts'> &
  Pick<SubscriptionRow, 'url' | 'secret'> & { operation: Change['operation'] }

/** The outcome of one send, and how long until the next one when it is still pending. */
export type Attempt = Pick<DeliveryRow, 'id' | 'attempts' | 'status' | 'lastStatusCode' | 'lastError'> & { backoffMs: number }

const SUBSCRIPTION = ['id', 'url', 'eventTypes', 'active', 'createdAt'] as const

const toSubscription = (row: Pick<SubscriptionRow, typeof SUBSCRIPTION[number]>): Subscription => ({ ...row, createdAt: row.createdAt.toISOString() })

function toDelivery ({ subscriptionId: _s, occurredAt: _o, ...row }: DeliveryRow): Delivery {
  return {
    ...row,
    entity: row.entity as Delivery['entity'],
    entityId: Number(row.entityId),
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null
  }
}

export async function findSubscription (db: Db, id: number): Promise<Subscription | undefined> {
  const row = await db.selectFrom('webhookSubscription').select(SUBSCRIPTION).where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toSubscription(row)
}

export async function listSubscriptions (db: Db): Promise<Subscription[]> {
  return (await db.selectFrom('webhookSubscription').select(SUBSCRIPTION).orderBy('id').execute()).map(toSubscription)
}

export async function insertSubscription (trx: Trx, subscription: Pick<SubscriptionRow, 'url' | 'eventTypes' | 'secret'>): Promise<Subscription> {
  return toSubscription(await trx.insertInto('webhookSubscription').values(subscription).returning(SUBSCRIPTION).executeTakeFirstOrThrow())
}

/** The subscription's id, or undefined when there is none. */
export async function deactivateSubscription (trx: Trx, id: number): Promise<number | undefined> {
  return (await trx.updateTable('webhookSubscription').set({ active: false }).where('id', '=', id).returning('id').executeTakeFirst())?.id
}

/** A subscription's deliveries after `afterId`, oldest first: `limit + 1` of them, for `pageOf`. */
export async function listDeliveries (db: Db, subscriptionId: number, afterId: number | undefined, limit: number): Promise<Delivery[]> {
  let query = db.selectFrom('webhookDelivery').selectAll().where('subscriptionId', '=', subscriptionId)
  if (afterId !== undefined) query = query.where('id', '>', afterId)
  return (await query.orderBy('id').limit(limit + 1).execute()).map(toDelivery)
}

/** Back to pending with a fresh set of attempts; the delivery's id, or undefined when the subscription has no such one. */
export async function replayDelivery (trx: Trx, subscriptionId: number, deliveryId: number): Promise<number | undefined> {
  const row = await trx.updateTable('webhookDelivery').set({ status: 'pending', nextAttemptAt: new Date(), attempts: 0 })
    .where('id', '=', deliveryId).where('subscriptionId', '=', subscriptionId)
    .returning('id').executeTakeFirst()
  return row?.id
}

/**
 * Claims up to `batch` due deliveries of active subscriptions, skipping those another instance has
 * locked, by pushing their next attempt out by `leaseMs`. The outbox keeps the event
 * (task.updated), not the feed's operation (update): it is read back from the event.
 */
export async function claimDue (trx: Trx, leaseMs: number, batch: number): Promise<Due[]> {
  const { rows } = await sql<Due>`
    update webhook_delivery d set next_attempt_at = now() + ${`${leaseMs} milliseconds`}::interval
    from webhook_subscription s
    where s.id = d.subscription_id and s.active and d.id in (
      select id from webhook_delivery where status = 'pending' and next_attempt_at <= now()
      order by next_attempt_at, id limit ${batch} for update skip locked)
    returning d.id, s.url, s.secret, d.event_type as "eventType", d.entity, d.entity_id as "entityId", d.version,
      case split_part(d.event_type, '.', 2) when 'created' then 'create' when 'updated' then 'update' else 'delete' end as operation,
      d.occurred_at as "occurredAt", d.attempts`.execute(trx)
  return rows
}

export async function recordAttempt (trx: Trx, attempt: Attempt): Promise<void> {
  const delivered = attempt.status === 'delivered'
  await sql`update webhook_delivery set attempts = ${attempt.attempts}, status = ${attempt.status}, last_status_code = ${attempt.lastStatusCode},
    last_error = ${attempt.lastError}, delivered_at = ${delivered ? sql`now()` : null},
    next_attempt_at = now() + ${`${attempt.backoffMs} milliseconds`}::interval
    where id = ${attempt.id}`.execute(trx)
}
