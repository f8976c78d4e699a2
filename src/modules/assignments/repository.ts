import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import { assignmentTimeliness } from '../tasks/timeliness.js'
import type { Assignment, ProgressUpdate } from './schemas.js'

export interface WantedAssignment { agencyCode: string, role: 'lead' | 'coordinating', viaGroupCode: string | null }

function selectAssignments (db: Db) {
  return db.selectFrom('assignment as a')
    .innerJoin('task as t', 't.id', 'a.taskId')
    .innerJoin('agency as ag', 'ag.code', 'a.agencyCode')
    .leftJoin('agencyGroup as g', 'g.code', 'a.viaGroupCode')
    .select([
      'a.id', 'a.taskId', 'a.role', 'a.state', 'a.doneOn', 'a.progressPercent', 'a.version', 'a.createdAt', 'a.updatedAt',
      'a.agencyCode', 'ag.nameVi as agencyNameVi', 'a.viaGroupCode', 'g.nameVi as viaGroupNameVi', 't.dueOn', 't.noticeId'
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
    progressPercent: row.progressPercent,
    dueOn: row.dueOn,
    timeliness: assignmentTimeliness(row.state, row.doneOn, row.dueOn, today),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString()
  }
}

export async function findAssignment (db: Db, id: number, today: string): Promise<(Assignment & { noticeId: number }) | undefined> {
  const row = await selectAssignments(db).where('a.id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : { ...toAssignment(row, today), noticeId: row.noticeId }
}

export async function assignmentsByIds (db: Db, ids: number[], today: string): Promise<Assignment[]> {
  if (ids.length === 0) return []
  return (await selectAssignments(db).where('a.id', 'in', ids).execute()).map((row) => toAssignment(row, today))
}

export async function taskAssignments (db: Db, taskId: number, today: string): Promise<Assignment[]> {
  const rows = await selectAssignments(db).where('a.taskId', '=', taskId).orderBy('a.role').orderBy('a.agencyCode').execute()
  return rows.map((row) => toAssignment(row, today))
}

/**
 * Makes the task's assignments match `wanted`: new ones are opened, cancelled ones come back,
 * dropped ones are deleted if nobody reported on them and cancelled otherwise, so no history is lost.
 */
export async function syncAssignments (db: Db, taskId: number, wanted: WantedAssignment[]): Promise<void> {
  if (wanted.length > 0) {
    await db.insertInto('assignment')
      .values(wanted.map((w) => ({ taskId, ...w })))
      .onConflict((oc) => oc.columns(['taskId', 'agencyCode', 'role']).doUpdateSet((eb) => ({
        viaGroupCode: eb.ref('excluded.viaGroupCode'),
        state: sql`case when assignment.state = 'cancelled' then 'open' else assignment.state end`,
        version: sql`case when assignment.state = 'cancelled' then assignment.version + 1 else assignment.version end`
      })))
      .execute()
  }
  const keep = sql.join(wanted.map((w) => sql`(${w.agencyCode}, ${w.role})`))
  const notWanted = wanted.length === 0 ? sql`true` : sql`(agency_code, role) not in (${keep})`
  await sql`delete from assignment a where a.task_id = ${taskId} and ${notWanted}
    and not exists (select 1 from progress_update p where p.assignment_id = a.id)`.execute(db)
  await sql`update assignment set state = 'cancelled', done_on = null, version = version + 1, updated_at = now()
    where task_id = ${taskId} and ${notWanted} and state <> 'cancelled'`.execute(db)
}

export async function lockAssignment (db: Db, id: number): Promise<{ version: number, state: string, taskId: number, agencyCode: string } | undefined> {
  // The notice row is share-locked too, so a concurrent withdrawal cannot delete progress being recorded.
  return await db.selectFrom('assignment as a')
    .innerJoin('task as t', 't.id', 'a.taskId')
    .innerJoin('notice as n', 'n.id', 't.noticeId')
    .select(['a.version', 'a.state', 'a.taskId', 'a.agencyCode'])
    .where('a.id', '=', id)
    .forUpdate('a').forShare('n')
    .executeTakeFirst()
}

export async function setAssignmentState (db: Db, id: number, changes: { state?: 'open' | 'done' | 'cancelled', doneOn?: string | null, progressPercent?: number }): Promise<void> {
  await db.updateTable('assignment').set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` }).where('id', '=', id).execute()
}

export async function insertProgressUpdate (db: Db, update: { assignmentId: number, percent: number, note: string, evidence: string[], author: string, doneOn: string | null }): Promise<number> {
  const { id } = await db.insertInto('progressUpdate').values(update).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function progressUpdatesByIds (db: Db, ids: number[]): Promise<ProgressUpdate[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('progressUpdate').selectAll().where('id', 'in', ids).execute()
  return rows.map((row) => ({ ...row, reportedAt: row.reportedAt.toISOString() }))
}

export async function progressUpdates (db: Db, assignmentId: number, afterId?: number, limit = 500): Promise<ProgressUpdate[]> {
  let builder = db.selectFrom('progressUpdate').selectAll().where('assignmentId', '=', assignmentId)
  if (afterId !== undefined) builder = builder.where('id', '>', afterId)
  const rows = await builder.orderBy('id').limit(limit).execute()
  return rows.map((row) => ({ ...row, reportedAt: row.reportedAt.toISOString() }))
}
