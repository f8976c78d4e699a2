import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool, type Updateable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import type { AssignmentTable, TaskHistoryTable, TaskPartyTable, TaskTable } from '../../db/schema.js'
import type { AgencyRef } from '../agencies/schemas.js'
import type { Deadline, Parties, Task, TaskFilter, TaskHistoryEntry, TaskListQuery } from './schemas.js'
import { ASSIGNMENT_TERMS, TASK_TERMS, taskTimeliness, timelinessIs } from './timeliness.js'

type PartyRole = TaskPartyTable['role']
/** One party as the task query aggregates it to JSON. */
interface PartyJson { role: PartyRole, group: boolean, code: string, nameVi: string }

/** One query per page of tasks: parties, deadline and references come along, never one query per task. */
function selectTasks (db: Db) {
  return db.selectFrom('task as t')
    .innerJoin('notice as n', 'n.id', 't.noticeId')
    .select([
      't.id', 't.noticeId', 'n.number as noticeNumber', 't.parentId', 't.ref', 't.label', 't.position', 't.content',
      't.deadlineKind', 't.dueOn', 't.deadlineText', 't.recurrence', 't.leadCount', 't.leadOpenCount', 't.leadLateCount',
      't.version', 't.createdAt', 't.updatedAt',
      // Names by primary-key lookups: joining the (tiny) agency table made the planner hash it once per task.
      sql<PartyJson[]>`(select coalesce(json_agg(json_build_object('role', p.role, 'group', p.group_code is not null,
          'code', coalesce(p.agency_code, p.group_code),
          'nameVi', coalesce((select a.name_vi from agency a where a.code = p.agency_code), (select g.name_vi from agency_group g where g.code = p.group_code))
        ) order by p.role, p.ordinal), '[]')
        from task_party p where p.task_id = t.id)`.as('parties'),
      sql<Task['references']>`(select coalesce(json_agg(json_build_object('documentNumber', r.document_number, 'taskRef', r.task_ref,
          'taskId', (select rt.id from notice rn join task rt on rt.notice_id = rn.id and rt.ref = r.task_ref where rn.number = r.document_number)) order by r.ordinal), '[]')
        from task_reference r where r.task_id = t.id)`.as('references')
    ])
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['executeTakeFirstOrThrow']>>

function toTask (row: TaskRow, today: string): Task {
  const pick = (role: PartyRole, group: boolean): AgencyRef[] =>
    row.parties.filter((p) => p.role === role && p.group === group).map(({ code, nameVi }) => ({ code, nameVi }))
  const deadline: Deadline | null = row.deadlineKind === null
    ? null
    : { kind: row.deadlineKind, dueOn: row.dueOn, text: row.deadlineText }
  return {
    id: row.id,
    noticeId: row.noticeId,
    noticeNumber: row.noticeNumber,
    parentId: row.parentId,
    ref: row.ref,
    label: row.label,
    content: row.content,
    leadAgencies: pick('lead', false),
    coordinatingAgencies: pick('coordinating', false),
    leadGroups: pick('lead', true),
    coordinatingGroups: pick('coordinating', true),
    directingAgencies: pick('directing', false),
    deadline,
    recurrence: row.recurrence,
    references: row.references,
    timeliness: taskTimeliness(row, today),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString()
  }
}

export async function findTask (db: Db, id: number, today: string): Promise<Task | undefined> {
  const row = await selectTasks(db).where('t.id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toTask(row, today)
}

export async function tasksByIds (db: Db, ids: number[], today: string): Promise<Task[]> {
  if (ids.length === 0) return []
  return (await selectTasks(db).where('t.id', 'in', ids).execute()).map((row) => toTask(row, today))
}

export async function noticeTasks (db: Db, noticeId: number, today: string): Promise<Task[]> {
  const rows = await selectTasks(db).where('t.noticeId', '=', noticeId).orderBy('t.position').orderBy('t.id').execute()
  return rows.map((row) => toTask(row, today))
}

/** The notice a task belongs to; undefined when there is no such task. */
export async function taskNoticeId (db: Db, id: number): Promise<number | undefined> {
  const row = await db.selectFrom('task').select('noticeId').where('id', '=', id).executeTakeFirst()
  return row?.noticeId
}

export async function findTaskIdByRef (db: Db, noticeId: number, ref: string): Promise<number | undefined> {
  const row = await db.selectFrom('task').select('id').where('noticeId', '=', noticeId).where('ref', '=', ref).executeTakeFirst()
  return row?.id
}

export async function noticeTaskRefs (db: Db, noticeId: number): Promise<Array<Pick<Selectable<TaskTable>, 'id' | 'ref' | 'position'>>> {
  return await db.selectFrom('task').select(['id', 'ref', 'position']).where('noticeId', '=', noticeId).execute()
}

/**
 * With an agency, the assignments (alias a, of task t) that put a task in the list: the agency's
 * own, not cancelled, of the role and timeliness asked. The CSV export's rows are these too.
 */
export function agencyAssignmentFilter (agency: string, filter: TaskFilter, today: string): RawBuilder<SqlBool> {
  const role = filter.role === undefined ? sql`true` : sql`a.role = ${filter.role}`
  const timely = filter.timeliness === undefined ? sql`true` : timelinessIs(filter.timeliness, ASSIGNMENT_TERMS, today)
  return sql<SqlBool>`(a.agency_code = ${agency} and a.state <> 'cancelled' and ${role} and ${timely})`
}

/** The /v1/tasks filters as one predicate over task alias `t`, shared by the JSON list and the CSV export. */
export function taskFilter (filter: TaskFilter, today: string): RawBuilder<SqlBool> {
  const conditions: Array<RawBuilder<unknown>> = [sql`true`]
  if (filter.noticeId !== undefined) conditions.push(sql`t.notice_id = ${filter.noticeId}`)
  if (filter.dueBefore !== undefined) conditions.push(sql`t.due_on < ${filter.dueBefore}`)
  if (filter.dueAfter !== undefined) conditions.push(sql`t.due_on > ${filter.dueAfter}`)
  if (filter.updatedSince !== undefined) conditions.push(sql`t.updated_at >= ${new Date(filter.updatedSince)}`)
  if (filter.q !== undefined) conditions.push(sql`t.search_text like '%' || search_normalize(${filter.q}) || '%'`)
  // With an agency, timeliness is that agency's own assignment's; without, the task's roll-up.
  if (filter.agency !== undefined) {
    conditions.push(sql`exists (select 1 from assignment a where a.task_id = t.id and ${agencyAssignmentFilter(filter.agency, filter, today)})`)
  } else if (filter.timeliness !== undefined) {
    conditions.push(timelinessIs(filter.timeliness, TASK_TERMS, today))
  }
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`
}

export async function listTasks (db: Db, query: TaskListQuery, afterId: number | undefined, today: string): Promise<Task[]> {
  let builder = selectTasks(db).where(taskFilter(query, today))
  if (afterId !== undefined) builder = builder.where('t.id', '>', afterId)
  const rows = await builder.orderBy('t.id').limit(query.limit + 1).execute()
  return rows.map((row) => toTask(row, today))
}

/** The columns a change reads and the history records as they were. */
export async function lockTask (trx: Trx, id: number) {
  return await trx.selectFrom('task').select(['version', 'label', 'content', 'recurrence', 'deadlineKind', 'dueOn', 'deadlineText'])
    .where('id', '=', id).forUpdate().executeTakeFirst()
}

/** The deadline is one value for the service, three columns in the table. */
type WithDeadline<Columns> = Omit<Columns, 'deadlineKind' | 'dueOn' | 'deadlineText'> & { deadline?: Deadline | null }
export type NewTask = WithDeadline<Pick<Insertable<TaskTable>, 'noticeId' | 'parentId' | 'ref' | 'label' | 'position' | 'content' | 'recurrence'>>
export type TaskChanges = WithDeadline<Pick<Updateable<TaskTable>, 'label' | 'content' | 'recurrence'>>

function deadlineColumns (deadline: Deadline | null | undefined): Pick<Updateable<TaskTable>, 'deadlineKind' | 'dueOn' | 'deadlineText'> {
  if (deadline === undefined) return {}
  return { deadlineKind: deadline?.kind ?? null, dueOn: deadline?.dueOn ?? null, deadlineText: deadline?.text ?? null }
}

export async function insertTask (trx: Trx, { deadline, ...task }: NewTask): Promise<number> {
  const { id } = await trx.insertInto('task').values({ ...task, ...deadlineColumns(deadline ?? null) }).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateTaskRow (trx: Trx, id: number, { deadline, ...changes }: TaskChanges): Promise<void> {
  await trx.updateTable('task')
    .set({ ...changes, ...deadlineColumns(deadline), version: sql`version + 1`, updatedAt: sql`now()` })
    .where('id', '=', id).execute()
}

// Both replace* functions upsert by position and delete what is left over, rather than delete
// all and insert again, so an unchanged party or reference leaves no trace in the audit log.
export async function replaceParties (trx: Trx, taskId: number, parties: Parties): Promise<void> {
  const rows = [
    ...partyRows(taskId, 'lead', parties.leadAgencies, parties.leadGroups),
    ...partyRows(taskId, 'coordinating', parties.coordinatingAgencies, parties.coordinatingGroups),
    ...partyRows(taskId, 'directing', parties.directingAgencies, [])
  ]
  await trx.deleteFrom('taskParty').where('taskId', '=', taskId)
    .where(({ eb, refTuple, tuple }) => rows.length === 0 ? eb.lit(true) : eb(refTuple('role', 'ordinal'), 'not in', rows.map((r) => tuple(r.role, r.ordinal))))
    .execute()
  if (rows.length === 0) return
  await trx.insertInto('taskParty').values(rows)
    .onConflict((oc) => oc.columns(['taskId', 'role', 'ordinal']).doUpdateSet((eb) => ({ agencyCode: eb.ref('excluded.agencyCode'), groupCode: eb.ref('excluded.groupCode') })))
    .execute()
}

function partyRows (taskId: number, role: PartyRole, agencies: string[], groups: string[]): Array<Selectable<TaskPartyTable>> {
  return [
    ...agencies.map((code, index) => ({ taskId, role, ordinal: index, agencyCode: code, groupCode: null })),
    ...groups.map((code, index) => ({ taskId, role, ordinal: agencies.length + index, agencyCode: null, groupCode: code }))
  ]
}

export async function currentParties (db: Db, taskId: number): Promise<Parties> {
  const rows = await db.selectFrom('taskParty').selectAll().where('taskId', '=', taskId).orderBy('role').orderBy('ordinal').execute()
  const codes = (role: PartyRole, group: boolean): string[] =>
    rows.filter((r) => r.role === role && (r.groupCode !== null) === group).map((r) => r.groupCode ?? r.agencyCode ?? '')
  return {
    leadAgencies: codes('lead', false),
    coordinatingAgencies: codes('coordinating', false),
    leadGroups: codes('lead', true),
    coordinatingGroups: codes('coordinating', true),
    directingAgencies: codes('directing', false)
  }
}

export async function replaceReferences (trx: Trx, taskId: number, references: Array<{ documentNumber: string, taskRef: string | null }>): Promise<void> {
  await trx.deleteFrom('taskReference').where('taskId', '=', taskId).where('ordinal', '>=', references.length).execute()
  if (references.length === 0) return
  await trx.insertInto('taskReference').values(references.map((r, ordinal) => ({ taskId, ordinal, ...r })))
    .onConflict((oc) => oc.columns(['taskId', 'ordinal']).doUpdateSet((eb) => ({ documentNumber: eb.ref('excluded.documentNumber'), taskRef: eb.ref('excluded.taskRef') })))
    .execute()
}

export async function groupMembers (db: Db, groups: string[]): Promise<Array<{ groupCode: string, agencyCode: string }>> {
  if (groups.length === 0) return []
  return await db.selectFrom('agencyGroupMember').select(['groupCode', 'agencyCode']).where('groupCode', 'in', groups).orderBy('agencyCode').execute()
}

export type WantedAssignment = Pick<Selectable<AssignmentTable>, 'agencyCode' | 'role' | 'viaGroupCode'>

/**
 * Makes the task's assignments match its parties: new ones are opened, cancelled ones come back,
 * dropped ones are deleted if nobody reported on them and cancelled otherwise, so no history is lost.
 */
export async function syncAssignments (trx: Trx, taskId: number, wanted: WantedAssignment[]): Promise<void> {
  if (wanted.length > 0) {
    await trx.insertInto('assignment')
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
    and not exists (select 1 from progress_update p where p.assignment_id = a.id)`.execute(trx)
  await sql`update assignment set state = 'cancelled', done_on = null, done_reported_on = null, done_on_review = null, version = version + 1, updated_at = now()
    where task_id = ${taskId} and ${notWanted} and state <> 'cancelled'`.execute(trx)
}

export async function recordHistory (trx: Trx, { changes, ...entry }: Omit<Insertable<TaskHistoryTable>, 'id' | 'occurredAt'>): Promise<void> {
  await trx.insertInto('taskHistory').values({ ...entry, assignmentId: entry.assignmentId ?? null, changes: JSON.stringify(changes) }).execute()
}

export async function taskHistory (db: Db, taskId: number): Promise<TaskHistoryEntry[]> {
  const rows = await db.selectFrom('taskHistory')
    .select(['id', 'assignmentId', 'occurredAt', 'action', 'actor', 'changes'])
    .where('taskId', '=', taskId).orderBy('id').execute()
  return rows.map((entry) => ({ ...entry, occurredAt: entry.occurredAt.toISOString() }))
}
