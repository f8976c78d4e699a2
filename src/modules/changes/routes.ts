import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest } from '../../shared/errors.js'
import { Cursor, decodeCursor, encodeCursor, problems, Timestamp } from '../../shared/schemas.js'
import { changesAfter, feedLag, type FeedPosition } from './repository.js'
import { Change, changeItems } from './representations.js'

const ChangesQuery = Type.Object({
  after: Type.Optional(Cursor),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 })
}, { additionalProperties: false })

const Lag = Type.Object({
  heldBack: Type.Integer({ minimum: 0, description: 'Committed changes not served yet because a transaction that began before them is still running (anywhere on the database server)' }),
  oldestHeldBackAt: Type.Union([Timestamp, Type.Null()], { description: 'When the oldest held-back change was written; null when none is held back' }),
  seconds: Type.Number({ minimum: 0, description: 'How long ago that was, in seconds; 0 when none is held back' })
}, { description: 'How far the served horizon trails the newest committed change (also the change_feed_held_back and change_feed_lag_seconds metrics)' })

const XID8_MAX = 2n ** 64n - 1n

// The cursor is (xid8 as text, seq): exactly the order served. Out of range is refused here,
// before PostgreSQL would fail the cast.
function positionOf (cursor: string | undefined): FeedPosition | undefined {
  if (cursor === undefined) return undefined
  const [txid, seq] = decodeCursor(cursor) ?? []
  const valid = typeof txid === 'string' && /^\d{1,20}$/.test(txid) && BigInt(txid) <= XID8_MAX &&
    typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0
  if (!valid) throw new BadRequest('cursor is not one this API issued')
  return { txid, seq }
}

const changeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/changes', {
    config: { access: 'read' },
    schema: {
      tags: ['feeds'],
      summary: 'Every change to notices, tasks, assignments, progress, reports and catalogue entries, in commit-safe order',
      description: 'Start without `after`, then pass each page\'s `nextCursor`. Changes are served only once every transaction that could precede them has finished, so a consumer never skips one, even when concurrent writes commit out of order; a change may therefore appear a moment after its commit. `nextCursor` is always given: when `items` is empty you are up to date, poll again later with the same cursor. A long transaction anywhere on the database server holds every later change back until it ends; `lag` tells how much is held back. Applying each item (upsert `data`, or delete on a null tombstone) reproduces the current state. Webhooks deliver each change as exactly this item, in their payload\'s `data`.',
      operationId: 'listChanges',
      querystring: ChangesQuery,
      response: { 200: Type.Object({ items: Type.Array(Change), nextCursor: Type.String(), lag: Lag }), ...problems(400, 401, 403) }
    }
  }, async (request) => {
    const after = positionOf(request.query.after)
    const rows = await changesAfter(app.db, after, request.query.limit)
    const lag = await feedLag(app.db)
    const last = rows.at(-1)
    return {
      items: await changeItems(app.db, rows, app.today()),
      nextCursor: last === undefined ? (request.query.after ?? encodeCursor(['0', 0])) : encodeCursor([last.txid, last.seq]),
      lag: { ...lag, oldestHeldBackAt: lag.oldestHeldBackAt?.toISOString() ?? null }
    }
  })
}

export default changeRoutes
