import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../../db/database.js'
import { agencyAssignmentFilter, taskFilter } from '../tasks/repository.js'
import type { TaskFilter, Timeliness } from '../tasks/schemas.js'
import { ASSIGNMENT_TERMS, timelinessSql, type TimelinessTerms } from '../tasks/timeliness.js'
import type { RankingItem, StatisticsQuery } from './schemas.js'

/**
 * One batch of the export's rows after `after` (task id, assignment id): every assignment of the
 * listed tasks, or with an agency only the ones that put each task in the list.
 */
export async function csvRows (db: Db, filter: TaskFilter, today: string, after: [number, number], limit: number) {
  return await db.selectFrom('task as t')
    .innerJoin('notice as n', 'n.id', 't.noticeId')
    .innerJoin('assignment as a', 'a.taskId', 't.id')
    .innerJoin('agency as ag', 'ag.code', 'a.agencyCode')
    .select(['t.id as taskId', 'a.id as assignmentId', 'n.number as notice', 't.ref', 't.content', 'a.agencyCode', 'ag.nameVi as agencyName', 'a.role',
      't.deadlineKind', 't.dueOn', 't.deadlineText', 'a.state', 'a.doneOn', 'a.progressPercent'])
    .where(taskFilter(filter, today))
    .where(filter.agency === undefined ? sql<SqlBool>`true` : agencyAssignmentFilter(filter.agency, filter, today))
    .where(sql<SqlBool>`(t.id, a.id) > (${after[0]}, ${after[1]})`)
    .orderBy('t.id').orderBy('a.id').limit(limit)
    .execute()
}

const GROUPS: Record<StatisticsQuery['groupBy'], { key: RawBuilder<string>, label: RawBuilder<string> }> = {
  notice: { key: sql`n.id::text`, label: sql`n.number` },
  agency: { key: sql`a.agency_code`, label: sql`ag.name_vi` },
  // The month a task falls due; undated tasks have their own bucket.
  month: { key: sql`coalesce(to_char(t.due_on, 'YYYY-MM'), 'undated')`, label: sql`coalesce(to_char(t.due_on, 'YYYY-MM'), 'undated')` }
}

/** Lead assignments (not cancelled) counted by group and timeliness as of `asOf`. */
export async function timelinessCounts (db: Db, groupBy: StatisticsQuery['groupBy'], asOf: string, noticeId?: number) {
  const { key, label } = GROUPS[groupBy]
  const notice = noticeId === undefined ? sql`true` : sql`t.notice_id = ${noticeId}`
  const { rows } = await sql<{ key: string, label: string, timeliness: Timeliness, count: number }>`
    select ${key} as key, ${label} as label, ${timelinessSql(ASSIGNMENT_TERMS, asOf)} as timeliness, count(*)::int as count
    from assignment a join task t on t.id = a.task_id join notice n on n.id = t.notice_id join agency ag on ag.code = a.agency_code
    where a.role = 'lead' and a.state <> 'cancelled' and ${notice}
    group by 1, 2, 3 order by 1`.execute(db)
  return rows
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

/** A lead as the ranking trusts it (CTE leads): done only once its trusted date has come by asOf. */
const trustedAsOf = (asOf: string): TimelinessTerms => ({
  open: sql`(done_on is null or done_on > ${asOf}::date)`,
  done: sql`(done_on <= ${asOf}::date)`,
  late: sql`coalesce(done_on > due_on, false)`,
  dueOn: sql`due_on`
})

type RankingRow = Omit<RankingItem, 'rank' | 'agency'> & RankingItem['agency']

/** The ranking's figures per agency, best first (see RANKING_FORMULA). */
export async function rankingRows (db: Db, from: string, to: string, asOf: string, disbursementWeight: number): Promise<RankingRow[]> {
  const { rows } = await sql<RankingRow>`
    with leads as (
      select a.agency_code, t.due_on, a.done_on_review = 'pending' as under_review,
        case when a.state <> 'done' then null when a.done_on_review = 'pending' then a.done_reported_on else a.done_on end as done_on
      from assignment a join task t on t.id = a.task_id
      where a.role = 'lead' and a.state <> 'cancelled' and t.due_on between ${from} and ${to}
    ), scored as (
      select agency_code, due_on, done_on, coalesce(under_review and done_on <= ${asOf}::date, false) as under_review,
        ${timelinessSql(trustedAsOf(asOf), asOf)} as timeliness
      from leads
    ), totals as (
      select agency_code, count(*)::int as total, count(*) filter (where timeliness = 'done_on_time')::int as done_on_time,
        count(*) filter (where timeliness in ('done_late', 'open_overdue'))::int as overdue_count,
        coalesce(sum(case timeliness when 'done_late' then done_on - due_on when 'open_overdue' then ${asOf}::date - due_on end), 0)::int as overdue_days,
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
    ), funding as (
      -- Funding lines of the fiscal years the period touches, each figure as it stood on asOf.
      select l.agency_code,
        sum(coalesce((select f.amount from funding_figure f where f.line_id = l.id and f.figure = 'allocated' and f.as_of <= ${asOf}::date order by f.as_of desc, f.id desc limit 1), 0)) as allocated,
        sum(coalesce((select f.amount from funding_figure f where f.line_id = l.id and f.figure = 'disbursed' and f.as_of <= ${asOf}::date order by f.as_of desc, f.id desc limit 1), 0)) as disbursed
      from funding_line l
      where l.fiscal_year between extract(year from ${from}::date) and extract(year from ${to}::date)
      group by l.agency_code
    )
    select ag.code, ag.name_vi as "nameVi", total, done_on_time as "doneOnTime",
      round(done_on_time::numeric / total, 4)::float8 as "onTimeShare", overdue_count as "overdueCount", overdue_days as "overdueDays",
      under_review as "doneOnUnderReview",
      coalesce(r.on_time, 0) as "reportsOnTime", coalesce(r.late, 0) as "reportsLate", coalesce(r.missing, 0) as "reportsMissing",
      round(fu.disbursed / nullif(fu.allocated, 0), 4)::float8 as "disbursementRate",
      round(100.0 * done_on_time / total - 10.0 * overdue_count / total - overdue_days::numeric / total
        - 10.0 * (coalesce(r.late, 0) + 2 * coalesce(r.missing, 0)) / greatest(1, coalesce(r.on_time, 0) + coalesce(r.late, 0) + coalesce(r.missing, 0))
        + ${disbursementWeight}::numeric * coalesce(round(fu.disbursed / nullif(fu.allocated, 0), 4), 0), 2)::float8 as index
    from totals join agency ag on ag.code = totals.agency_code left join reports r on r.agency_code = totals.agency_code
      left join funding fu on fu.agency_code = totals.agency_code
    order by index desc, total desc, ag.code`.execute(db)
  return rows
}
