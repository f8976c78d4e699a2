import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { Resolution, ResolveResult } from './schemas.js'

// Documents write a province as "UBND tỉnh X", "Tỉnh X", "TP. X" or just "X": all name the same unit.
const ADMIN_PREFIX = '^((uy ban nhan dan|ubnd) )?((tinh|thanh pho|tp) )?'
const EXACT = 1
const EXACT_WITHOUT_PREFIX = 0.95
// A fuzzy match must be close: "Bộ Công" is as near to Bộ Công an as to a guess, so it stays unresolved.
const MIN_FUZZY = 0.75
// Two candidates this close are a coin toss ("Bộ Công" → Công an or Công Thương?): say none.
const MIN_MARGIN = 0.08

interface CandidateRow { type: 'agency' | 'group', code: string, nameVi: string, confidence: number }

async function rankCandidates (db: Db, name: string): Promise<CandidateRow[]> {
  const result = await sql<CandidateRow>`
    with input as (
      select search_normalize(${name}) as full_name,
             regexp_replace(search_normalize(${name}), ${ADMIN_PREFIX}, '') as bare_name
    ), terms as (
      select 'agency' as type, code, name_vi, search_normalize(term) as term
      from agency, unnest(array[name_vi, name_en] || aliases) as term
      union all
      select 'group', code, name_vi, search_normalize(term)
      from agency_group, unnest(array[name_vi, name_en] || aliases) as term
    ), scored as (
      select type, code, name_vi,
             case when term = full_name then ${EXACT}::float8
                  when regexp_replace(term, ${ADMIN_PREFIX}, '') = bare_name and bare_name <> '' then ${EXACT_WITHOUT_PREFIX}::float8
                  else 0.9 * similarity(term, full_name) end as confidence
      from terms, input
    )
    select type, code, name_vi as "nameVi", round(max(confidence)::numeric, 3)::float8 as confidence
    from scored group by type, code, name_vi
    order by confidence desc, type, code
    limit 5`.execute(db)
  return result.rows
}

export async function resolveName (db: Db, name: string): Promise<ResolveResult> {
  const ranked: Resolution[] = (await rankCandidates(db, name)).filter((row) => row.confidence >= MIN_FUZZY / 2)
  const [best, second] = ranked
  const margin = best !== undefined && best.confidence >= EXACT_WITHOUT_PREFIX ? Number.EPSILON : MIN_MARGIN
  const decisive = best !== undefined && best.confidence >= MIN_FUZZY &&
    (second === undefined || best.confidence - second.confidence >= margin)
  return { name, match: decisive ? best : null, alternatives: decisive ? ranked.slice(1) : ranked }
}
