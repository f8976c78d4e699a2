import type { Db } from '../../db/database.js'
import { BadRequest } from '../../shared/errors.js'
import { rankingRows, timelinessCounts } from './repository.js'
import { COUNT_KEYS, type Ranking, type RankingQuery, type StatisticsItem, type StatisticsQuery } from './schemas.js'

export async function timelinessStatistics (db: Db, { groupBy, asOf: asked, noticeId }: StatisticsQuery, today: string): Promise<{ asOf: string, items: StatisticsItem[] }> {
  const asOf = asked ?? today
  const byKey = new Map<string, StatisticsItem>()
  for (const row of await timelinessCounts(db, groupBy, asOf, noticeId)) {
    const zero = Object.fromEntries(Object.values(COUNT_KEYS).map((key) => [key, 0])) as StatisticsItem['counts']
    const entry = byKey.get(row.key) ?? { key: row.key, label: row.label, counts: zero, total: 0 }
    entry.counts[COUNT_KEYS[row.timeliness]] += row.count
    entry.total += row.count
    byKey.set(row.key, entry)
  }
  return { asOf, items: [...byKey.values()] }
}

export async function agencyRanking (db: Db, { from, to, asOf: asked }: RankingQuery, today: string, disbursementWeight: number): Promise<Ranking> {
  const asOf = asked ?? today
  if (from > to) throw new BadRequest('from is after to')
  // The ranking is of what has happened; a future asOf would also make it count periods without end.
  if (asOf > today) throw new BadRequest(`asOf ${asOf} is after today (${today})`)
  const rows = await rankingRows(db, from, to, asOf, disbursementWeight)
  return { from, to, asOf, items: rows.map(({ code, nameVi, ...row }, i) => ({ rank: i + 1, agency: { code, nameVi }, ...row })) }
}
