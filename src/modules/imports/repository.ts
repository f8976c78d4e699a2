import { sql, type Selectable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import type { AgencyTable } from '../../db/schema.js'

/** A name in the agency register: an agency's or a group's, with its other names. */
export type RegisterName = Pick<Selectable<AgencyTable>, 'code' | 'nameVi' | 'nameEn' | 'aliases'> & { type: 'agency' | 'group' }

export async function registerNames (db: Db): Promise<RegisterName[]> {
  const { rows } = await sql<RegisterName>`
    select 'agency' as type, code, name_vi as "nameVi", name_en as "nameEn", aliases from agency
    union all select 'group', code, name_vi, name_en, aliases from agency_group`.execute(db)
  return rows
}

/** Keeps the answer of an import that wrote (its JSON text, as sent); returns the import's id. */
export async function insertImport (trx: Trx, row: { noticeId: number, actor: string, requestId: string, result: string }): Promise<number> {
  const { id } = await trx.insertInto('noticeImport')
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
