import { sql, type Insertable, type Selectable, type Updateable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import { compiledOnce } from '../../db/compiled.js'
import { actorSettingsOf, actorSettingsQuery, type ActorSettings } from '../../db/transaction.js'
import type { Actor } from '../../shared/principal.js'
import type { AssignmentTable, ProgressUpdateTable, TaskHistoryTable } from '../../db/schema.js'
import { assignmentTimeliness } from '../tasks/timeliness.js'
import type { DoneOnBounds } from './rules.js'
import type { Assignment, AssignmentListQuery, ProgressUpdate } from './schemas.js'

/**
 * An assignment made in the same transaction as its task came with the notice, and began when the
 * notice was issued however late it was entered; one added later began on the day it was added.
 */
const assignedOn = sql<string>`case when a.created_at > t.created_at
  then greatest(n.issued_on, (a.created_at at time zone 'Asia/Ho_Chi_Minh')::date) else n.issued_on end`

function selectAssignments (db: Db) {
  return db.selectFrom('assignment as a')
    .innerJoin('task as t', 't.id', 'a.taskId')
    .innerJoin('notice as n', 'n.id', 't.noticeId')
    .innerJoin('agency as ag', 'ag.code', 'a.agencyCode')
    .leftJoin('agencyGroup as g', 'g.code', 'a.viaGroupCode')
    .select([
      'a.id', 'a.taskId', 'a.role', 'a.state', 'a.doneOn', 'a.doneReportedOn', 'a.doneOnReview', 'a.progressPercent', 'a.version', 'a.createdAt', 'a.updatedAt',
      'a.agencyCode', 'ag.nameVi as agencyNameVi', 'a.viaGroupCode', 'g.nameVi as viaGroupNameVi', 't.dueOn', assignedOn.as('assignedOn')
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAssignments>['executeTakeFirstOrThrow']>>

function toAssignment (row: Row, today: string): Assignment {
  return {
    id: row.id,
    taskId: row.taskId,
    agency: { code: row.agencyCode, nameVi: row.agencyNameVi },
    role: row.role,
    viaGroup: row.viaGroupCode === null ? null : { code: row.viaGroupCode, nameVi: row.viaGroupNameVi ?? '' },
    state: row.state,
    doneOn: row.doneOn,
    doneReportedOn: row.doneReportedOn,
    doneOnReview: row.doneOnReview,
    assignedOn: row.assignedOn,
    progressPercent: row.progressPercent,
    dueOn: row.dueOn,
    timeliness: assignmentTimeliness(row.state, row.doneOn, row.dueOn, today),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString()
  }
}

export async function findAssignment (db: Db, id: number, today: string): Promise<Assignment | undefined> {
  const row = await selectAssignments(db).where('a.id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toAssignment(row, today)
}

export async function assignmentsByIds (db: Db, ids: number[], today: string): Promise<Assignment[]> {
  if (ids.length === 0) return []
  return (await selectAssignments(db).where('a.id', 'in', ids).execute()).map((row) => toAssignment(row, today))
}

/** Newest first would shift pages as reviews land; id order keeps a page stable. */
export async function listAssignments (db: Db, query: Omit<AssignmentListQuery, 'cursor'>, afterId: number | undefined, today: string): Promise<Assignment[]> {
  let builder = selectAssignments(db)
  // A literal (the schema admits three words), so the planner can use the partial index of pending reviews.
  if (query.doneOnReview !== undefined) builder = builder.where('a.doneOnReview', '=', sql.lit(query.doneOnReview))
  if (query.agency !== undefined) builder = builder.where('a.agencyCode', '=', query.agency)
  if (afterId !== undefined) builder = builder.where('a.id', '>', afterId)
  return (await builder.orderBy('a.id').limit(query.limit + 1).execute()).map((row) => toAssignment(row, today))
}

export async function taskAssignments (db: Db, taskId: number, today: string): Promise<Assignment[]> {
  const rows = await selectAssignments(db).where('a.taskId', '=', taskId).orderBy('a.role').orderBy('a.agencyCode').execute()
  return rows.map((row) => toAssignment(row, today))
}

export type LockedAssignment = Pick<Selectable<AssignmentTable>, 'version' | 'state' | 'taskId' | 'agencyCode' | 'doneOn' | 'doneReportedOn' | 'doneOnReview'> & DoneOnBounds

export async function lockAssignment (trx: Trx, id: number): Promise<LockedAssignment | undefined> {
  // The notice row is share-locked too, so a concurrent withdrawal cannot delete progress being recorded.
  return await trx.selectFrom('assignment as a')
    .innerJoin('task as t', 't.id', 'a.taskId')
    .innerJoin('notice as n', 'n.id', 't.noticeId')
    .select(['a.version', 'a.state', 'a.taskId', 'a.agencyCode', 'a.doneOn', 'a.doneReportedOn', 'a.doneOnReview', 'n.issuedOn', 'n.number as noticeNumber', assignedOn.as('assignedOn')])
    .where('a.id', '=', id)
    .forUpdate('a').forShare('n')
    .executeTakeFirst()
}

export type StateChange = Pick<Updateable<AssignmentTable>, 'state' | 'progressPercent' | 'doneOn' | 'doneReportedOn' | 'doneOnReview'>

/** Leaving done forgets the date and its review: only a done assignment has them. */
export async function setAssignmentState (trx: Trx, id: number, changes: StateChange): Promise<void> {
  await trx.updateTable('assignment').set(stateColumns(changes)).where('id', '=', id).execute()
}

function stateColumns (changes: StateChange) {
  const undone = changes.state !== undefined && changes.state !== 'done' ? { doneOn: null, doneReportedOn: null, doneOnReview: null } : {}
  return { ...changes, ...undone, version: sql<number>`version + 1`, updatedAt: sql<Date>`now()` }
}

const toProgressUpdate = (row: Selectable<ProgressUpdateTable>): ProgressUpdate => ({ ...row, reportedAt: row.reportedAt.toISOString() })

const assignmentToWrite = compiledOnce((values: { id: number }) => sql<LockedAssignment>`select a.version, a.state, a.task_id, a.agency_code,
    a.done_on, a.done_reported_on, a.done_on_review, n.issued_on, n.number as notice_number, ${assignedOn} as assigned_on
  from assignment a join task t on t.id = a.task_id join notice n on n.id = t.notice_id
  where a.id = ${values.id}`)

/** The assignment as a write reads it to check the request, with the version the write must still find. */
export async function assignmentForWrite (db: Db, id: number): Promise<LockedAssignment | undefined> {
  return (await assignmentToWrite(db, { id }, {}))[0]
}

export type NewProgressUpdate = Omit<Insertable<ProgressUpdateTable>, 'id' | 'reportedAt'> & { evidence: string[], doneOn: string | null }
export type DoneChange = Pick<Updateable<AssignmentTable>, 'doneOn' | 'doneReportedOn' | 'doneOnReview'> | undefined
export type HistoryEntry = Pick<Insertable<TaskHistoryTable>, 'action' | 'actor' | 'changes'>

type ProgressValues = ActorSettings & {
  id: number, version: number, percent: number, note: string, evidence: string[], author: string, reportDoneOn: string | null,
  doneOn?: string | null | undefined, doneReportedOn?: string | null | undefined, doneOnReview?: string | null | undefined,
  action: string, actor: string, changes: string
}

const progressStatement = compiledOnce((v: ProgressValues) => {
  const doneColumns = v.doneOn === undefined
    ? sql``
    : sql`, state = 'done', done_on = ${v.doneOn}::date, done_reported_on = ${v.doneReportedOn}::date, done_on_review = ${v.doneOnReview}::text`
  return sql<Selectable<ProgressUpdateTable>>`with actor as (${actorSettingsQuery(v)}),
    notice_lock as (select n.id from assignment a join task t on t.id = a.task_id join notice n on n.id = t.notice_id where a.id = ${v.id} for share of n),
    changed as (update assignment set progress_percent = ${v.percent}${doneColumns}, version = version + 1, updated_at = now()
      from actor, notice_lock where assignment.id = ${v.id} and assignment.version = ${v.version}
      returning assignment.id, assignment.task_id),
    history as (insert into task_history (task_id, assignment_id, action, actor, changes)
      select task_id, id, ${v.action}, ${v.actor}, ${v.changes}::jsonb from changed),
    inserted as (insert into progress_update (assignment_id, percent, note, evidence, author, done_on)
      select id, ${v.percent}, ${v.note}, ${v.evidence}::text[], ${v.author}, ${v.reportDoneOn}::date from changed
      returning *)
    select * from inserted`
})

/**
 * A progress report as one statement, so one round trip and its own transaction: the update, the
 * assignment's new percent (and done date) and the task's history entry, written only if the
 * assignment is still at `version`; undefined when it is not (or is gone). Its triggers (audit,
 * change feed, outbox, lead counters) fire at its end, after the actor's settings. The notice is
 * share-locked, as lockAssignment does, so a withdrawal cannot delete the progress being recorded.
 */
export async function recordProgressIfCurrent (db: Db, actor: Actor, version: number, update: NewProgressUpdate, done: DoneChange, history: HistoryEntry): Promise<ProgressUpdate | undefined> {
  const [row] = await progressStatement(db, {
    ...actorSettingsOf(actor),
    id: update.assignmentId, version, percent: update.percent, note: update.note, evidence: update.evidence, author: update.author, reportDoneOn: update.doneOn,
    doneOn: done?.doneOn, doneReportedOn: done?.doneReportedOn, doneOnReview: done?.doneOnReview,
    action: history.action, actor: history.actor, changes: JSON.stringify(history.changes)
  }, {})
  return row === undefined ? undefined : toProgressUpdate(row)
}

export async function progressUpdatesByIds (db: Db, ids: number[]): Promise<ProgressUpdate[]> {
  if (ids.length === 0) return []
  return (await db.selectFrom('progressUpdate').selectAll().where('id', 'in', ids).execute()).map(toProgressUpdate)
}

export async function findProgressUpdate (db: Db, assignmentId: number, id: number): Promise<ProgressUpdate | undefined> {
  const row = await db.selectFrom('progressUpdate').selectAll().where('assignmentId', '=', assignmentId).where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toProgressUpdate(row)
}

export async function progressUpdates (db: Db, assignmentId: number): Promise<ProgressUpdate[]> {
  return (await db.selectFrom('progressUpdate').selectAll().where('assignmentId', '=', assignmentId).orderBy('id').limit(500).execute()).map(toProgressUpdate)
}
