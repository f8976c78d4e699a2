import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BadRequest } from '../../shared/errors.js'
import { decodeCursor, encodeCursor, problems } from '../../shared/schemas.js'
import { changesAfter, feedLag, type FeedPosition } from './repository.js'
import { changeItems } from './representations.js'
import { ChangesPage, ChangesQuery } from './schemas.js'

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
      response: { 200: ChangesPage, ...problems(400, 401, 403) }
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
