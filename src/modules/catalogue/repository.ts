import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import type { CatalogueProductTable, CatalogueTechnologyTable } from '../../db/schema.js'
import type { CatalogueEdition, CatalogueProduct, CatalogueQuery, CatalogueTechnology, ProductQuery } from './schemas.js'

function selectEditions (db: Db) {
  return db.selectFrom('catalogueEdition as e').select((eb) => [
    'e.id', 'e.number', 'e.title', 'e.issuedOn', 'e.effectiveFrom', 'e.effectiveTo', 'e.declaredTechnologyCount', 'e.declaredProductCount', 'e.source',
    eb.selectFrom('catalogueTechnology as t').whereRef('t.editionId', '=', 'e.id').select((e) => e.fn.countAll<number>().as('c')).as('technologyCount'),
    eb.selectFrom('catalogueProduct as p').whereRef('p.editionId', '=', 'e.id').select((e) => e.fn.countAll<number>().as('c')).as('productCount')
  ])
}

function toEdition (row: Awaited<ReturnType<ReturnType<typeof selectEditions>['executeTakeFirstOrThrow']>>): CatalogueEdition {
  return { ...row, technologyCount: Number(row.technologyCount ?? 0), productCount: Number(row.productCount ?? 0) }
}

export async function listEditions (db: Db): Promise<CatalogueEdition[]> {
  return (await selectEditions(db).orderBy('e.effectiveFrom').execute()).map(toEdition)
}

/** The edition named by its decision number, or the one in force on `asOf`. */
export async function findEdition (db: Db, by: { number: string } | { asOf: string } | { id: number }): Promise<CatalogueEdition | undefined> {
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

/** A technology's own columns, found by its code within an edition. */
export async function findTechnologyByCode (db: Db, editionId: number, code: string): Promise<Selectable<CatalogueTechnologyTable> | undefined> {
  return await db.selectFrom('catalogueTechnology').selectAll().where('editionId', '=', editionId).where('code', '=', code).executeTakeFirst()
}

/** What a change checks against, locked so no other change slips in before it commits. */
export async function lockTechnology (trx: Trx, id: number) {
  return await trx.selectFrom('catalogueTechnology').select(['id', 'version', 'techGroup', 'investmentMode']).where('id', '=', id).forUpdate().executeTakeFirst()
}

export async function insertTechnology (trx: Trx, values: Insertable<CatalogueTechnologyTable>): Promise<number> {
  return (await trx.insertInto('catalogueTechnology').values(values).returning('id').executeTakeFirstOrThrow()).id
}

export async function updateTechnology (trx: Trx, id: number, changes: Updateable<CatalogueTechnologyTable>): Promise<void> {
  await trx.updateTable('catalogueTechnology').set((eb) => ({ ...changes, version: eb('version', '+', 1), updatedAt: sql<Date>`now()` })).where('id', '=', id).execute()
}

export async function findProductByCode (db: Db, editionId: number, code: string): Promise<Selectable<CatalogueProductTable> | undefined> {
  return await db.selectFrom('catalogueProduct').selectAll().where('editionId', '=', editionId).where('code', '=', code).executeTakeFirst()
}

export async function insertProduct (trx: Trx, values: Insertable<CatalogueProductTable>): Promise<number> {
  return (await trx.insertInto('catalogueProduct').values(values).returning('id').executeTakeFirstOrThrow()).id
}

export async function updateProduct (trx: Trx, id: number, changes: Updateable<CatalogueProductTable>): Promise<void> {
  await trx.updateTable('catalogueProduct').set((eb) => ({ ...changes, version: eb('version', '+', 1), updatedAt: sql<Date>`now()` })).where('id', '=', id).execute()
}
