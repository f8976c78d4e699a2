import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

export const RANKING_FORMULA = 'For each agency, over its lead assignments (not cancelled) whose task falls due between `from` and `to`.\n\n' +
  'Dates it trusts: a reported doneOn is never before the assignment began (its notice\'s issue date, or the day the agency was added) nor after the day it was reported, and only the Standing Office or an admin may cancel an assignment. ' +
  'A doneOn a reporter named more than DONE_ON_BACKDATE_DAYS days before the day it reported it (doneOnReview pending) counts as done on the day it was reported (doneReportedOn) until the Standing Office confirms it; confirmed dates, dates within the window and dates the Standing Office or an admin recorded count as given. ' +
  'An assignment counts as done only if that trusted date is on or before `asOf`.\n\n' +
  'onTimeShare = doneOnTime / total; overdueCount = done late + not done with its due date before `asOf`; ' +
  'overdueDays = the days past due summed over those (done late: trusted date − dueOn; not done: asOf − dueOn); doneOnUnderReview = the done ones counted at their report day.\n\n' +
  'Reports: for every period of the agency\'s reporting obligations that ends between `from` and `to`, its report counts on time when first submitted by its due date (and by `asOf`), late when first submitted after it (by `asOf`), and missing when its due date is before `asOf` and it was not submitted by then (a draft is not a report). ' +
  'reportsDue = reportsOnTime + reportsLate + reportsMissing.\n\n' +
  'index = 100 × onTimeShare − 10 × overdueCount / total − overdueDays / total − 10 × (reportsLate + 2 × reportsMissing) / reportsDue (that last term 0 when no report is due), rounded to 2 decimals: a missing report costs twice a late one, so reporting late always beats not reporting. ' +
  '`asOf` defaults to today and may not be after it. Ranked by index (higher first), then more assignments first, then agency code; agencies with no lead assignment due in the period are left out (their missing reports are in GET /v1/reports/missing).'

export interface RankingRow {
  rank: number
  agency: { code: string, nameVi: string }
  total: number
  doneOnTime: number
  onTimeShare: number
  overdueCount: number
  overdueDays: number
  doneOnUnderReview: number
  reportsOnTime: number
  reportsLate: number
  reportsMissing: number
  index: number
}

// Each obligation's periods as (first day, length, label), from its start period to its end one.
const OBLIGATION_SPANS = sql`select o.id, o.reporter_code, o.due_day,
    case when o.cadence = 'monthly' then interval '1 month' else interval '3 months' end as span,
    case when o.cadence = 'monthly' then 'YYYY-MM' else 'YYYY-"Q"Q' end as label,
    case when o.cadence = 'monthly' then to_date(o.start_period, 'YYYY-MM')
      else make_date(left(o.start_period, 4)::int, right(o.start_period, 1)::int * 3 - 2, 1) end as first_start,
    case when o.end_period is null then null when o.cadence = 'monthly' then to_date(o.end_period, 'YYYY-MM')
      else make_date(left(o.end_period, 4)::int, right(o.end_period, 1)::int * 3 - 2, 1) end as last_start
  from reporting_obligation o`

export async function agencyRanking (db: Db, from: string, to: string, asOf: string): Promise<RankingRow[]> {
  const { rows } = await sql<Omit<RankingRow, 'rank' | 'agency'> & { code: string, nameVi: string }>`
    with leads as (
      select a.agency_code, t.due_on, a.done_on_review = 'pending' as under_review,
        case when a.state <> 'done' then null when a.done_on_review = 'pending' then a.done_reported_on else a.done_on end as done_on
      from assignment a join task t on t.id = a.task_id
      where a.role = 'lead' and a.state <> 'cancelled' and t.due_on between ${from} and ${to}
    ), scored as (
      select agency_code, coalesce(under_review and done_on <= ${asOf}::date, false) as under_review,
        coalesce(done_on <= ${asOf}::date and done_on <= due_on, false) as on_time,
        case when done_on <= ${asOf}::date and done_on > due_on then done_on - due_on
             when (done_on is null or done_on > ${asOf}::date) and due_on < ${asOf}::date then ${asOf}::date - due_on end as days_late
      from leads
    ), totals as (
      select agency_code, count(*)::int as total, count(*) filter (where on_time)::int as done_on_time,
        count(days_late)::int as overdue_count, coalesce(sum(days_late), 0)::int as overdue_days,
        count(*) filter (where under_review)::int as under_review
      from scored group by agency_code
    ), periods as (
      -- Only the periods that can count: ending within [from, to] and begun by asOf.
      select o.id, o.reporter_code, (p.start + o.span - interval '1 day')::date as period_end, to_char(p.start, o.label) as period, o.due_day
      from (${OBLIGATION_SPANS}) o
      cross join lateral generate_series(
        greatest(o.first_start::timestamp, date_trunc(case when o.span = interval '1 month' then 'month' else 'quarter' end, ${from}::timestamp)),
        least(o.last_start, ${to}::date, ${asOf}::date)::timestamp, o.span) as p(start)
    ), reports as (
      select p.reporter_code as agency_code,
        count(*) filter (where r.first_submitted_on <= ${asOf}::date and r.first_submitted_on <= p.period_end + p.due_day)::int as on_time,
        count(*) filter (where r.first_submitted_on <= ${asOf}::date and r.first_submitted_on > p.period_end + p.due_day)::int as late,
        count(*) filter (where p.period_end + p.due_day < ${asOf}::date and (r.first_submitted_on is null or r.first_submitted_on > ${asOf}::date))::int as missing
      from periods p left join report r on r.obligation_id = p.id and r.period = p.period
      where p.period_end between ${from} and ${to}
      group by p.reporter_code
    )
    select ag.code, ag.name_vi as "nameVi", total, done_on_time as "doneOnTime",
      round(done_on_time::numeric / total, 4)::float8 as "onTimeShare", overdue_count as "overdueCount", overdue_days as "overdueDays",
      under_review as "doneOnUnderReview",
      coalesce(r.on_time, 0) as "reportsOnTime", coalesce(r.late, 0) as "reportsLate", coalesce(r.missing, 0) as "reportsMissing",
      round(100.0 * done_on_time / total - 10.0 * overdue_count / total - overdue_days::numeric / total
        - 10.0 * (coalesce(r.late, 0) + 2 * coalesce(r.missing, 0)) / greatest(1, coalesce(r.on_time, 0) + coalesce(r.late, 0) + coalesce(r.missing, 0)), 2)::float8 as index
    from totals join agency ag on ag.code = totals.agency_code left join reports r on r.agency_code = totals.agency_code
    order by index desc, total desc, ag.code`.execute(db)
  return rows.map(({ code, nameVi, ...row }, i) => ({ rank: i + 1, agency: { code, nameVi }, ...row }))
}
