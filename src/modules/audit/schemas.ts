import { Type, type Static } from 'typebox'
import { Cursor, Id, Limit, Page, Timestamp } from '../../shared/schemas.js'

export const AuditEntry = Type.Object({
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
export type AuditEntry = Static<typeof AuditEntry>

export const AuditPage = Page(AuditEntry)

export const AuditQuery = Type.Object({
  entity: Type.Optional(Type.String({ maxLength: 60 })),
  entityId: Type.Optional(Type.String({ maxLength: 60 })),
  actorKeyId: Type.Optional(Id),
  from: Type.Optional(Timestamp),
  to: Type.Optional(Timestamp),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type AuditQuery = Static<typeof AuditQuery>
