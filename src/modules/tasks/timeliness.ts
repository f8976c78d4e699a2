import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely'
import type { AssignmentTable, TaskTable } from '../../db/schema.js'
import { TIMELINESS, type Timeliness } from './schemas.js'

// The timeliness rule is written twice: timelinessOf for rows read into TypeScript, RULE for
// filters and counts in SQL. The two must agree; test/modules/tasks/timeliness.test.ts holds them
// together. Open work is overdue once today is past its due date; done work is late when it was
// done after it.

export function timelinessOf (open: boolean, late: boolean, dueOn: string | null, today: string): Timeliness {
  if (open) {
    if (dueOn === null) return 'open_undated'
    return today > dueOn ? 'open_overdue' : 'open_in_time'
  }
  if (dueOn === null) return 'done_undated'
  return late ? 'done_late' : 'done_on_time'
}

export type LeadCounters = Pick<Selectable<TaskTable>, 'leadCount' | 'leadOpenCount' | 'leadLateCount' | 'dueOn'>

/** A task's timeliness from its lead assignments: overdue if any lead is, done only when all are. */
export function taskTimeliness ({ leadCount, leadOpenCount, leadLateCount, dueOn }: LeadCounters, today: string): Timeliness | null {
  return leadCount === 0 ? null : timelinessOf(leadOpenCount > 0, leadLateCount > 0, dueOn, today)
}

export function assignmentTimeliness (state: Selectable<AssignmentTable>['state'], doneOn: string | null, dueOn: string | null, today: string): Timeliness | null {
  if (state === 'cancelled') return null
  return timelinessOf(state !== 'done', doneOn !== null && dueOn !== null && doneOn > dueOn, dueOn, today)
}

/**
 * What the SQL rule reads of a row, each a self-contained expression over the query's aliases.
 * A row that is neither open nor done (a cancelled assignment, a task without leads) has no timeliness.
 */
export interface TimelinessTerms {
  open: RawBuilder<SqlBool>
  done: RawBuilder<SqlBool>
  /** Done after the due date: false, never null, when either date is missing. */
  late: RawBuilder<SqlBool>
  dueOn: RawBuilder<string | null>
}

const RULE: Record<Timeliness, (terms: TimelinessTerms, today: string) => RawBuilder<SqlBool>> = {
  open_overdue: ({ open, dueOn }, today) => sql`${open} and ${dueOn} < ${today}`,
  open_in_time: ({ open, dueOn }, today) => sql`${open} and ${dueOn} >= ${today}`,
  open_undated: ({ open, dueOn }) => sql`${open} and ${dueOn} is null`,
  done_on_time: ({ done, late, dueOn }) => sql`${done} and ${dueOn} is not null and not ${late}`,
  done_late: ({ done, late }) => sql`${done} and ${late}`,
  done_undated: ({ done, dueOn }) => sql`${done} and ${dueOn} is null`
}

/** Task alias `t` by its lead counters; open_overdue is then served by the partial index task_overdue. */
export const TASK_TERMS: TimelinessTerms = {
  open: sql`(t.lead_open_count > 0)`,
  done: sql`(t.lead_count > 0 and t.lead_open_count = 0)`,
  late: sql`(t.lead_late_count > 0)`,
  dueOn: sql`t.due_on`
}

/** Assignment alias `a` joined to its task `t`. */
export const ASSIGNMENT_TERMS: TimelinessTerms = {
  open: sql`(a.state = 'open')`,
  done: sql`(a.state = 'done')`,
  late: sql`coalesce(a.done_on > t.due_on, false)`,
  dueOn: sql`t.due_on`
}

export function timelinessIs (timeliness: Timeliness, terms: TimelinessTerms, today: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${RULE[timeliness](terms, today)})`
}

/** Each row's timeliness, null when it has none. */
export function timelinessSql (terms: TimelinessTerms, today: string): RawBuilder<Timeliness | null> {
  const cases = TIMELINESS.map((timeliness) => sql`when ${RULE[timeliness](terms, today)} then ${sql.lit(timeliness)}`)
  return sql<Timeliness | null>`case ${sql.join(cases, sql` `)} end`
}
