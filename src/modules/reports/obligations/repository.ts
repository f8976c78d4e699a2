import { sql, type Insertable, type NotNull, type Updateable } from 'kysely'
import type { Db, Trx } from '../../../db/database.js'
import type { ReportingObligationTable } from '../../../db/schema.js'
import type { ObligationQuery, ReportingObligation } from './schemas.js'

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
/** An obligation as its endpoint shows it, with the reporter's code for the access check. */
export type ObligationView = ReportingObligation & { reporterCode: string }

function toObligation ({ taskId: _taskId, ...row }: Row): ObligationView {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

export async function findObligation (db: Db, id: number): Promise<ObligationView | undefined> {
  const row = await selectObligations(db).where('o.id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toObligation(row)
}

export async function listObligations (db: Db, query: Omit<ObligationQuery, 'limit' | 'cursor'> & { obligationId?: number | undefined }, afterId?: number, limit?: number): Promise<ObligationView[]> {
  let builder = selectObligations(db)
  if (query.reporter !== undefined) builder = builder.where('o.reporterCode', '=', query.reporter)
  if (query.taskId !== undefined) builder = builder.where('o.taskId', '=', query.taskId)
  if (query.cadence !== undefined) builder = builder.where('o.cadence', '=', query.cadence)
  if (query.obligationId !== undefined) builder = builder.where('o.id', '=', query.obligationId)
  if (afterId !== undefined) builder = builder.where('o.id', '>', afterId)
  if (limit !== undefined) builder = builder.limit(limit + 1)
  return (await builder.orderBy('o.id').execute()).map(toObligation)
}

/** What a change, or a report drafted under the obligation, checks against; locked until the transaction ends. */
export async function lockObligation (trx: Trx, id: number) {
  return await trx.selectFrom('reportingObligation').select(['id', 'reporterCode', 'cadence', 'startPeriod', 'endPeriod', 'version'])
    .where('id', '=', id).forUpdate().executeTakeFirst()
}

export async function workingGroupIdOf (db: Db, code: string): Promise<number | undefined> {
  return (await db.selectFrom('workingGroup').select('id').where('code', '=', code).executeTakeFirst())?.id
}

export async function insertObligation (trx: Trx, values: Insertable<ReportingObligationTable>): Promise<number> {
  return (await trx.insertInto('reportingObligation').values(values).returning('id').executeTakeFirstOrThrow()).id
}

export async function updateObligation (trx: Trx, id: number, changes: Updateable<ReportingObligationTable>): Promise<void> {
  await trx.updateTable('reportingObligation').set((eb) => ({ ...changes, version: eb('version', '+', 1), updatedAt: sql<Date>`now()` })).where('id', '=', id).execute()
}

/** A task with what its obligations are derived from: its recurrence, its deadline and its notice's date. */
export async function taskToDerive (db: Db, taskId: number) {
  return await db.selectFrom('task as t').innerJoin('notice as n', 'n.id', 't.noticeId')
    .select(['t.id', 't.recurrence', 't.dueOn', 'n.issuedOn']).where('t.id', '=', taskId).executeTakeFirst()
}

export async function groupEstablishedBy (db: Db, taskId: number) {
  return await db.selectFrom('workingGroup').select(['id', 'code', 'reportsToCode', 'activeFrom']).where('establishedByTaskId', '=', taskId).executeTakeFirst()
}

/** The agencies a task names directly as its leads (not through a group), in the task's order. */
export async function leadAgencyCodes (db: Db, taskId: number): Promise<string[]> {
  const rows = await db.selectFrom('taskParty').select('agencyCode').where('taskId', '=', taskId).where('role', '=', 'lead')
    .where('agencyCode', 'is not', null).orderBy('ordinal').$narrowType<{ agencyCode: NotNull }>().execute()
  return rows.map((row) => row.agencyCode)
}

/** A task's obligations that exist already are kept as they are. */
export async function insertObligationsIfAbsent (trx: Trx, values: Array<Insertable<ReportingObligationTable>>): Promise<void> {
  if (values.length === 0) return
  await trx.insertInto('reportingObligation').values(values)
    .onConflict((oc) => oc.columns(['taskId', 'reporterCode']).where('taskId', 'is not', null).doNothing()).execute()
}
