import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

/** Resolves when the database answers a query; rejects with why it did not. */
export async function ping (db: Db): Promise<void> {
  await sql`select 1`.execute(db)
}
