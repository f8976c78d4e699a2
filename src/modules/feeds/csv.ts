import type { Db } from '../../db/database.js'
import type { TaskFilter } from '../tasks/schemas.js'
import { assignmentTimeliness } from '../tasks/timeliness.js'
import { csvLine } from '../../shared/csv.js'
import { csvRows } from './repository.js'

export const CSV_COLUMNS = ['notice', 'taskId', 'ref', 'content', 'agencyCode', 'agencyName', 'role', 'deadlineKind', 'dueOn', 'deadlineText', 'state', 'doneOn', 'progressPercent', 'timeliness'] as const
const BATCH = 2000

/**
 * One row per assignment of the filtered tasks (see csvRows), read in keyset batches so memory stays flat
 * however large the export; UTF-8 with a BOM so Excel shows Vietnamese right.
 */
export async function * taskAssignmentsCsv (db: Db, filter: TaskFilter, today: string): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...CSV_COLUMNS])}`
  let after: [number, number] = [0, 0]
  for (;;) {
    const rows = await csvRows(db, filter, today, after, BATCH)
    const last = rows.at(-1)
    if (last === undefined) return
    yield rows.map((r) => csvLine([r.notice, r.taskId, r.ref, r.content, r.agencyCode, r.agencyName, r.role, r.deadlineKind, r.dueOn, r.deadlineText,
      r.state, r.doneOn, r.progressPercent, assignmentTimeliness(r.state, r.doneOn, r.dueOn, today)])).join('')
    after = [last.taskId, last.assignmentId]
  }
}
