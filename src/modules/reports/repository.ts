import { sql, type SqlBool } from 'kysely'
import type { Db } from '../../db/database.js'
import { NotFound } from '../../shared/errors.js'
import { periodEnd, periodStart } from './periods.js'
import type { Report, ReportContent, ReportQuery, ReportRevision } from './schemas.js'

type Status = Report['status']

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
export type ReportRow = Omit<Report, 'content'> & { content: ReportContent, reporterCode: string }

function toReport (row: Row): ReportRow {
  return { ...row, content: row.content as ReportContent, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

export async function findReport (db: Db, id: number): Promise<ReportRow> {
  const row = await selectReports(db).where('r.id', '=', id).executeTakeFirst()
  if (row === undefined) throw new NotFound('report', String(id))
  return toReport(row)
}

export async function listReports (db: Db, query: ReportQuery, afterId: number | undefined): Promise<ReportRow[]> {
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

export async function insertReport (db: Db, report: { obligationId: number, period: string }, content: ReportContent, author: string): Promise<number> {
  const { id } = await db.insertInto('report')
    .values({ ...report, periodStart: periodStart(report.period), periodEnd: periodEnd(report.period) })
    .returning('id').executeTakeFirstOrThrow()
  await insertRevision(db, id, 1, content, author)
  return id
}

export async function insertRevision (db: Db, reportId: number, revision: number, content: ReportContent, author: string): Promise<void> {
  const { id } = await db.insertInto('reportRevision')
    .values({ reportId, revision, content: JSON.stringify(content), author }).returning('id').executeTakeFirstOrThrow()
  await writeValues(db, id, content)
}

export async function replaceRevisionContent (db: Db, reportId: number, revision: number, content: ReportContent, author: string): Promise<void> {
  const { id } = await db.updateTable('reportRevision').set({ content: JSON.stringify(content), author })
    .where('reportId', '=', reportId).where('revision', '=', revision).returning('id').executeTakeFirstOrThrow()
  await db.deleteFrom('reportIndicatorValue').where('revisionId', '=', id).execute()
  await writeValues(db, id, content)
}

async function writeValues (db: Db, revisionId: number, content: ReportContent): Promise<void> {
  if (content.indicators.length === 0) return
  await db.insertInto('reportIndicatorValue')
    .values(content.indicators.map((i) => ({ revisionId, indicatorCode: i.code, value: i.value }))).execute()
}

export async function setRevisionState (db: Db, reportId: number, revision: number, changes: {
  status: Status, submittedOn?: string, submittedAt?: Date, reviewedAt?: Date, reviewedBy?: string, returnReason?: string
}): Promise<void> {
  await db.updateTable('reportRevision').set(changes).where('reportId', '=', reportId).where('revision', '=', revision).execute()
}

export async function setReportState (db: Db, id: number, changes: { status: Status, revision?: number, firstSubmittedOn?: string }): Promise<void> {
  await db.updateTable('report').set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` }).where('id', '=', id).execute()
}
