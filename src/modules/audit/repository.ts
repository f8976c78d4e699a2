import type { Db } from '../../db/database.js'
import type { AuditEntry, AuditQuery } from './schemas.js'

/** Entries matching the filters after `afterId`, oldest first: `limit + 1` of them, for `pageOf`. */
export async function listAuditEntries (db: Db, filters: AuditQuery, afterId: number | undefined): Promise<AuditEntry[]> {
  const { entity, entityId, actorKeyId, from, to, limit } = filters
  let query = db.selectFrom('auditLog').selectAll()
  if (entity !== undefined) query = query.where('entity', '=', entity)
  if (entityId !== undefined) query = query.where('entityId', '=', entityId)
  if (actorKeyId !== undefined) query = query.where('actorKeyId', '=', actorKeyId)
  if (from !== undefined) query = query.where('occurredAt', '>=', new Date(from))
  if (to !== undefined) query = query.where('occurredAt', '<', new Date(to))
  if (afterId !== undefined) query = query.where('id', '>', afterId)
  const rows = await query.orderBy('id').limit(limit + 1).execute()
  return rows.map((row) => ({ ...row, action: row.action as AuditEntry['action'], occurredAt: row.occurredAt.toISOString() }))
}
