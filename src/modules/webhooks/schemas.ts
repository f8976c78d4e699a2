import { Type, type Static } from 'typebox'
import { Cursor, Id, Limit, Page, Timestamp } from '../../shared/schemas.js'
import { EntityId, FEED_ENTITIES } from '../changes/schemas.js'

export const EventType = Type.String({ pattern: `^(\\*|(${FEED_ENTITIES.join('|')})\\.(\\*|created|updated|deleted))$`, examples: ['task.updated', 'assignment.*'] })

export const Subscription = Type.Object({ id: Id, url: Type.String(), eventTypes: Type.Array(Type.String()), active: Type.Boolean(), createdAt: Timestamp })
export type Subscription = Static<typeof Subscription>

export const SubscriptionCreate = Type.Object({ url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 }), eventTypes: Type.Array(EventType, { minItems: 1, maxItems: 20, uniqueItems: true }) }, { additionalProperties: false })
export type SubscriptionCreate = Static<typeof SubscriptionCreate>

export const SubscriptionCreated = Type.Object({ subscription: Subscription, secret: Type.String({ description: 'Shown once: verify signatures with it' }) })

export const SubscriptionList = Type.Object({ items: Type.Array(Subscription) })

// A bigserial: at a thousand deliveries a second it would take 285,000 years to pass 2^53.
export const DeliveryId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: '1 to 2^53 − 1' })

export const Delivery = Type.Object({
  id: DeliveryId, eventType: Type.String(), entity: Type.Enum(FEED_ENTITIES), entityId: EntityId, version: Type.Union([Type.Integer(), Type.Null()]),
  status: Type.Enum(['pending', 'delivered', 'failed']), attempts: Type.Integer(), nextAttemptAt: Timestamp,
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()]), lastError: Type.Union([Type.String(), Type.Null()]), deliveredAt: Type.Union([Timestamp, Type.Null()])
})
export type Delivery = Static<typeof Delivery>

export const DeliveryQuery = Type.Object({ limit: Limit, cursor: Type.Optional(Cursor) }, { additionalProperties: false })

export const DeliveryPage = Page(Delivery)

export const DeliveryParams = Type.Object({ id: Id, deliveryId: DeliveryId }, { additionalProperties: false })

export const ReplayAccepted = Type.Object({ id: DeliveryId, status: Type.Literal('pending') })
