import { sql, type Selectable } from 'kysely'
import type { Db } from '../../db/database.js'
import type { ChangeLogTable } from '../../db/schema.js'

export type ChangeRow = Selectable<ChangeLogTable>
export interface FeedPosition { txid: string, seq: number }
export interface FeedLag { heldBack: number, oldestHeldBackAt: Date | null, seconds: number }

// The served horizon: changes of transactions older than every one still in flight are all
// finished, so nothing can later appear before a position already served.
const HORIZON = sql`pg_snapshot_xmin(pg_current_snapshot())`

/** Changes after `after` in (transaction, sequence) order, as far as the served horizon. */
export async function changesAfter (db: Db, after: FeedPosition | undefined, limit: number): Promise<ChangeRow[]> {
  const from = after === undefined ? sql`true` : sql`(c.txid, c.seq) > (${after.txid}::xid8, ${after.seq}::bigint)`
  // Order by the qualified xid8 column: a bare `txid` would name the text output column and sort
  // 1000 before 999, while the cursor compares numerically.
  const result = await sql<ChangeRow>`
    select c.seq, c.txid::text as txid, c.occurred_at as "occurredAt", c.entity, c.entity_id as "entityId", c.operation, c.version
    from change_log c
    where ${from} and c.txid < ${HORIZON}
    order by c.txid, c.seq
    limit ${limit}`.execute(db)
  return result.rows
}

/** Committed changes the feed holds back because an older transaction is still running. */
export async function feedLag (db: Db): Promise<FeedLag> {
  const result = await sql<FeedLag>`
    select count(*) as "heldBack", min(c.occurred_at) as "oldestHeldBackAt",
      coalesce(greatest(extract(epoch from clock_timestamp() - min(c.occurred_at)), 0), 0)::float8 as seconds
    from change_log c
    where c.txid >= ${HORIZON}`.execute(db)
  return result.rows[0] ?? { heldBack: 0, oldestHeldBackAt: null, seconds: 0 }
}
