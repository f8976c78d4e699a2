import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

/** Keeps the answer of an import that wrote (its JSON text, as sent); returns the import's id. */
export async function insertImport (db: Db, row: { noticeId: number, actor: string, requestId: string, result: string }): Promise<number> {
  const { id } = await db.insertInto('noticeImport')
    .values({ noticeId: row.noticeId, actor: row.actor, requestId: row.requestId, result: sql`${row.result}::json` })
    .returning('id').executeTakeFirstOrThrow()
  return id
}

/** The answer of an import as JSON text, so a large one is not parsed and serialised again. */
export async function findImportResult (db: Db, noticeId: number, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('noticeImport').select(sql<string>`result::text`.as('result'))
    .where('noticeId', '=', noticeId).where('id', '=', id).executeTakeFirst()
  return row?.result
}
