import { sql, type SqlBool } from 'kysely'
import type { Db } from '../../db/database.js'
import type { CatalogueEdition, CatalogueProduct, CatalogueQuery, CatalogueTechnology, ProductQuery } from './schemas.js'

export type EditionRow = CatalogueEdition

export function selectEditions (db: Db) {
  return db.selectFrom('catalogueEdition as e').select((eb) => [
    'e.id', 'e.number', 'e.title', 'e.issuedOn', 'e.effectiveFrom', 'e.effectiveTo', 'e.declaredTechnologyCount', 'e.declaredProductCount', 'e.source',
    eb.selectFrom('catalogueTechnology as t').whereRef('t.editionId', '=', 'e.id').select((e) => e.fn.countAll<number>().as('c')).as('technologyCount'),
    eb.selectFrom('catalogueProduct as p').whereRef('p.editionId', '=', 'e.id').select((e) => e.fn.countAll<number>().as('c')).as('productCount')
  ])
}

function toEdition (row: Awaited<ReturnType<ReturnType<typeof selectEditions>['executeTakeFirstOrThrow']>>): EditionRow {
  return { ...row, technologyCount: Number(row.technologyCount ?? 0), productCount: Number(row.productCount ?? 0) }
}

export async function listEditions (db: Db): Promise<EditionRow[]> {
  return (await selectEditions(db).orderBy('e.effectiveFrom').execute()).map(toEdition)
}

/** The edition named by its decision number, or the one in force on `asOf`. */
export async function findEdition (db: Db, by: { number: string } | { asOf: string } | { id: number }): Promise<EditionRow | undefined> {
  let builder = selectEditions(db)
  if ('number' in by) builder = builder.where('e.number', '=', by.number)
  else if ('id' in by) builder = builder.where('e.id', '=', by.id)
  else builder = builder.where('e.effectiveFrom', '<=', by.asOf).where((eb) => eb.or([eb('e.effectiveTo', 'is', null), eb('e.effectiveTo', '>', by.asOf)]))
  const row = await builder.executeTakeFirst()
  return row === undefined ? undefined : toEdition(row)
}

const PRODUCT_JSON = sql`json_build_object('id', p.id, 'edition', e.number, 'technologyCode', pt.code, 'code', p.code, 'nameVi', p.name_vi, 'nameEn', p.name_en,
  'priority', p.priority_decision is not null, 'priorityDecision', p.priority_decision, 'facts', p.facts, 'targets', p.targets, 'source', p.source)`

function selectTechnologies (db: Db, priorityOnly: boolean) {
  return db.selectFrom('catalogueTechnology as t')
    .innerJoin('catalogueEdition as te', 'te.id', 't.editionId')
    .select([
      't.id', 'te.number as edition', 't.code', 't.nameVi', 't.nameEn', 't.techGroup as group', 't.investmentMode', 't.sector',
      't.leadAgencyCode as leadAgency', 't.coordinatingAgencyCodes as coordinatingAgencies', 't.source', 't.version', 't.updatedAt',
      sql<CatalogueProduct[]>`coalesce((select json_agg(${PRODUCT_JSON} order by p.code)
        from catalogue_product p join catalogue_edition e on e.id = p.edition_id join catalogue_technology pt on pt.id = p.technology_id
        where p.technology_id = t.id ${priorityOnly ? sql`and p.priority_decision is not null` : sql``}), '[]')`.as('products')
    ])
}

type TechnologySelected = Awaited<ReturnType<ReturnType<typeof selectTechnologies>['executeTakeFirstOrThrow']>>
const toTechnology = (row: TechnologySelected): CatalogueTechnology => ({ ...row, updatedAt: row.updatedAt.toISOString() })

export async function findTechnology (db: Db, id: number): Promise<CatalogueTechnology | undefined> {
  const row = await selectTechnologies(db, false).where('t.id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toTechnology(row)
}

const productMatches = (q: string, technologyRef: string) => sql<SqlBool>`exists (select 1 from catalogue_product p
  where p.technology_id = ${sql.ref(technologyRef)} and p.search_text like '%' || search_normalize(${q}) || '%')`

export async function listTechnologies (db: Db, editionId: number, query: CatalogueQuery, afterCode: string | undefined): Promise<CatalogueTechnology[]> {
  let builder = selectTechnologies(db, query.priority === true).where('t.editionId', '=', editionId)
  if (query.group === 'none') builder = builder.where('t.techGroup', 'is', null)
  else if (query.group !== undefined) builder = builder.where('t.techGroup', '=', Number(query.group) as 1 | 2)
  if (query.investmentMode !== undefined) builder = builder.where('t.investmentMode', '=', query.investmentMode)
  if (query.sector !== undefined) builder = builder.where(sql<SqlBool>`search_normalize(t.sector) = search_normalize(${query.sector})`)
  if (query.leadAgency !== undefined) builder = builder.where('t.leadAgencyCode', '=', query.leadAgency)
  if (query.priority !== undefined) {
    const has = sql<SqlBool>`exists (select 1 from catalogue_product p where p.technology_id = t.id and p.priority_decision is not null)`
    builder = builder.where(query.priority ? has : sql<SqlBool>`not ${has}`)
  }
  if (query.q !== undefined) builder = builder.where((eb) => eb.or([sql<SqlBool>`t.search_text like '%' || search_normalize(${query.q}) || '%'`, productMatches(query.q ?? '', 't.id')]))
  if (afterCode !== undefined) builder = builder.where('t.code', '>', afterCode)
  return (await builder.orderBy('t.code').limit(query.limit + 1).execute()).map(toTechnology)
}

export async function listProducts (db: Db, editionId: number, query: ProductQuery, afterCode: string | undefined): Promise<CatalogueProduct[]> {
  let builder = db.selectFrom('catalogueProduct as p')
    .innerJoin('catalogueEdition as e', 'e.id', 'p.editionId')
    .leftJoin('catalogueTechnology as pt', 'pt.id', 'p.technologyId')
    .select(sql<CatalogueProduct>`${PRODUCT_JSON}`.as('product'))
    .where('p.editionId', '=', editionId)
  if (query.technology !== undefined) builder = builder.where('pt.code', '=', query.technology)
  if (query.priority !== undefined) builder = builder.where('p.priorityDecision', query.priority ? 'is not' : 'is', null)
  if (query.q !== undefined) builder = builder.where(sql<SqlBool>`p.search_text like '%' || search_normalize(${query.q}) || '%'`)
  if (afterCode !== undefined) builder = builder.where('p.code', '>', afterCode)
  return (await builder.orderBy('p.code').limit(query.limit + 1).execute()).map((row) => row.product)
}

/** Products as GET /v1/catalogue/products shows them, for the change feed. */
export async function productsByIds (db: Db, ids: number[]): Promise<CatalogueProduct[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('catalogueProduct as p')
    .innerJoin('catalogueEdition as e', 'e.id', 'p.editionId')
    .leftJoin('catalogueTechnology as pt', 'pt.id', 'p.technologyId')
    .select(sql<CatalogueProduct>`${PRODUCT_JSON}`.as('product'))
    .where('p.id', 'in', ids)
    .execute()
  return rows.map((row) => row.product)
}

export interface TechnologyRow {
  editionId: number
  code: string
  nameVi: string
  nameEn: string
  techGroup: 1 | 2 | null
  investmentMode: 'push' | 'pull' | null
  sector: string | null
  leadAgencyCode: string | null
  coordinatingAgencyCodes: string[]
  source: string | null
}

export async function insertTechnology (db: Db, row: TechnologyRow): Promise<number> {
  return (await db.insertInto('catalogueTechnology').values(row).returning('id').executeTakeFirstOrThrow()).id
}

/** Applies the change only if the row is still at `version` (when given); returns whether it was. */
export async function updateTechnology (db: Db, id: number, version: number | null, changes: Partial<TechnologyRow>): Promise<boolean> {
  let builder = db.updateTable('catalogueTechnology').set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` }).where('id', '=', id)
  if (version !== null) builder = builder.where('version', '=', version)
  return (await builder.executeTakeFirst()).numUpdatedRows > 0n
}
