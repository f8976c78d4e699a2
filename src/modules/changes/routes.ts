import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest } from '../../shared/errors.js'
import { Cursor, decodeCursor, encodeCursor, problems, Timestamp } from '../../shared/schemas.js'
import { changesAfter, type FeedPosition } from './repository.js'
import { currentRepresentations, FEED_ENTITIES } from './representations.js'

const Change = Type.Object({
  entity: Type.Enum(FEED_ENTITIES),
  id: Type.String(),
  operation: Type.Enum(['create', 'update', 'delete']),
  version: Type.Union([Type.Integer(), Type.Null()], { description: 'The version this change produced (null for entities without versions)' }),
  occurredAt: Timestamp,
  data: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()], {
    description: "The entity's current representation, as its own endpoint returns it; null (a tombstone) when it no longer exists"
  })
})

const ChangesQuery = Type.Object({
  after: Type.Optional(Cursor),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 })
}, { additionalProperties: false })

function positionOf (cursor: string | undefined): FeedPosition | undefined {
  if (cursor === undefined) return undefined
  const [txid, seq] = decodeCursor(cursor) ?? []
  if (typeof txid !== 'string' || !/^\d{1,20}$/.test(txid) || typeof seq !== 'number') throw new BadRequest('cursor is not one this API issued')
  return { txid, seq }
}

const changeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/changes', {
    config: { access: 'read' },
    schema: {
      tags: ['feeds'],
      summary: 'Every change to notices, tasks, assignments, progress, reports and catalogue entries, in commit-safe order',
      description: 'Start without `after`, then pass each page\'s `nextCursor`. Changes are served only once every transaction that could precede them has finished, so a consumer never skips one, even when concurrent writes commit out of order; a change may therefore appear a moment after its commit. `nextCursor` is always given: when `items` is empty you are up to date, poll again later with the same cursor. Applying each item (upsert `data`, or delete on a null tombstone) reproduces the current state.',
      operationId: 'listChanges',
      querystring: ChangesQuery,
      response: { 200: Type.Object({ items: Type.Array(Change), nextCursor: Type.String() }), ...problems(400, 401, 403) }
    }
  }, async (request) => {
    const after = positionOf(request.query.after)
    const rows = await changesAfter(app.db, after, request.query.limit)
    const current = await currentRepresentations(app.db, rows, app.today())
    const last = rows.at(-1)
    return {
      items: rows.map((row) => ({
        entity: row.entity as 'task',
        id: row.entityId,
        operation: row.operation,
        version: row.version,
        occurredAt: row.occurredAt.toISOString(),
        data: (current.get(`${row.entity}:${row.entityId}`) ?? null) as Record<string, unknown> | null
      })),
      nextCursor: last === undefined ? (request.query.after ?? encodeCursor(['0', 0])) : encodeCursor([last.txid, last.seq])
    }
  })
}

export default changeRoutes
