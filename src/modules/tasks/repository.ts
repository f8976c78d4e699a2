import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../../db/database.js'
import type { AgencyRef } from '../agencies/schemas.js'
import type { Deadline, Task, TaskListQuery } from './schemas.js'
import { assignmentTimelinessIs, taskTimeliness, taskTimelinessIs } from './timeliness.js'

export type PartyRole = 'lead' | 'coordinating' | 'directing'
export interface Parties {
  leadAgencies: string[]
  coordinatingAgencies: string[]
  leadGroups: string[]
  coordinatingGroups: string[]
  directingAgencies: string[]
}

interface PartyRow { role: PartyRole, group: boolean, code: string, nameVi: string }

/** One query per page of tasks: parties, deadline and references come along, never one query per task. */
function selectTasks (db: Db) {
  return db.selectFrom('task as t')
    .innerJoin('notice as n', 'n.id', 't.noticeId')
    .select([
      't.id', 't.noticeId', 'n.number as noticeNumber', 't.parentId', 't.ref', 't.label', 't.position', 't.content',
      't.deadlineKind', 't.dueOn', 't.deadlineText', 't.recurrence', 't.leadCount', 't.leadOpenCount', 't.leadLateCount',
      't.version', 't.createdAt', 't.updatedAt',
      // Names by primary-key lookups: joining the (tiny) agency table made the planner hash it once per task.
      sql<PartyRow[]>`(select coalesce(json_agg(json_build_object('role', p.role, 'group', p.group_code is not null,
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
    : { kind: row.deadlineKind as Deadline['kind'], dueOn: row.dueOn, text: row.deadlineText }
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
    recurrence: row.recurrence as Task['recurrence'],
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

export type TaskFilter = Omit<TaskListQuery, 'limit' | 'cursor'>

/** The /v1/tasks filters as one predicate over task alias `t`, shared by the JSON list and the CSV export. */
export function taskFilter (query: TaskFilter, today: string): RawBuilder<SqlBool> {
  const conditions: Array<RawBuilder<unknown>> = [sql`true`]
  if (query.noticeId !== undefined) conditions.push(sql`t.notice_id = ${query.noticeId}`)
  if (query.dueBefore !== undefined) conditions.push(sql`t.due_on < ${query.dueBefore}`)
  if (query.dueAfter !== undefined) conditions.push(sql`t.due_on > ${query.dueAfter}`)
  if (query.updatedSince !== undefined) conditions.push(sql`t.updated_at >= ${new Date(query.updatedSince)}`)
  if (query.q !== undefined) conditions.push(sql`t.search_text like '%' || search_normalize(${query.q}) || '%'`)
  if (query.agency !== undefined) {
    // With an agency, timeliness is that agency's own assignment's; without, the task's roll-up.
    const role = query.role === undefined ? sql`true` : sql`a.role = ${query.role}`
    const timely = query.timeliness === undefined ? sql`true` : assignmentTimelinessIs(query.timeliness, today)
    conditions.push(sql`exists (select 1 from assignment a where a.task_id = t.id and a.agency_code = ${query.agency}
      and a.state <> 'cancelled' and ${role} and ${timely})`)
  } else if (query.timeliness !== undefined) {
    conditions.push(taskTimelinessIs(query.timeliness, today))
  }
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`
}

export async function listTasks (db: Db, query: TaskListQuery, afterId: number | undefined, today: string): Promise<Task[]> {
  let builder = selectTasks(db).where(taskFilter(query, today))
  if (afterId !== undefined) builder = builder.where('t.id', '>', afterId)
  const rows = await builder.orderBy('t.id').limit(query.limit + 1).execute()
  return rows.map((row) => toTask(row, today))
}

export interface TaskRecord {
  noticeId: number
  parentId: number | null
  ref: string
  label: string
  position: number
  content: string
  deadline: Deadline | null
  recurrence: Task['recurrence']
}

export async function insertTask (db: Db, task: TaskRecord): Promise<number> {
  const { deadline, ...rest } = task
  const { id } = await db.insertInto('task')
    .values({ ...rest, deadlineKind: deadline?.kind ?? null, dueOn: deadline?.dueOn ?? null, deadlineText: deadline?.text ?? null })
    .returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateTaskRow (db: Db, id: number, version: number, changes: Partial<Omit<TaskRecord, 'noticeId' | 'parentId' | 'ref' | 'position'>>): Promise<boolean> {
  const { deadline, ...rest } = changes
  const deadlineColumns = deadline === undefined
    ? {}
    : { deadlineKind: deadline?.kind ?? null, dueOn: deadline?.dueOn ?? null, deadlineText: deadline?.text ?? null }
  const result = await db.updateTable('task')
    .set({ ...rest, ...deadlineColumns, version: sql`version + 1`, updatedAt: sql`now()` })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

// Both replace* functions upsert by position and delete what is left over, rather than delete
// all and insert again, so an unchanged party or reference leaves no trace in the audit log.
export async function replaceParties (db: Db, taskId: number, parties: Parties): Promise<void> {
  const rows = [
    ...rowsFor(taskId, 'lead', parties.leadAgencies, parties.leadGroups),
    ...rowsFor(taskId, 'coordinating', parties.coordinatingAgencies, parties.coordinatingGroups),
    ...rowsFor(taskId, 'directing', parties.directingAgencies, [])
  ]
  await db.deleteFrom('taskParty').where('taskId', '=', taskId)
    .where(({ eb, refTuple, tuple }) => rows.length === 0 ? eb.lit(true) : eb(refTuple('role', 'ordinal'), 'not in', rows.map((r) => tuple(r.role, r.ordinal))))
    .execute()
  if (rows.length === 0) return
  await db.insertInto('taskParty').values(rows)
    .onConflict((oc) => oc.columns(['taskId', 'role', 'ordinal']).doUpdateSet((eb) => ({ agencyCode: eb.ref('excluded.agencyCode'), groupCode: eb.ref('excluded.groupCode') })))
    .execute()
}

function rowsFor (taskId: number, role: PartyRole, agencies: string[], groups: string[]) {
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

export async function replaceReferences (db: Db, taskId: number, references: Array<{ documentNumber: string, taskRef: string | null }>): Promise<void> {
  await db.deleteFrom('taskReference').where('taskId', '=', taskId).where('ordinal', '>=', references.length).execute()
  if (references.length === 0) return
  await db.insertInto('taskReference').values(references.map((r, ordinal) => ({ taskId, ordinal, ...r })))
    .onConflict((oc) => oc.columns(['taskId', 'ordinal']).doUpdateSet((eb) => ({ documentNumber: eb.ref('excluded.documentNumber'), taskRef: eb.ref('excluded.taskRef') })))
    .execute()
}

export async function recordHistory (db: Db, entry: { taskId: number, assignmentId?: number | null, action: string, actor: string, changes: unknown }): Promise<void> {
  await db.insertInto('taskHistory').values({ ...entry, assignmentId: entry.assignmentId ?? null, changes: JSON.stringify(entry.changes) }).execute()
}

export async function taskHistory (db: Db, taskId: number) {
  return await db.selectFrom('taskHistory')
    .select(['id', 'assignmentId', 'occurredAt', 'action', 'actor', 'changes'])
    .where('taskId', '=', taskId).orderBy('id').execute()
}
