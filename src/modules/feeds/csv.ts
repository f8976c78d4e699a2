import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../../db/database.js'
import { taskFilter, type TaskFilter } from '../tasks/repository.js'
import { assignmentTimeliness, assignmentTimelinessIs } from '../tasks/timeliness.js'

export const CSV_COLUMNS = ['notice', 'taskId', 'ref', 'content', 'agencyCode', 'agencyName', 'role', 'deadlineKind', 'dueOn', 'deadlineText', 'state', 'doneOn', 'progressPercent', 'timeliness'] as const
const BATCH = 2000

interface Row { taskId: number, assignmentId: number, notice: string, ref: string, content: string, agencyCode: string, agencyName: string, role: string, deadlineKind: string | null, dueOn: string | null, deadlineText: string | null, state: string, doneOn: string | null, progressPercent: number }

// Spreadsheets run a cell starting with = + - @ or a control character as a formula: make it text.
function cell (value: string | number | null): string {
  const text = value === null ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvLine (values: Array<string | number | null>): string {
  return `${values.map(cell).join(',')}\r\n`
}

/**
 * Which assignments of the listed tasks are rows. With agency: that agency's own, by the rule that
 * puts a task in GET /v1/tasks?agency= (taskFilter: not cancelled, of the role and timeliness
 * asked), so every row meets the filters and every listed task has a row. Without: all of them.
 * It repeats taskFilter's agency condition, which sits inside an exists: the feeds test holds the two together.
 */
function rowFilter (filter: TaskFilter, today: string): RawBuilder<SqlBool> {
  if (filter.agency === undefined) return sql<SqlBool>`true`
  const role = filter.role === undefined ? sql`true` : sql`a.role = ${filter.role}`
  const timely = filter.timeliness === undefined ? sql`true` : assignmentTimelinessIs(filter.timeliness, today)
  return sql<SqlBool>`(a.agency_code = ${filter.agency} and a.state <> 'cancelled' and ${role} and ${timely})`
}

/**
 * One row per assignment of the filtered tasks (see rowFilter), read in keyset batches so memory stays flat
 * however large the export; UTF-8 with a BOM so Excel shows Vietnamese right.
 */
export async function * taskAssignmentsCsv (db: Db, filter: TaskFilter, today: string): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...CSV_COLUMNS])}`
  let after: [number, number] = [0, 0]
  for (;;) {
    const { rows } = await sql<Row>`
      select t.id as "taskId", a.id as "assignmentId", n.number as notice, t.ref, t.content, a.agency_code as "agencyCode",
        ag.name_vi as "agencyName", a.role, t.deadline_kind as "deadlineKind", t.due_on as "dueOn", t.deadline_text as "deadlineText",
        a.state, a.done_on as "doneOn", a.progress_percent as "progressPercent"
      from task t
      join notice n on n.id = t.notice_id
      join assignment a on a.task_id = t.id
      join agency ag on ag.code = a.agency_code
      where ${taskFilter(filter, today)} and ${rowFilter(filter, today)} and (t.id, a.id) > (${after[0]}, ${after[1]})
      order by t.id, a.id
      limit ${BATCH}`.execute(db)
    if (rows.length === 0) return
    yield rows.map((r) => csvLine([r.notice, r.taskId, r.ref, r.content, r.agencyCode, r.agencyName, r.role, r.deadlineKind, r.dueOn, r.deadlineText,
      r.state, r.doneOn, r.progressPercent, assignmentTimeliness(r.state, r.doneOn, r.dueOn, today)])).join('')
    const last = rows.at(-1) as Row
    after = [last.taskId, last.assignmentId]
  }
}
