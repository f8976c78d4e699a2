import type { Db, Logger } from '../../db/database.js'
import { changeItems } from '../changes/representations.js'
import type { Change } from '../changes/schemas.js'
import { signatureHeaders } from './signature.js'
import { post } from './delivery.js'
import { claimDue, recordAttempt, type Due } from './repository.js'
import type { TargetPolicy } from './target-policy.js'

// The app's webhooks plugin needs only this file: the dispatcher and the policy it shares with the routes.
export { TargetPolicy } from './target-policy.js'

export interface DispatcherOptions { pollMs: number, timeoutMs: number, retryBaseMs: number, maxAttempts: number, batch: number }

/**
 * Claims due deliveries (skip-locked, so several instances share the work) by pushing their next
 * attempt out by a lease, sends them outside any transaction, then records the outcome. A slow or
 * dead receiver only ever holds this loop's own request, never an API request. Every send is
 * judged again by the target policy: a name may resolve elsewhere than when it was subscribed.
 * Its own writes set no request id, so the audit log keeps none of its attempts.
 */
export function startDispatcher (db: Db, log: Logger, today: () => string, policy: TargetPolicy, options: DispatcherOptions): () => Promise<void> {
  let stopped = false
  let running: Promise<void> = Promise.resolve()
  const lease = options.timeoutMs + 5000

  // `data` is the change exactly as GET /v1/changes serves it, so one handler serves both.
  const send = async (delivery: Due, change: Change): Promise<void> => {
    const body = JSON.stringify({ type: delivery.eventType, timestamp: change.occurredAt, data: change })
    const headers = signatureHeaders(delivery.secret, `msg_${delivery.id}`, Math.floor(Date.now() / 1000), body)
    const outcome = await post(delivery.url, headers, body, policy, options.timeoutMs)
    const attempts = delivery.attempts + 1
    const status = outcome.ok ? 'delivered' : attempts >= options.maxAttempts ? 'failed' : 'pending'
    const backoffMs = options.retryBaseMs * 2 ** (attempts - 1)
    await db.transaction().execute(async (trx) => {
      await recordAttempt(trx, { id: delivery.id, attempts, status, lastStatusCode: outcome.status, lastError: outcome.error, backoffMs })
    })
  }

  const tick = async (): Promise<void> => {
    const due = await db.transaction().execute(async (trx) => await claimDue(trx, lease, options.batch))
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
