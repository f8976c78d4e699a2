import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

export const RANKING_FORMULA = 'For each agency, over its lead assignments (not cancelled) whose task falls due between `from` and `to`: ' +
  'onTimeShare = doneOnTime / total; overdueCount = done late + still open past the due date as of `asOf`; ' +
  'overdueDays = the days past due summed over those (done late: doneOn − dueOn; open: asOf − dueOn). ' +
  'Reports: of the periodic reports it submitted for periods ending between `from` and `to`, reportsOnTime and reportsLate (first submitted after the due date). ' +
  'index = 100 × onTimeShare − 10 × overdueCount / total − overdueDays / total − 10 × reportsLate / (reportsOnTime + reportsLate) (that last term 0 without reports), rounded to 2 decimals. ' +
  'Ranked by index (higher first), then more assignments first, then agency code; agencies with no assignment in the period are left out.'

export interface RankingRow {
  rank: number
  agency: { code: string, nameVi: string }
  total: number
  doneOnTime: number
  onTimeShare: number
  overdueCount: number
  overdueDays: number
  reportsOnTime: number
  reportsLate: number
  index: number
}

export async function agencyRanking (db: Db, from: string, to: string, asOf: string): Promise<RankingRow[]> {
  const { rows } = await sql<Omit<RankingRow, 'rank' | 'agency'> & { code: string, nameVi: string }>`
    with scored as (
      select a.agency_code,
        (a.state = 'done' and a.done_on <= t.due_on) as on_time,
        case when a.state = 'done' and a.done_on > t.due_on then a.done_on - t.due_on
             when a.state = 'open' and t.due_on < ${asOf}::date then ${asOf}::date - t.due_on end as days_late
      from assignment a join task t on t.id = a.task_id
      where a.role = 'lead' and a.state <> 'cancelled' and t.due_on between ${from} and ${to}
    ), totals as (
      select agency_code, count(*)::int as total, count(*) filter (where on_time)::int as done_on_time,
        count(days_late)::int as overdue_count, coalesce(sum(days_late), 0)::int as overdue_days
      from scored group by agency_code
    ), reports as (
      select o.reporter_code as agency_code,
        count(*) filter (where r.first_submitted_on <= r.period_end + o.due_day)::int as on_time,
        count(*) filter (where r.first_submitted_on > r.period_end + o.due_day)::int as late
      from report r join reporting_obligation o on o.id = r.obligation_id
      where r.first_submitted_on is not null and r.period_end between ${from} and ${to}
      group by o.reporter_code
    )
    select ag.code, ag.name_vi as "nameVi", total, done_on_time as "doneOnTime",
      round(done_on_time::numeric / total, 4)::float8 as "onTimeShare", overdue_count as "overdueCount", overdue_days as "overdueDays",
      coalesce(r.on_time, 0) as "reportsOnTime", coalesce(r.late, 0) as "reportsLate",
      round(100.0 * done_on_time / total - 10.0 * overdue_count / total - overdue_days::numeric / total
        - 10.0 * coalesce(r.late, 0) / greatest(1, coalesce(r.on_time, 0) + coalesce(r.late, 0)), 2)::float8 as index
    from totals join agency ag on ag.code = totals.agency_code left join reports r on r.agency_code = totals.agency_code
    order by index desc, total desc, ag.code`.execute(db)
  return rows.map(({ code, nameVi, ...row }, i) => ({ rank: i + 1, agency: { code, nameVi }, ...row }))
}
