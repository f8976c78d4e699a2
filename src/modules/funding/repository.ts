import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../db/database.js'
import { FIGURE_COLUMNS, FIGURES, type FigureName, type FundingFilter, type FundingLine, type FundingTotals, type Grouping } from './schemas.js'

type Figures = FundingLine['figures']
interface LineRow extends Omit<FundingLine, 'figures' | 'unallocated' | 'asOf' | 'createdAt' | 'updatedAt' | 'overrideReason'> {
  overAllocationReason: string | null
  createdAt: Date
  updatedAt: Date
  [figure: string]: unknown
}

/**
 * A figure's amount and date on `asOf` (the latest value dated on or before it), or the current
 * one without a date. Amounts are read as text: bigint đồng stay exact.
 */
function figureAt (name: FigureName, asOf: string | undefined): RawBuilder<unknown> {
  const c = sql.raw(FIGURE_COLUMNS[name])
  if (asOf === undefined) return sql`l.${c}::text as ${sql.ref(name)}, l.${sql.raw(`${FIGURE_COLUMNS[name]}_as_of`)} as ${sql.ref(`${name}AsOf`)}`
  const entry = (column: string): RawBuilder<unknown> => sql`(select f.${sql.raw(column)} from funding_figure f where f.line_id = l.id and f.figure = ${FIGURE_COLUMNS[name]} and f.as_of <= ${asOf}::date order by f.as_of desc, f.id desc limit 1)`
  return sql`coalesce(${entry('amount')}, 0)::text as ${sql.ref(name)}, ${entry('as_of')} as ${sql.ref(`${name}AsOf`)}`
}

function filterClause (filter: FundingFilter): RawBuilder<unknown> {
  const conditions: Array<RawBuilder<unknown>> = [sql`true`]
  if (filter.fiscalYear !== undefined) conditions.push(sql`l.fiscal_year = ${filter.fiscalYear}`)
  if (filter.agency !== undefined) conditions.push(sql`l.agency_code = ${filter.agency}`)
  if (filter.source !== undefined) conditions.push(sql`l.source = ${filter.source}`)
  if (filter.field !== undefined) conditions.push(sql`l.field = ${filter.field}`)
  if (filter.taskId !== undefined) conditions.push(sql`l.task_id = ${filter.taskId}`)
  if (filter.noticeId !== undefined) conditions.push(sql`t.notice_id = ${filter.noticeId}`)
  if (filter.technologyId !== undefined) conditions.push(sql`l.technology_id = ${filter.technologyId}`)
  if (filter.productId !== undefined) conditions.push(sql`l.product_id = ${filter.productId}`)
  return sql.join(conditions, sql` and `)
}

const amountOn = (figure: string, asOf: string): RawBuilder<unknown> =>
  sql`coalesce((select f.amount from funding_figure f where f.line_id = l.id and f.figure = ${figure} and f.as_of <= ${asOf}::date order by f.as_of desc, f.id desc limit 1), 0)`

/** The override in force on `asOf`: the latest one given to allocated or disbursed by then, while disbursed exceeds allocated. */
function reasonAt (asOf: string | undefined): RawBuilder<unknown> {
  if (asOf === undefined) return sql`l.over_allocation_reason`
  return sql`case when ${amountOn('disbursed', asOf)} > ${amountOn('allocated', asOf)} then (select f.override_reason from funding_figure f
    where f.line_id = l.id and f.figure in ('allocated', 'disbursed') and f.as_of <= ${asOf}::date and f.override_reason is not null order by f.as_of desc, f.id desc limit 1) end`
}

function lineSelect (asOf: string | undefined): RawBuilder<unknown> {
  return sql`select l.id, l.version, l.fiscal_year, l.agency_code, l.source, l.field, l.title, l.task_id, l.assignment_id, t.notice_id,
      l.technology_id, l.product_id, l.programme, l.sender_code, l.external_id, ${reasonAt(asOf)} as over_allocation_reason, l.created_at, l.updated_at,
      ${sql.join(FIGURES.map((name) => figureAt(name, asOf)))}
    from funding_line l left join task t on t.id = l.task_id`
}

function toLine (row: LineRow, asOf: string): FundingLine {
  const figures = Object.fromEntries(FIGURES.map((name) => [name, { amount: row[name] as string, asOf: row[`${name}AsOf`] as string | null }])) as Figures
  return {
    id: row.id, version: row.version, fiscalYear: row.fiscalYear, agencyCode: row.agencyCode, source: row.source, field: row.field, title: row.title,
    taskId: row.taskId, assignmentId: row.assignmentId, noticeId: row.noticeId, technologyId: row.technologyId, productId: row.productId,
    programme: row.programme, senderCode: row.senderCode, externalId: row.externalId, asOf,
    figures,
    unallocated: (BigInt(figures.estimate.amount) - BigInt(figures.allocated.amount)).toString(),
    overrideReason: row.overAllocationReason,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString()
  }
}

/** The lines, figures as of `asOf` (today's current values when it is today or left out). */
export async function linesByIds (db: Db, ids: number[], asOf: string | undefined, today: string): Promise<FundingLine[]> {
  if (ids.length === 0) return []
  const past = asOf !== undefined && asOf < today ? asOf : undefined
  const { rows } = await sql<LineRow>`${lineSelect(past)} where l.id = any(${ids}::integer[]) order by l.id`.execute(db)
  return rows.map((row) => toLine(row, past ?? today))
}

export async function findLine (db: Db, id: number, asOf: string | undefined, today: string): Promise<FundingLine | undefined> {
  return (await linesByIds(db, [id], asOf, today))[0]
}

export async function listLines (db: Db, filter: FundingFilter, afterId: number | undefined, limit: number, today: string): Promise<FundingLine[]> {
  const past = filter.asOf !== undefined && filter.asOf < today ? filter.asOf : undefined
  const { rows } = await sql<LineRow>`${lineSelect(past)}
    where ${filterClause(filter)} and l.id > ${afterId ?? 0} order by l.id limit ${sql.lit(limit + 1)}`.execute(db)
  return rows.map((row) => toLine(row, past ?? today))
}

export interface FigureEntryRow { figure: string, amount: string, asOf: string, recordedAt: Date, actorName: string, requestId: string | null, overrideReason: string | null }

export async function figureHistory (db: Db, lineId: number): Promise<FigureEntryRow[]> {
  const { rows } = await sql<FigureEntryRow>`select figure, amount::text as amount, as_of, recorded_at, actor_name, request_id, override_reason
    from funding_figure where line_id = ${lineId} order by id`.execute(db)
  return rows
}

export interface LineVersion { id: number, version: number, agencyCode: string, senderCode: string }

export async function lockLine (db: Db, id: number): Promise<LineVersion | undefined> {
  const { rows } = await sql<LineVersion>`select id, version, agency_code, sender_code from funding_line where id = ${id} for update`.execute(db)
  return rows[0]
}

const GROUP_KEYS: Record<Grouping, { key: string, name: string, join: string }> = {
  agency: { key: 'l.agency_code', name: 'a.name_vi', join: 'join agency a on a.code = l.agency_code' },
  field: { key: 'l.field', name: 'null::text', join: '' },
  source: { key: 'l.source', name: 'null::text', join: '' },
  notice: { key: 'n.number', name: 'n.title', join: 'left join notice n on n.id = t.notice_id' },
  technology: { key: 'ct.code', name: 'ct.name_vi', join: 'left join catalogue_technology ct on ct.id = l.technology_id' },
  fiscalYear: { key: 'l.fiscal_year::text', name: 'null::text', join: '' }
}

type TotalsRow = Omit<FundingTotals['groups'][number], 'allocationRate' | 'disbursementRate' | 'unallocated'>

/**
 * Sums of each figure per group, as of `asOf`: each line counts with its figures' values on that
 * date (0 for a figure not yet written then). Lines are grouped by what they are now.
 */
export async function totals (db: Db, filter: FundingFilter, groupBy: Grouping, today: string): Promise<TotalsRow[]> {
  const past = filter.asOf !== undefined && filter.asOf < today ? filter.asOf : undefined
  const group = GROUP_KEYS[groupBy]
  const values = past === undefined
    ? sql.raw(FIGURES.map((name) => `l.${FIGURE_COLUMNS[name]} as ${FIGURE_COLUMNS[name]}`).join(', '))
    : sql.join(FIGURES.map((name) => sql`coalesce(v.${sql.raw(FIGURE_COLUMNS[name])}, 0) as ${sql.raw(FIGURE_COLUMNS[name])}`))
  // As of a past date: each line's latest value of each figure dated on or before it, read in one pass.
  const asOfJoin = past === undefined
    ? sql``
    : sql`left join (
        select line_id, ${sql.join(FIGURES.map((name) => sql`sum(amount) filter (where figure = ${FIGURE_COLUMNS[name]}) as ${sql.raw(FIGURE_COLUMNS[name])}`))}
        from (select distinct on (line_id, figure) line_id, figure, amount from funding_figure where as_of <= ${past}::date order by line_id, figure, as_of desc, id desc) latest
        group by line_id
      ) v on v.line_id = l.id`
  const { rows } = await sql<TotalsRow>`
    with valued as (
      select ${sql.raw(group.key)} as key, ${sql.raw(group.name)} as name, ${values}
      from funding_line l left join task t on t.id = l.task_id ${sql.raw(group.join)} ${asOfJoin}
      where ${filterClause(filter)}
    )
    select key, name, count(*)::integer as lines, ${sql.join(FIGURES.map((name) => sql`sum(${sql.raw(FIGURE_COLUMNS[name])})::text as ${sql.ref(name)}`))}
    from valued group by key, name order by key nulls last`.execute(db)
  return rows
}
