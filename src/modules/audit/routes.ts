import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { afterIdOf, encodeCursor, Cursor, Id, Limit, Page, problems, Timestamp } from '../../shared/schemas.js'

const AuditEntry = Type.Object({
  id: Id,
  occurredAt: Timestamp,
  actorKeyId: Type.Union([Id, Type.Null()]),
  actorName: Type.String({ description: '"system" for writes made outside the API (seeds, maintenance)' }),
  requestId: Type.Union([Type.String(), Type.Null()]),
  action: Type.Enum(['insert', 'update', 'delete']),
  entity: Type.String({ description: 'The table changed: notice, task, task_party, task_reference, assignment, progress_update, api_key' }),
  entityId: Type.String(),
  before: Type.Unknown({ description: 'The row before the change (null on insert), in database column names' }),
  after: Type.Unknown({ description: 'The row after the change (null on delete)' })
})

const AuditQuery = Type.Object({
  entity: Type.Optional(Type.String({ maxLength: 60 })),
  entityId: Type.Optional(Type.String({ maxLength: 60 })),
  actorKeyId: Type.Optional(Id),
  from: Type.Optional(Timestamp),
  to: Type.Optional(Timestamp),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/audit', {
    config: { access: 'secretariat' },
    schema: {
      tags: ['audit'],
      summary: 'The audit log: every write, who made it, before and after',
      description: 'Append-only: written by database triggers in the same transaction as each change, and protected there against update and delete.',
      operationId: 'listAudit',
      querystring: AuditQuery,
      response: { 200: Page(AuditEntry), ...problems(400, 401, 403) }
    }
  }, async (request) => {
    const { entity, entityId, actorKeyId, from, to, limit, cursor } = request.query
    let query = app.db.selectFrom('auditLog').selectAll()
    if (entity !== undefined) query = query.where('entity', '=', entity)
    if (entityId !== undefined) query = query.where('entityId', '=', entityId)
    if (actorKeyId !== undefined) query = query.where('actorKeyId', '=', actorKeyId)
    if (from !== undefined) query = query.where('occurredAt', '>=', new Date(from))
    if (to !== undefined) query = query.where('occurredAt', '<', new Date(to))
    const afterId = afterIdOf(cursor)
    if (afterId !== undefined) query = query.where('id', '>', afterId)
    const rows = await query.orderBy('id').limit(limit + 1).execute()
    const items = rows.slice(0, limit).map((row) => ({ ...row, action: row.action as 'insert', occurredAt: row.occurredAt.toISOString() }))
    return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
  })
}

export default auditRoutes
