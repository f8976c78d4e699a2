import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { Logger } from '../../db/database.js'
import { changeItems, type Change } from '../changes/representations.js'
import { signatureHeaders } from './signature.js'
import { post } from './delivery.js'
import type { TargetPolicy } from './target-policy.js'

export interface DispatcherOptions { pollMs: number, timeoutMs: number, retryBaseMs: number, maxAttempts: number, batch: number }

interface Due { id: number, url: string, secret: string, eventType: string, entity: string, entityId: string, operation: Change['operation'], version: number | null, occurredAt: Date, attempts: number }

/**
 * Claims due deliveries (skip-locked, so several instances share the work) by pushing their next
 * attempt out by a lease, sends them outside any transaction, then records the outcome. A slow or
 * dead receiver only ever holds this loop's own request, never an API request. Every send is
 * judged again by the target policy: a name may resolve elsewhere than when it was subscribed.
 */
export function startDispatcher (db: Db, log: Logger, today: () => string, policy: TargetPolicy, options: DispatcherOptions): () => Promise<void> {
  let stopped = false
  let running: Promise<void> = Promise.resolve()
  const lease = options.timeoutMs + 5000

  // The outbox keeps the event (task.updated), not the feed's operation (update): read it back from the event.
  const claim = async (): Promise<Due[]> => {
    const { rows } = await sql<Due>`
      update webhook_delivery d set next_attempt_at = now() + ${`${lease} milliseconds`}::interval
      from webhook_subscription s
      where s.id = d.subscription_id and s.active and d.id in (
        select id from webhook_delivery where status = 'pending' and next_attempt_at <= now()
        order by next_attempt_at, id limit ${options.batch} for update skip locked)
      returning d.id, s.url, s.secret, d.event_type as "eventType", d.entity, d.entity_id as "entityId", d.version,
        case split_part(d.event_type, '.', 2) when 'created' then 'create' when 'updated' then 'update' else 'delete' end as operation,
        d.occurred_at as "occurredAt", d.attempts`.execute(db)
    return rows
  }

  // `data` is the change exactly as GET /v1/changes serves it, so one handler serves both.
  const send = async (delivery: Due, change: Change): Promise<void> => {
    const body = JSON.stringify({ type: delivery.eventType, timestamp: change.occurredAt, data: change })
    const headers = signatureHeaders(delivery.secret, `msg_${delivery.id}`, Math.floor(Date.now() / 1000), body)
    const outcome = await post(delivery.url, headers, body, policy, options.timeoutMs)
    const attempts = delivery.attempts + 1
    const backoffMs = options.retryBaseMs * 2 ** (attempts - 1)
    const status = outcome.ok ? 'delivered' : attempts >= options.maxAttempts ? 'failed' : 'pending'
    await sql`update webhook_delivery set attempts = ${attempts}, status = ${status}, last_status_code = ${outcome.status},
      last_error = ${outcome.error}, delivered_at = ${outcome.ok ? sql`now()` : null},
      next_attempt_at = now() + ${`${backoffMs} milliseconds`}::interval
      where id = ${delivery.id}`.execute(db)
  }

  const tick = async (): Promise<void> => {
    const due = await claim()
    if (due.length === 0) return
    const changes = await changeItems(db, due, today())
    await Promise.all(due.map(async (d, i) => await send(d, changes[i] as Change)))
  }

  const loop = async (): Promise<void> => {
    while (!stopped) {
      running = tick().catch((error: unknown) => { log.error({ err: error }, 'webhook dispatch failed') })
      await running
      await new Promise((resolve) => setTimeout(resolve, options.pollMs))
    }
  }
  void loop()
  return async () => {
    stopped = true
    await running
  }
}
