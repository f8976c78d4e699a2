import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { Timeliness } from '../tasks/schemas.js'
import { assignmentTimelinessSql } from './timeliness-sql.js'

export type GroupBy = 'notice' | 'agency' | 'month'
/** JSON keys are camelCase; the timeliness values (as in ?timeliness=done_on_time) stay as they are. */
export const COUNT_KEYS = {
  done_on_time: 'doneOnTime', done_late: 'doneLate', done_undated: 'doneUndated',
  open_in_time: 'openInTime', open_overdue: 'openOverdue', open_undated: 'openUndated'
} as const satisfies Record<Timeliness, string>
type CountKey = typeof COUNT_KEYS[Timeliness]
export interface StatisticsRow { key: string, label: string, counts: Record<CountKey, number>, total: number }

const KEYS: Record<GroupBy, { key: ReturnType<typeof sql>, label: ReturnType<typeof sql> }> = {
  notice: { key: sql`n.id::text`, label: sql`n.number` },
  agency: { key: sql`a.agency_code`, label: sql`ag.name_vi` },
  // The month a task falls due; undated tasks have their own bucket.
  month: { key: sql`coalesce(to_char(t.due_on, 'YYYY-MM'), 'undated')`, label: sql`coalesce(to_char(t.due_on, 'YYYY-MM'), 'undated')` }
}

/** Lead assignments (not cancelled) counted by timeliness as of `asOf`. */
export async function timelinessStatistics (db: Db, groupBy: GroupBy, asOf: string, noticeId?: number): Promise<StatisticsRow[]> {
  const { key, label } = KEYS[groupBy]
  const notice = noticeId === undefined ? sql`true` : sql`t.notice_id = ${noticeId}`
  const { rows } = await sql<{ key: string, label: string, timeliness: Timeliness, count: number }>`
    select ${key} as key, ${label} as label, ${assignmentTimelinessSql(asOf)} as timeliness, count(*)::int as count
    from assignment a join task t on t.id = a.task_id join notice n on n.id = t.notice_id join agency ag on ag.code = a.agency_code
    where a.role = 'lead' and a.state <> 'cancelled' and ${notice}
    group by 1, 2, 3 order by 1`.execute(db)
  const byKey = new Map<string, StatisticsRow>()
  for (const row of rows) {
    const entry = byKey.get(row.key) ?? { key: row.key, label: row.label, counts: Object.fromEntries(Object.values(COUNT_KEYS).map((k) => [k, 0])) as Record<CountKey, number>, total: 0 }
    entry.counts[COUNT_KEYS[row.timeliness]] += row.count
    entry.total += row.count
    byKey.set(row.key, entry)
  }
  return [...byKey.values()]
}
