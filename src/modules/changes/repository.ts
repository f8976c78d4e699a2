import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

export interface ChangeRow { seq: number, txid: string, occurredAt: Date, entity: string, entityId: string, operation: 'create' | 'update' | 'delete', version: number | null }
export interface FeedPosition { txid: string, seq: number }

/**
 * Changes after `after` in (transaction, sequence) order, from transactions older than every one
 * still in flight: those are all finished, so nothing can later appear before the position served.
 */
export async function changesAfter (db: Db, after: FeedPosition | undefined, limit: number): Promise<ChangeRow[]> {
  const from = after === undefined ? sql`true` : sql`(txid, seq) > (${after.txid}::xid8, ${after.seq})`
  const result = await sql<ChangeRow>`
    select seq, txid::text as txid, occurred_at as "occurredAt", entity, entity_id as "entityId", operation, version
    from change_log
    where ${from} and txid < pg_snapshot_xmin(pg_current_snapshot())
    order by txid, seq
    limit ${limit}`.execute(db)
  return result.rows
}
