import { sql } from 'kysely'
import type { Actor } from '../shared/principal.js'
import type { Db, Trx } from './database.js'

/**
 * Every API write runs here: one transaction that tells the audit triggers who acts and for
 * which request, so the audit entry commits (or rolls back) with the change itself. A use case
 * does its checks, its writes and its read-back inside `work`, on `trx`.
 */
export async function writeTransaction<T> (db: Db, actor: Actor, work: (trx: Trx) => Promise<T>): Promise<T> {
  const principal = actor.principal
  return await db.transaction().execute(async (trx) => {
    await sql`select set_config('nq57.actor_key_id', ${principal === null ? '' : String(principal.keyId)}, true),
      set_config('nq57.actor_name', ${principal?.name ?? 'anonymous'}, true),
      set_config('nq57.request_id', ${actor.requestId}, true)`.execute(trx)
    return await work(trx)
  })
}
