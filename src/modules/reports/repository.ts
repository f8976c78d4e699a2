import { sql, type SqlBool, type Updateable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import type { ReportRevisionTable, ReportTable } from '../../db/schema.js'
import { periodEnd, periodStart } from './periods.js'
import type { Report, ReportContent, ReportQuery, ReportRevision } from './schemas.js'

function selectReports (db: Db) {
  return db.selectFrom('report as r')
    .innerJoin('reportingObligation as o', 'o.id', 'r.obligationId')
    .innerJoin('reportRevision as v', (join) => join.onRef('v.reportId', '=', 'r.id').onRef('v.revision', '=', 'r.revision'))
    .select([
      'r.id', 'r.obligationId', 'r.period', 'r.periodStart', 'r.periodEnd', 'r.status', 'r.revision', 'r.firstSubmittedOn',
      'r.version', 'r.createdAt', 'r.updatedAt', 'o.reporterCode', 'v.content',
      sql<string>`(r.period_end + o.due_day)::text`.as('dueOn'),
      sql<Report['timeliness']>`case when r.first_submitted_on is null then null
        when r.first_submitted_on <= r.period_end + o.due_day then 'on_time' else 'late' end`.as('timeliness'),
      sql<Report['reporter']>`(select json_build_object('code', a.code, 'nameVi', a.name_vi) from agency a where a.code = o.reporter_code)`.as('reporter'),
      // While a correction is pending, the reason the previous revision came back.
      sql<string | null>`(select p.return_reason from report_revision p where p.report_id = r.id and p.revision = r.revision - 1 and r.status = 'draft')`.as('returnReason')
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof selectReports>['executeTakeFirstOrThrow']>>
/** A report as its endpoint shows it, with the reporter's code for the access check. */
export type ReportView = Omit<Report, 'content'> & { content: ReportContent, reporterCode: string }

function toReport (row: Row): ReportView {
  return { ...row, content: row.content as ReportContent, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

export async function findReport (db: Db, id: number): Promise<ReportView | undefined> {
  const row = await selectReports(db).where('r.id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toReport(row)
}

/** Holds the report until the transaction ends, so its checks and its change see the same version. */
export async function lockReport (trx: Trx, id: number): Promise<void> {
  await trx.selectFrom('report').select('id').where('id', '=', id).forUpdate().execute()
}

export async function listReports (db: Db, query: ReportQuery, afterId: number | undefined): Promise<ReportView[]> {
  let builder = selectReports(db)
  if (query.reporter !== undefined) builder = builder.where('o.reporterCode', '=', query.reporter)
  if (query.obligationId !== undefined) builder = builder.where('r.obligationId', '=', query.obligationId)
  if (query.status !== undefined) builder = builder.where('r.status', '=', query.status)
  if (query.from !== undefined) builder = builder.where('r.periodStart', '>=', periodStart(query.from))
  if (query.to !== undefined) builder = builder.where('r.periodEnd', '<=', periodEnd(query.to))
  if (query.timeliness === 'on_time') builder = builder.where(sql<SqlBool>`r.first_submitted_on <= r.period_end + o.due_day`)
  if (query.timeliness === 'late') builder = builder.where(sql<SqlBool>`r.first_submitted_on > r.period_end + o.due_day`)
  if (afterId !== undefined) builder = builder.where('r.id', '>', afterId)
  return (await builder.orderBy('r.id').limit(query.limit + 1).execute()).map(toReport)
}

export async function reportRevisions (db: Db, reportId: number): Promise<ReportRevision[]> {
  const rows = await db.selectFrom('reportRevision')
    .select(['revision', 'status', 'content', 'author', 'createdAt', 'submittedOn', 'reviewedAt', 'reviewedBy', 'returnReason'])
    .where('reportId', '=', reportId).orderBy('revision').execute()
  return rows.map((row) => ({ ...row, content: row.content as ReportContent, createdAt: row.createdAt.toISOString(), reviewedAt: row.reviewedAt?.toISOString() ?? null }))
}

/** The period's reports of an obligation that were ever submitted, and the drafts never submitted. */
export async function reportsOf (db: Db, obligationIds: number[]) {
  if (obligationIds.length === 0) return []
  return await db.selectFrom('report').select(['id', 'obligationId', 'period', 'status', 'firstSubmittedOn'])
    .where('obligationId', 'in', obligationIds).execute()
}

export async function reportIdFor (db: Db, obligationId: number, period: string): Promise<number | undefined> {
  return (await db.selectFrom('report').select('id').where('obligationId', '=', obligationId).where('period', '=', period).executeTakeFirst())?.id
}

export async function unknownTaskIds (db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return []
  const found = new Set((await db.selectFrom('task').select('id').where('id', 'in', ids).execute()).map((t) => t.id))
  return ids.filter((id) => !found.has(id))
}

export async function insertReport (trx: Trx, report: { obligationId: number, period: string }, content: ReportContent, author: string): Promise<number> {
  const { id } = await trx.insertInto('report')
    .values({ ...report, periodStart: periodStart(report.period), periodEnd: periodEnd(report.period) })
    .returning('id').executeTakeFirstOrThrow()
  await insertRevision(trx, id, 1, content, author)
  return id
}

export async function insertRevision (trx: Trx, reportId: number, revision: number, content: ReportContent, author: string): Promise<void> {
  const { id } = await trx.insertInto('reportRevision')
    .values({ reportId, revision, content: JSON.stringify(content), author }).returning('id').executeTakeFirstOrThrow()
  await writeValues(trx, id, content)
}

export async function replaceRevisionContent (trx: Trx, reportId: number, revision: number, content: ReportContent, author: string): Promise<void> {
  const { id } = await trx.updateTable('reportRevision').set({ content: JSON.stringify(content), author })
    .where('reportId', '=', reportId).where('revision', '=', revision).returning('id').executeTakeFirstOrThrow()
  await trx.deleteFrom('reportIndicatorValue').where('revisionId', '=', id).execute()
  await writeValues(trx, id, content)
}

async function writeValues (trx: Trx, revisionId: number, content: ReportContent): Promise<void> {
  if (content.indicators.length === 0) return
  await trx.insertInto('reportIndicatorValue')
    .values(content.indicators.map((i) => ({ revisionId, indicatorCode: i.code, value: i.value }))).execute()
}

export async function setRevisionState (trx: Trx, reportId: number, revision: number, changes: Updateable<ReportRevisionTable>): Promise<void> {
  await trx.updateTable('reportRevision').set(changes).where('reportId', '=', reportId).where('revision', '=', revision).execute()
}

export async function setReportState (trx: Trx, id: number, changes: Pick<Updateable<ReportTable>, 'status' | 'revision' | 'firstSubmittedOn'>): Promise<void> {
  await trx.updateTable('report').set((eb) => ({ ...changes, version: eb('version', '+', 1), updatedAt: sql<Date>`now()` })).where('id', '=', id).execute()
}
