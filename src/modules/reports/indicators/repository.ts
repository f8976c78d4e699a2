import { sql, type Selectable, type SqlBool } from 'kysely'
import type { Db, Trx } from '../../../db/database.js'
import type { IndicatorTable } from '../../../db/schema.js'
import { periodEnd, periodStart } from '../periods.js'
import type { Indicator, SeriesQuery } from './schemas.js'

const COLUMNS = ['code', 'name', 'unit', 'kind', 'direction', 'source'] as const

export async function listIndicators (db: Db, afterId: number | undefined, limit: number): Promise<Array<Selectable<IndicatorTable>>> {
  let builder = db.selectFrom('indicator').select(['id', ...COLUMNS])
  if (afterId !== undefined) builder = builder.where('id', '>', afterId)
  return await builder.orderBy('id').limit(limit + 1).execute()
}

export async function findIndicator (db: Db, code: string): Promise<Indicator | undefined> {
  return await db.selectFrom('indicator').select(COLUMNS).where('code', '=', code).executeTakeFirst()
}

/** The registered ones among `codes`, with the name and unit the register gives them. */
export async function registeredIndicators (db: Db, codes: string[]): Promise<Array<Pick<Selectable<IndicatorTable>, 'code' | 'name' | 'unit'>>> {
  if (codes.length === 0) return []
  return await db.selectFrom('indicator').select(['code', 'name', 'unit']).where('code', 'in', codes).execute()
}

/** Inserts the indicators not yet registered and returns them; a code already in the register is left as it is. */
export async function insertIndicators (trx: Trx, indicators: Indicator[]): Promise<Indicator[]> {
  if (indicators.length === 0) return []
  return await trx.insertInto('indicator').values(indicators.map((i) => ({ ...i, source: i.source ?? null })))
    .onConflict((oc) => oc.column('code').doNothing()).returning(COLUMNS).execute()
}

/**
 * An indicator's values as reported: one point per report that stands (submitted or accepted),
 * from its current revision, ordered by period then report. The cursor is [periodStart, reportId].
 */
export async function indicatorSeries (db: Db, code: string, query: SeriesQuery, after: [string, number] | undefined) {
  let builder = db.selectFrom('reportIndicatorValue as x')
    .innerJoin('reportRevision as v', 'v.id', 'x.revisionId')
    .innerJoin('report as r', (join) => join.onRef('r.id', '=', 'v.reportId').onRef('r.revision', '=', 'v.revision'))
    .innerJoin('reportingObligation as o', 'o.id', 'r.obligationId')
    .innerJoin('agency as a', 'a.code', 'o.reporterCode')
    .select(['x.value', 'r.period', 'r.periodStart', 'r.periodEnd', 'r.id as reportId', 'r.status', 'a.code', 'a.nameVi'])
    .where('x.indicatorCode', '=', code)
    .where('r.status', 'in', ['submitted', 'accepted'])
  if (query.agency !== undefined) builder = builder.where('o.reporterCode', '=', query.agency)
  if (query.from !== undefined) builder = builder.where('r.periodStart', '>=', periodStart(query.from))
  if (query.to !== undefined) builder = builder.where('r.periodEnd', '<=', periodEnd(query.to))
  if (after !== undefined) builder = builder.where(sql<SqlBool>`(r.period_start, r.id) > (${after[0]}::date, ${after[1]})`)
  const rows = await builder.orderBy('r.periodStart').orderBy('r.id').limit(query.limit + 1).execute()
  return rows.map((row) => ({
    agency: { code: row.code, nameVi: row.nameVi }, period: row.period, periodStart: row.periodStart, periodEnd: row.periodEnd,
    value: row.value, reportId: row.reportId, status: row.status
  }))
}
