import { sql, type Expression, type Selectable, type SqlBool } from 'kysely'
import type { Db } from '../../db/database.js'
import type { AgencyTable } from '../../db/schema.js'
import type { Agency, AgencyGroup, AgencyListQuery, Resolution } from './schemas.js'

type AgencyRow = Omit<Selectable<AgencyTable>, 'searchText'> & { parentNameVi: string | null }

function toAgency (row: AgencyRow): Agency {
  return {
    code: row.code,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    kind: row.kind,
    parent: row.parentCode === null ? null : { code: row.parentCode, nameVi: row.parentNameVi ?? '' },
    aliases: row.aliases
  }
}

function selectAgencies (db: Db) {
  return db.selectFrom('agency as a')
    .leftJoin('agency as p', 'p.code', 'a.parentCode')
    .select(['a.code', 'a.nameVi', 'a.nameEn', 'a.kind', 'a.aliases', 'a.parentCode', 'p.nameVi as parentNameVi'])
}

export async function findAgency (db: Db, code: string): Promise<Agency | undefined> {
  const row = await selectAgencies(db).where('a.code', '=', code).executeTakeFirst()
  return row === undefined ? undefined : toAgency(row)
}

export interface AgencyPosition { score: number, code: string }

/**
 * Without `q`, agencies come in code order; with it, best match first (word similarity of the
 * query to the Vietnamese name counts double) and code breaks ties, so pages never overlap.
 */
export async function listAgencies (db: Db, query: AgencyListQuery, after: AgencyPosition | undefined): Promise<Array<Agency & { position: AgencyPosition }>> {
  const term = query.q === undefined ? null : query.q
  const score = term === null
    ? sql<number>`0::float8`
    : sql<number>`(2 * word_similarity(search_normalize(${term}), search_normalize(a.name_vi)) + word_similarity(search_normalize(${term}), a.search_text))::float8`
  let builder = selectAgencies(db).select(score.as('score'))
  if (query.kind !== undefined) builder = builder.where('a.kind', '=', query.kind)
  if (term !== null) {
    // search_normalize keeps only a-z, 0-9 and single spaces, so no LIKE metacharacter survives it; a
    // term it empties (letters outside the alphabet) would be '%%' and match everything: it matches nothing.
    builder = builder.where(sql<SqlBool>`search_normalize(${term}) <> ''`)
      .where(sql<SqlBool>`(a.search_text like '%' || search_normalize(${term}) || '%' or search_normalize(${term}) <% a.search_text)`)
  }
  if (after !== undefined) {
    builder = builder.where(sql<SqlBool>`(${score} < ${after.score} or (${score} = ${after.score} and a.code > ${after.code}))`)
  }
  const rows = await builder.orderBy(score as Expression<number>, 'desc').orderBy('a.code').limit(query.limit + 1).execute()
  return rows.map((row) => ({ ...toAgency(row), position: { score: row.score, code: row.code } }))
}

export async function listAgencyGroups (db: Db, code?: string): Promise<AgencyGroup[]> {
  let builder = db.selectFrom('agencyGroup as g')
    .select((eb) => [
      'g.code', 'g.nameVi', 'g.nameEn', 'g.aliases',
      sql<Array<{ code: string, nameVi: string }>>`coalesce((
        select json_agg(json_build_object('code', a.code, 'nameVi', a.name_vi) order by a.code)
        from agency_group_member m join agency a on a.code = m.agency_code
        where m.group_code = ${eb.ref('g.code')}), '[]')`.as('members')
    ])
    .orderBy('g.code')
  if (code !== undefined) builder = builder.where('g.code', '=', code)
  return await builder.execute()
}

/** Which of the given codes are neither an agency nor a group. */
export async function unknownCodes (db: Db, codes: readonly string[], among: 'agency' | 'agencyGroup'): Promise<string[]> {
  if (codes.length === 0) return []
  const found = await db.selectFrom(among).select('code').where('code', 'in', codes).execute()
  const known = new Set(found.map((row) => row.code))
  return [...new Set(codes)].filter((code) => !known.has(code))
}

/** How a name's candidates are scored: exactly, without an administrative prefix, or by similarity below both. */
export interface Scoring { adminPrefix: string, exact: number, exactWithoutPrefix: number }

/** The five agencies and groups whose names or aliases come closest to `name`, best first. */
export async function rankCandidates (db: Db, name: string, { adminPrefix, exact, exactWithoutPrefix }: Scoring): Promise<Resolution[]> {
  const result = await sql<Resolution>`
    with input as (
      select search_normalize(${name}) as full_name,
             regexp_replace(search_normalize(${name}), ${adminPrefix}, '') as bare_name
    ), terms as (
      select 'agency' as type, code, name_vi, search_normalize(term) as term
      from agency, unnest(array[name_vi, name_en] || aliases) as term
      union all
      select 'group', code, name_vi, search_normalize(term)
      from agency_group, unnest(array[name_vi, name_en] || aliases) as term
    ), scored as (
      select type, code, name_vi,
             case when term = full_name then ${exact}::float8
                  when regexp_replace(term, ${adminPrefix}, '') = bare_name and bare_name <> '' then ${exactWithoutPrefix}::float8
                  else 0.9 * similarity(term, full_name) end as confidence
      from terms, input
    )
    select type, code, name_vi as "nameVi", round(max(confidence)::numeric, 3)::float8 as confidence
    from scored group by type, code, name_vi
    order by confidence desc, type, code
    limit 5`.execute(db)
  return result.rows
}
