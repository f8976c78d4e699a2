import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import { BadRequest, NotFound } from '../../shared/errors.js'
import { periodOf, withinRange, type Cadence } from './periods.js'
import type { ObligationQuery, ReportingObligation } from './schemas.js'

/** The Standing Board of the Steering Committee, to whom "định kỳ … báo cáo Thường trực Ban Chỉ đạo" reports go. */
export const DEFAULT_RECIPIENT = 'TTBCD'

function selectObligations (db: Db) {
  return db.selectFrom('reportingObligation as o')
    .select([
      'o.id', 'o.cadence', 'o.startPeriod', 'o.endPeriod', 'o.dueDay', 'o.note', 'o.version', 'o.createdAt', 'o.updatedAt', 'o.reporterCode', 'o.taskId',
      sql<ReportingObligation['reporter']>`(select json_build_object('code', a.code, 'nameVi', a.name_vi) from agency a where a.code = o.reporter_code)`.as('reporter'),
      sql<ReportingObligation['recipient']>`(select json_build_object('code', a.code, 'nameVi', a.name_vi) from agency a where a.code = o.recipient_code)`.as('recipient'),
      sql<string | null>`(select g.code from working_group g where g.id = o.working_group_id)`.as('workingGroupCode'),
      sql<ReportingObligation['task']>`(select json_build_object('taskId', t.id, 'noticeNumber', n.number, 'ref', t.ref, 'dueOn', t.due_on)
        from task t join notice n on n.id = t.notice_id where t.id = o.task_id)`.as('task')
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof selectObligations>['executeTakeFirstOrThrow']>>
export type ObligationRow = ReportingObligation & { reporterCode: string }

function toObligation ({ taskId: _taskId, ...row }: Row): ObligationRow {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

export async function findObligation (db: Db, id: number): Promise<ObligationRow> {
  const row = await selectObligations(db).where('o.id', '=', id).executeTakeFirst()
  if (row === undefined) throw new NotFound('reporting obligation', String(id))
  return toObligation(row)
}

export async function listObligations (db: Db, query: Omit<ObligationQuery, 'limit' | 'cursor'> & { obligationId?: number | undefined }, afterId?: number, limit?: number): Promise<ObligationRow[]> {
  let builder = selectObligations(db)
  if (query.reporter !== undefined) builder = builder.where('o.reporterCode', '=', query.reporter)
  if (query.taskId !== undefined) builder = builder.where('o.taskId', '=', query.taskId)
  if (query.cadence !== undefined) builder = builder.where('o.cadence', '=', query.cadence)
  if (query.obligationId !== undefined) builder = builder.where('o.id', '=', query.obligationId)
  if (afterId !== undefined) builder = builder.where('o.id', '>', afterId)
  if (limit !== undefined) builder = builder.limit(limit + 1)
  return (await builder.orderBy('o.id').execute()).map(toObligation)
}

export interface ObligationRecord {
  reporterCode: string
  workingGroupId: number | null
  recipientCode: string
  cadence: Cadence
  startPeriod: string
  endPeriod: string | null
  dueDay?: number
  taskId: number | null
  note: string | null
}

export async function insertObligation (db: Db, record: ObligationRecord): Promise<number> {
  const { id } = await db.insertInto('reportingObligation').values(record).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateObligation (db: Db, id: number, version: number, changes: Partial<ObligationRecord>): Promise<boolean> {
  const result = await db.updateTable('reportingObligation')
    .set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` })
    .where('id', '=', id).where('version', '=', version).executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/**
 * The obligations a recurring task creates. A task that sets up a working group (its
 * establishedBy) is reported on by that group, from the month it is due to be set up; any other
 * task by each of its lead agencies named directly (not the members of a lead group), from the
 * period its notice was issued in (within FIRST_YEAR … LAST_YEAR). Existing ones are kept; returns the task's obligations.
 */
export async function deriveObligations (trx: Db, taskId: number): Promise<ObligationRow[]> {
  const task = await trx.selectFrom('task as t').innerJoin('notice as n', 'n.id', 't.noticeId')
    .select(['t.id', 't.recurrence', 't.dueOn', 'n.issuedOn']).where('t.id', '=', taskId).executeTakeFirst()
  if (task === undefined) throw new NotFound('task', String(taskId))
  if (task.recurrence !== 'monthly' && task.recurrence !== 'quarterly') throw new BadRequest(`task ${taskId} has no monthly or quarterly recurrence (it has ${task.recurrence ?? 'none'})`)
  const cadence: Cadence = task.recurrence
  const group = await trx.selectFrom('workingGroup').select(['id', 'code', 'reportsToCode', 'activeFrom']).where('establishedByTaskId', '=', taskId).executeTakeFirst()
  const records: ObligationRecord[] = group !== undefined
    ? [{
        reporterCode: group.code, workingGroupId: group.id, recipientCode: group.reportsToCode ?? DEFAULT_RECIPIENT, cadence,
        startPeriod: withinRange(periodOf(group.activeFrom ?? task.dueOn ?? task.issuedOn, cadence)), endPeriod: null, taskId, note: null
      }]
    : (await trx.selectFrom('taskParty').select('agencyCode').where('taskId', '=', taskId).where('role', '=', 'lead')
        .where('agencyCode', 'is not', null).orderBy('ordinal').execute())
        .map(({ agencyCode }) => ({
          reporterCode: agencyCode ?? '', workingGroupId: null, recipientCode: DEFAULT_RECIPIENT, cadence,
          startPeriod: withinRange(periodOf(task.issuedOn, cadence)), endPeriod: null, taskId, note: null
        }))
  if (records.length > 0) {
    await trx.insertInto('reportingObligation').values(records)
      .onConflict((oc) => oc.columns(['taskId', 'reporterCode']).where('taskId', 'is not', null).doNothing()).execute()
  }
  return await listObligations(trx, { taskId })
}
