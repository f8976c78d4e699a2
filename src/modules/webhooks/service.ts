import { BadRequest, NotFound } from '../../shared/errors.js'
import type { Actor } from '../../shared/principal.js'
import type { Db } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { deactivateSubscription, insertSubscription, replayDelivery } from './repository.js'
import type { Subscription, SubscriptionCreate } from './schemas.js'
import { newWebhookSecret } from './signature.js'
import type { TargetPolicy } from './target-policy.js'

/** Subscribes a URL the policy lets webhooks reach; the secret is returned this once. */
export async function subscribe (db: Db, actor: Actor, targets: TargetPolicy, input: SubscriptionCreate): Promise<{ subscription: Subscription, secret: string }> {
  // Checked and stored in the URL parser's normal form (2130706433 becomes 127.0.0.1), which is what the dispatcher reads.
  const url = URL.canParse(input.url) ? new URL(input.url) : undefined
  if (url === undefined) throw new BadRequest('url is not a URL a client can send to')
  await targets.check(url)
  const secret = newWebhookSecret()
  const subscription = await writeTransaction(db, actor, async (trx) => await insertSubscription(trx, { url: url.href, eventTypes: input.eventTypes, secret }))
  return { subscription, secret }
}

/** Stops a subscription; its delivery log is kept. */
export async function deactivate (db: Db, actor: Actor, id: number): Promise<void> {
  await writeTransaction(db, actor, async (trx) => {
    if (await deactivateSubscription(trx, id) === undefined) throw new NotFound('webhook subscription', String(id))
  })
}

export async function replay (db: Db, actor: Actor, subscriptionId: number, deliveryId: number): Promise<number> {
  return await writeTransaction(db, actor, async (trx) => {
    const id = await replayDelivery(trx, subscriptionId, deliveryId)
    if (id === undefined) throw new NotFound('delivery', String(deliveryId))
    return id
  })
}
