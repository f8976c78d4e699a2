import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import type { NoticeTable } from '../../db/schema.js'
import type { AgencyRef } from '../agencies/schemas.js'
import type { Notice, NoticeListQuery } from './schemas.js'

type Written = 'number' | 'kind' | 'issuedOn' | 'issuerCode' | 'title' | 'summary'
export type NewNotice = Pick<Insertable<NoticeTable>, Written>
export type NoticeChanges = Pick<Updateable<NoticeTable>, Written>

function selectNotices (db: Db) {
  return db.selectFrom('notice as n')
    .innerJoin('agency as i', 'i.code', 'n.issuerCode')
    .select((eb) => [
      'n.id', 'n.number', 'n.kind', 'n.issuedOn', 'n.title', 'n.summary', 'n.status', 'n.version', 'n.createdAt', 'n.updatedAt',
      sql<AgencyRef>`json_build_object('code', i.code, 'nameVi', i.name_vi)`.as('issuer'),
      eb.selectFrom('task').whereRef('task.noticeId', '=', 'n.id').select((e) => e.fn.countAll<number>().as('c')).as('taskCount')
    ])
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectNotices>['executeTakeFirstOrThrow']>>

function toNotice (row: Selected): Notice {
  return { ...row, taskCount: Number(row.taskCount ?? 0), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

export async function findNotice (db: Db, id: number): Promise<Notice | undefined> {
  const row = await selectNotices(db).where('n.id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toNotice(row)
}

export async function noticesByIds (db: Db, ids: number[]): Promise<Notice[]> {
  if (ids.length === 0) return []
  return (await selectNotices(db).where('n.id', 'in', ids).execute()).map(toNotice)
}

export async function findNoticeNumber (db: Db, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('notice').select('number').where('id', '=', id).executeTakeFirst()
  return row?.number
}

/** Holds the notice until the transaction ends: no change, withdrawal or import runs beside this one. */
export async function lockNotice (trx: Trx, id: number): Promise<Pick<Selectable<NoticeTable>, 'id' | 'number' | 'version'> | undefined> {
  return await trx.selectFrom('notice').select(['id', 'number', 'version']).where('id', '=', id).forUpdate().executeTakeFirst()
}

export async function listNotices (db: Db, query: NoticeListQuery, afterId: number | undefined): Promise<Notice[]> {
  let builder = selectNotices(db)
  if (query.kind !== undefined) builder = builder.where('n.kind', '=', query.kind)
  if (query.issuer !== undefined) builder = builder.where('n.issuerCode', '=', query.issuer)
  if (query.issuedFrom !== undefined) builder = builder.where('n.issuedOn', '>=', query.issuedFrom)
  if (query.issuedTo !== undefined) builder = builder.where('n.issuedOn', '<=', query.issuedTo)
  if (query.number !== undefined) builder = builder.where('n.number', '=', query.number)
  if (query.status !== undefined) builder = builder.where('n.status', '=', query.status)
  if (query.q !== undefined) builder = builder.where(sql<SqlBool>`n.search_text like '%' || search_normalize(${query.q}) || '%'`)
  if (afterId !== undefined) builder = builder.where('n.id', '>', afterId)
  const rows = await builder.orderBy('n.id').limit(query.limit + 1).execute()
  return rows.map(toNotice)
}

export async function insertNotice (trx: Trx, notice: NewNotice): Promise<number> {
  const { id } = await trx.insertInto('notice').values(notice).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateNoticeRow (trx: Trx, id: number, changes: NoticeChanges): Promise<void> {
  await trx.updateTable('notice').set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` }).where('id', '=', id).execute()
}

export async function hasRecordedProgress (db: Db, noticeId: number): Promise<boolean> {
  const row = await db.selectFrom('progressUpdate as p')
    .innerJoin('assignment as a', 'a.id', 'p.assignmentId')
    .innerJoin('task as t', 't.id', 'a.taskId')
    .select('p.id').where('t.noticeId', '=', noticeId).limit(1)
    .executeTakeFirst()
  return row !== undefined
}

export async function deleteNotice (trx: Trx, id: number): Promise<void> {
  await trx.deleteFrom('notice').where('id', '=', id).execute()
}

export async function markWithdrawn (trx: Trx, id: number): Promise<void> {
  await trx.updateTable('notice').set({ status: 'withdrawn', version: sql`version + 1`, updatedAt: sql`now()` }).where('id', '=', id).execute()
}
