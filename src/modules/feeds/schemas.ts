import { Type, type Static, type TInteger } from 'typebox'
import { AgencyCode, Id, IsoDate } from '../../shared/schemas.js'
import { TaskListQuery, type Timeliness } from '../tasks/schemas.js'

const { limit: _limit, cursor: _cursor, ...filterProperties } = TaskListQuery.properties
/** GET /v1/tasks's filters without its paging. */
export const CsvQuery = Type.Object(filterProperties, { additionalProperties: false })

/** JSON keys are camelCase; the timeliness values (as in ?timeliness=done_on_time) stay as they are. */
export const COUNT_KEYS = {
  done_on_time: 'doneOnTime', done_late: 'doneLate', done_undated: 'doneUndated',
  open_in_time: 'openInTime', open_overdue: 'openOverdue', open_undated: 'openUndated'
} as const satisfies Record<Timeliness, string>
type CountKey = typeof COUNT_KEYS[Timeliness]

const Counts = Type.Object(Object.fromEntries(Object.entries(COUNT_KEYS).map(([value, key]) => [key, Type.Integer({ minimum: 0, description: `Those of timeliness ${value}` })])) as Record<CountKey, TInteger>)

export const StatisticsQuery = Type.Object({
  groupBy: Type.Enum(['notice', 'agency', 'month']),
  asOf: Type.Optional(IsoDate),
  noticeId: Type.Optional(Id)
}, { additionalProperties: false })
export type StatisticsQuery = Static<typeof StatisticsQuery>

const StatisticsItem = Type.Object({ key: Type.String(), label: Type.String(), counts: Counts, total: Type.Integer() })
export type StatisticsItem = Static<typeof StatisticsItem>

export const Statistics = Type.Object({
  asOf: IsoDate,
  items: Type.Array(StatisticsItem)
})

export const RankingQuery = Type.Object({ from: IsoDate, to: IsoDate, asOf: Type.Optional(IsoDate) }, { additionalProperties: false })
export type RankingQuery = Static<typeof RankingQuery>

const RankingItem = Type.Object({
  rank: Type.Integer({ minimum: 1 }),
  agency: Type.Object({ code: AgencyCode, nameVi: Type.String() }),
  total: Type.Integer(), doneOnTime: Type.Integer(), onTimeShare: Type.Number(),
  overdueCount: Type.Integer(), overdueDays: Type.Integer(), doneOnUnderReview: Type.Integer(),
  reportsOnTime: Type.Integer(), reportsLate: Type.Integer(), reportsMissing: Type.Integer(),
  disbursementRate: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], { description: 'disbursed ÷ allocated over the agency\'s funding lines of the fiscal years from `from` to `to`, as of `asOf`; null when nothing is allocated' }),
  index: Type.Number()
})
export type RankingItem = Static<typeof RankingItem>

export const Ranking = Type.Object({
  from: IsoDate, to: IsoDate, asOf: IsoDate,
  items: Type.Array(RankingItem)
})
export type Ranking = Static<typeof Ranking>

export const RANKING_FORMULA = 'For each agency, over its lead assignments (not cancelled) whose task falls due between `from` and `to`.\n\n' +
  'Dates it trusts: a reported doneOn is never before the assignment began (its notice\'s issue date, or the day the agency was added) nor after the day it was reported, and only the Standing Office or an admin may cancel an assignment. ' +
  'A doneOn a reporter named more than DONE_ON_BACKDATE_DAYS days before the day it reported it (doneOnReview pending) counts as done on the day it was reported (doneReportedOn) until the Standing Office confirms it; confirmed dates, dates within the window and dates the Standing Office or an admin recorded count as given. ' +
  'An assignment counts as done only if that trusted date is on or before `asOf`.\n\n' +
  'onTimeShare = doneOnTime / total; overdueCount = done late + not done with its due date before `asOf`; ' +
  'overdueDays = the days past due summed over those (done late: trusted date − dueOn; not done: asOf − dueOn); doneOnUnderReview = the done ones counted at their report day.\n\n' +
  'Reports: for every period of the agency\'s reporting obligations that ends between `from` and `to`, its report counts on time when first submitted by its due date (and by `asOf`), late when first submitted after it (by `asOf`), and missing when its due date is before `asOf` and it was not submitted by then (a draft is not a report). ' +
  'reportsDue = reportsOnTime + reportsLate + reportsMissing.\n\n' +
  'Funding: disbursementRate = disbursed ÷ allocated over the agency\'s funding lines of the fiscal years `from` to `to` touch, each figure as it stood on `asOf` (null when nothing is allocated).\n\n' +
  'index = 100 × onTimeShare − 10 × overdueCount / total − overdueDays / total − 10 × (reportsLate + 2 × reportsMissing) / reportsDue (that last term 0 when no report is due) + RANKING_DISBURSEMENT_WEIGHT × disbursementRate (0 when null), rounded to 2 decimals: a missing report costs twice a late one, so reporting late always beats not reporting. ' +
  'RANKING_DISBURSEMENT_WEIGHT is 0 until the Standing Office sets one (the service\'s setting, in index points for a fully disbursed allocation), so by default disbursement is shown and does not move the rank. ' +
  '`asOf` defaults to today and may not be after it. Ranked by index (higher first), then more assignments first, then agency code; agencies with no lead assignment due in the period are left out (their missing reports are in GET /v1/reports/missing).'
