import { Type, type Static } from 'typebox'
import { Cursor, Timestamp } from '../../shared/schemas.js'

export const FEED_ENTITIES = ['notice', 'task', 'assignment', 'progress_update', 'report', 'catalogue_technology', 'catalogue_product', 'catalogue_registration', 'funding_line'] as const
export const OPERATIONS = ['create', 'update', 'delete'] as const

// Every feed table has a serial or bigserial key. A bigserial passing 2^53 would take 285 years
// at a million inserts a second, so a JSON number is exact.
export const EntityId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'The id of the entity changed, 1 to 2^53 − 1' })

/**
 * One change as both the feed (an item of GET /v1/changes) and webhooks (a payload's `data`) show
 * it, so an integrator handles both with one type.
 */
export const Change = Type.Object({
  entity: Type.Enum(FEED_ENTITIES),
  id: EntityId,
  operation: Type.Enum(OPERATIONS),
  version: Type.Union([Type.Integer(), Type.Null()], { description: 'The version this change produced (null for entities without versions)' }),
  occurredAt: Timestamp,
  data: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()], {
    description: "The entity's current representation, as its own endpoint returns it; null (a tombstone) when it no longer exists"
  })
}, { additionalProperties: false })
export type Change = Static<typeof Change>

export const ChangesQuery = Type.Object({
  after: Type.Optional(Cursor),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 })
}, { additionalProperties: false })

const Lag = Type.Object({
  heldBack: Type.Integer({ minimum: 0, description: 'Committed changes not served yet because a transaction that began before them is still running (anywhere on the database server)' }),
  oldestHeldBackAt: Type.Union([Timestamp, Type.Null()], { description: 'When the oldest held-back change was written; null when none is held back' }),
  seconds: Type.Number({ minimum: 0, description: 'How long ago that was, in seconds; 0 when none is held back' })
}, { description: 'How far the served horizon trails the newest committed change (also the change_feed_held_back and change_feed_lag_seconds metrics)' })

export const ChangesPage = Type.Object({ items: Type.Array(Change), nextCursor: Type.String(), lag: Lag })
