import { sql, type RawBuilder } from 'kysely'

/** An assignment's timeliness (alias a, its task t) as of `asOf`, the SQL twin of assignmentTimeliness. */
export function assignmentTimelinessSql (asOf: string): RawBuilder<string> {
  return sql<string>`case
    when a.state = 'done' and t.due_on is null then 'done_undated'
    when a.state = 'done' and a.done_on > t.due_on then 'done_late'
    when a.state = 'done' then 'done_on_time'
    when t.due_on is null then 'open_undated'
    when t.due_on < ${asOf} then 'open_overdue'
    else 'open_in_time' end`
}
