import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Timeliness } from './schemas.js'

export interface LeadCounters { leadCount: number, leadOpenCount: number, leadLateCount: number, dueOn: string | null }

/** A task's timeliness from its lead assignments: overdue if any lead is, done only when all are. */
export function taskTimeliness ({ leadCount, leadOpenCount, leadLateCount, dueOn }: LeadCounters, today: string): Timeliness | null {
  if (leadCount === 0) return null
  if (leadOpenCount > 0) {
    if (dueOn === null) return 'open_undated'
    return today > dueOn ? 'open_overdue' : 'open_in_time'
  }
  if (dueOn === null) return 'done_undated'
  return leadLateCount > 0 ? 'done_late' : 'done_on_time'
}

export function assignmentTimeliness (state: string, doneOn: string | null, dueOn: string | null, today: string): Timeliness | null {
  if (state === 'cancelled') return null
  if (state === 'done') {
    if (dueOn === null) return 'done_undated'
    return doneOn !== null && doneOn > dueOn ? 'done_late' : 'done_on_time'
  }
  if (dueOn === null) return 'open_undated'
  return today > dueOn ? 'open_overdue' : 'open_in_time'
}

/** The same rule as taskTimeliness, as a predicate over table alias `t` (served by index task_overdue and friends). */
export function taskTimelinessIs (timeliness: Timeliness, today: string): RawBuilder<SqlBool> {
  switch (timeliness) {
    case 'open_overdue': return sql<SqlBool>`(t.lead_open_count > 0 and t.due_on < ${today})`
    case 'open_in_time': return sql<SqlBool>`(t.lead_open_count > 0 and t.due_on >= ${today})`
    case 'open_undated': return sql<SqlBool>`(t.lead_open_count > 0 and t.due_on is null)`
    case 'done_on_time': return sql<SqlBool>`(t.lead_count > 0 and t.lead_open_count = 0 and t.due_on is not null and t.lead_late_count = 0)`
    case 'done_late': return sql<SqlBool>`(t.lead_count > 0 and t.lead_open_count = 0 and t.lead_late_count > 0)`
    case 'done_undated': return sql<SqlBool>`(t.lead_count > 0 and t.lead_open_count = 0 and t.due_on is null)`
  }
}

/** The same rule as assignmentTimeliness, over assignment alias `a` joined to task alias `t`. */
export function assignmentTimelinessIs (timeliness: Timeliness, today: string): RawBuilder<SqlBool> {
  switch (timeliness) {
    case 'open_overdue': return sql<SqlBool>`(a.state = 'open' and t.due_on < ${today})`
    case 'open_in_time': return sql<SqlBool>`(a.state = 'open' and t.due_on >= ${today})`
    case 'open_undated': return sql<SqlBool>`(a.state = 'open' and t.due_on is null)`
    case 'done_on_time': return sql<SqlBool>`(a.state = 'done' and a.done_on <= t.due_on)`
    case 'done_late': return sql<SqlBool>`(a.state = 'done' and a.done_on > t.due_on)`
    case 'done_undated': return sql<SqlBool>`(a.state = 'done' and t.due_on is null)`
  }
}
