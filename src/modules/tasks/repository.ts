import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool, type Updateable } from 'kysely'
import { compiledOnce } from '../../db/compiled.js'
import type { Db, Trx } from '../../db/database.js'
import type { AssignmentTable, TaskHistoryTable, TaskPartyTable, TaskTable } from '../../db/schema.js'
import type { Deadline, Parties, Task, TaskFilter, TaskHistoryEntry, TaskListQuery } from './schemas.js'
import { ASSIGNMENT_TERMS, TASK_TERMS, timelinessIs, timelinessSql } from './timeliness.js'

type PartyRole = TaskPartyTable['role']

/**
 * The API's representation of the tasks `ids` selects (a query of one column, `id`), as JSON text:
 * the body migration 0020's triggers keep for each task, with its timeliness as of `today` added.
 * The service passes the text on as it is; the ids are chosen apart, so a filter can be answered
 * from index entries alone and only the page's tasks are read.
 */
function taskDocuments (ids: RawBuilder<unknown>, order: RawBuilder<unknown>, today: string): RawBuilder<TaskDocument> {
  return sql<TaskDocument>`select t.id, t.version, ${documentJson(today)} as json
    from (${ids}) page
    join task t on t.id = page.id
    join task_document d on d.task_id = t.id
    order by ${order}`
}

function documentJson (today: string): RawBuilder<string> {
  const timeliness = sql`case when t.lead_count > 0 then ${timelinessSql(TASK_TERMS, today)} end`
  return sql<string>`d.body || ',"timeliness":' || coalesce('"' || ${timeliness} || '"', 'null') || '}'`
}

export interface TaskDocument { id: number, version: number, json: string }

/** A page as one value: its items joined into a JSON array's contents, whether more follow, and the last item's id for the cursor. */
export interface TaskPageDocument { items: string, more: boolean, lastId: number | null }

/**
 * The first `limit` tasks `ids` selects (it may return one more, to say that more follow), in id
 * order, joined by PostgreSQL: one row however long the page.
 */
function taskPageDocument (ids: RawBuilder<unknown>, limit: number, today: string): RawBuilder<TaskPageDocument> {
  const last = sql.lit(limit)
  return sql<TaskPageDocument>`select coalesce(string_agg(json, ',' order by n) filter (where n <= ${last}), '') as items,
      count(*) > ${last} as more, max(id) filter (where n <= ${last}) as "lastId"
    from (select row_number() over (order by t.id) as n, t.id, ${documentJson(today)} as json
      from (${ids}) page
      join task t on t.id = page.id
      join task_document d on d.task_id = t.id) documents`
}

async function documents (db: Db, ids: RawBuilder<unknown>, today: string, order = sql`t.id`): Promise<TaskDocument[]> {
  return (await taskDocuments(ids, order, today).execute(db)).rows
}

const taskDocument = compiledOnce((values: { id: number, today: string }) =>
  taskDocuments(sql`select ${values.id}::integer as id`, sql`t.id`, values.today))

/** A task as JSON text with its version, for the item route; undefined when there is no such task. */
export async function findTaskDocument (db: Db, id: number, today: string): Promise<TaskDocument | undefined> {
  return (await taskDocument(db, { id, today }, {}))[0]
}

export async function findTask (db: Db, id: number, today: string): Promise<Task | undefined> {
  const document = await findTaskDocument(db, id, today)
  return document === undefined ? undefined : JSON.parse(document.json) as Task
}

export async function tasksByIds (db: Db, ids: number[], today: string): Promise<Task[]> {
  if (ids.length === 0) return []
  const rows = await documents(db, sql`select unnest(${ids}::integer[]) as id`, today)
  return rows.map((row) => JSON.parse(row.json) as Task)
}

export async function noticeTasks (db: Db, noticeId: number, today: string): Promise<Task[]> {
  const rows = await documents(db, sql`select id from task where notice_id = ${noticeId}`, today, sql`t.position, t.id`)
  return rows.map((row) => JSON.parse(row.json) as Task)
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
export function taskFilter (filter: TaskFilter, today: string, afterId?: number): RawBuilder<SqlBool> {
  const conditions: Array<RawBuilder<unknown>> = [sql`true`]
  if (filter.noticeId !== undefined) conditions.push(sql`t.notice_id = ${filter.noticeId}`)
  if (filter.dueBefore !== undefined) conditions.push(sql`t.due_on < ${filter.dueBefore}`)
  if (filter.dueAfter !== undefined) conditions.push(sql`t.due_on > ${filter.dueAfter}`)
  if (filter.updatedSince !== undefined) conditions.push(sql`t.updated_at >= ${filter.updatedSince}::timestamptz`)
  if (filter.q !== undefined) conditions.push(sql`t.search_text like '%' || search_normalize(${filter.q}) || '%'`)
  // With an agency, timeliness is that agency's own assignment's; without, the task's roll-up.
  if (filter.agency !== undefined) {
    // The bound on a.task_id repeats the cursor's, so the agency's index is entered at the cursor, not walked from its start.
    const after = afterId === undefined ? sql`true` : sql`a.task_id > ${afterId}`
    conditions.push(sql`exists (select 1 from assignment a where a.task_id = t.id and ${after} and ${agencyAssignmentFilter(filter.agency, filter, today)})`)
  } else if (filter.timeliness !== undefined) {
    conditions.push(timelinessIs(filter.timeliness, TASK_TERMS, today))
  }
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`
}

type ListValues = Omit<TaskFilter, 'timeliness'> & { afterId: number | undefined, today: string }

// The limit is written into the SQL: as a parameter, a prepared statement's generic plan assumes
// it returns a tenth of the table, so PostgreSQL planned every page afresh (3 ms, more than running it).
const taskPage = compiledOnce((values: ListValues, { timeliness, limit }: Pick<TaskFilter, 'timeliness'> & { limit: string }) => {
  const after = values.afterId === undefined ? sql`true` : sql`t.id > ${values.afterId}`
  const filter = taskFilter({ ...values, timeliness }, values.today, values.afterId)
  return taskPageDocument(sql`(select t.id from task t where ${filter} and ${after} order by t.id limit ${sql.lit(Number(limit) + 1)})`, Number(limit), values.today)
})

/**
 * One page of the list. With a cursor the agency's assignments are read from it on too, so a late
 * page costs what the first one does.
 */
export async function listTaskPage (db: Db, { limit, cursor: _cursor, timeliness, ...filter }: TaskListQuery, afterId: number | undefined, today: string): Promise<TaskPageDocument> {
  const [page] = await taskPage(db, { ...filter, afterId, today }, { timeliness, limit: String(limit) })
  if (page === undefined) throw new Error('an aggregate returns one row')
  return page
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
