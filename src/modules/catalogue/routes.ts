import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, Conflict, NotFound } from '../../shared/errors.js'
import { decodeCursor, encodeCursor, IfMatchHeaders, problems } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorOf } from '../../shared/principal.js'
import { etagOf, staleVersion, versionCondition } from '../../shared/versioning.js'
import { LoadBody, LoadResult, loadRows, rowsOf } from './load.js'
import { findEdition, findTechnology, insertTechnology, listEditions, listProducts, listTechnologies, updateTechnology, type TechnologyRow } from './repository.js'
import registrationRoutes from './registration-routes.js'
import { CatalogueQuery, CataloguePage, EditionList, IdParams, ProductPage, ProductQuery, TechnologyCreate, TechnologyUpdate } from './schemas.js'
import { checkAgencies, checkClassification, resolveEdition } from './service.js'

const tags = ['catalogue']

/** The code after which a code-ordered page starts; a cursor this API did not issue is a 400. */
function afterCodeOf (cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined
  const [code] = decodeCursor(cursor) ?? []
  if (typeof code !== 'string') throw new BadRequest('cursor is not one this API issued')
  return code
}

function page<T extends { code: string }> (rows: T[], limit: number): { items: T[], nextCursor: string | null } {
  const items = rows.slice(0, limit)
  return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.code]) : null }
}

class DryRun extends Error { constructor (readonly changes: LoadResult['changes']) { super('dry run') } }

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === '23505'

const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/catalogue', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'The catalogue in force on a day (or of an edition): technologies with their products', operationId: 'getCatalogue',
      description: 'Answers from the edition named by `edition` (its decision number) or else the edition in force on `asOf` (default today, Asia/Ho_Chi_Minh): Decision 1131/QĐ-TTg until 30/6/2026, Decision 21/2026/QĐ-TTg from 1/7/2026. Technologies come in code order.',
      querystring: CatalogueQuery, response: { 200: CataloguePage, ...problems(400, 404) }
    }
  }, async (request) => {
    const edition = await resolveEdition(app.db, request.query, app.today())
    const rows = await listTechnologies(app.db, edition.id, request.query, afterCodeOf(request.query.cursor))
    return { edition, ...page(rows, request.query.limit) }
  })

  app.get('/catalogue/editions', {
    config: { access: 'read' },
    schema: { tags, summary: 'List catalogue editions with their effective dates', operationId: 'listCatalogueEditions', response: { 200: EditionList } }
  }, async () => ({ items: await listEditions(app.db) }))

  app.get('/catalogue/products', {
    config: { access: 'read' },
    schema: { tags, summary: 'List the products of the catalogue in force on a day (or of an edition)', operationId: 'listCatalogueProducts', querystring: ProductQuery, response: { 200: ProductPage, ...problems(400, 404) } }
  }, async (request) => {
    const edition = await resolveEdition(app.db, request.query, app.today())
    const rows = await listProducts(app.db, edition.id, request.query, afterCodeOf(request.query.cursor))
    return { edition, ...page(rows, request.query.limit) }
  })

  app.get('/catalogue/technologies/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a catalogue technology with its products', operationId: 'getCatalogueTechnology', params: IdParams, response: { 200: Type.Ref('CatalogueTechnology'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const technology = await findTechnology(app.db, request.params.id)
    if (technology === undefined) throw new NotFound('catalogue technology', String(request.params.id))
    return reply.header('etag', etagOf(technology.version)).send(technology)
  })

  app.post('/catalogue/technologies', {
    config: { access: 'secretariat', etag: true },
    schema: { tags, summary: 'Add a technology to an edition', operationId: 'createCatalogueTechnology', body: TechnologyCreate, response: { 201: Type.Ref('CatalogueTechnology'), ...problems(400, 401, 403, 404, 409, 413, 415) } }
  }, async (request, reply) => {
    const input = request.body
    const edition = await findEdition(app.db, { number: input.edition.normalize('NFC') })
    if (edition === undefined) throw new NotFound('catalogue edition', input.edition)
    checkClassification(input)
    await checkAgencies(app.db, [input.leadAgency, ...(input.coordinatingAgencies ?? [])])
    const row: TechnologyRow = {
      editionId: edition.id, code: input.code, nameVi: input.nameVi, nameEn: input.nameEn, techGroup: input.group ?? null, investmentMode: input.investmentMode ?? null,
      sector: input.sector ?? null, leadAgencyCode: input.leadAgency ?? null, coordinatingAgencyCodes: input.coordinatingAgencies ?? [], source: input.source ?? null
    }
    let id: number
    try {
      id = await writeTransaction(app.db, actorOf(request), async (trx) => await insertTechnology(trx, row))
    } catch (error) {
      if (isUniqueViolation(error)) throw new Conflict(`technology ${input.code} already exists in ${edition.number}`)
      throw error
    }
    const technology = await findTechnology(app.db, id)
    return reply.code(201).header('location', `/v1/catalogue/technologies/${id}`).header('etag', etagOf(technology?.version ?? 1)).send(technology)
  })

  app.patch('/catalogue/technologies/:id', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a catalogue technology (If-Match required)', operationId: 'updateCatalogueTechnology',
      params: IdParams, headers: IfMatchHeaders, body: TechnologyUpdate, response: { 200: Type.Ref('CatalogueTechnology'), ...problems(400, 401, 403, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const current = await findTechnology(app.db, request.params.id)
    if (current === undefined) throw new NotFound('catalogue technology', String(request.params.id))
    const version = condition.check(current.version)
    const input = request.body
    checkClassification({ group: input.group === undefined ? current.group : input.group, investmentMode: input.investmentMode === undefined ? current.investmentMode : input.investmentMode })
    await checkAgencies(app.db, [input.leadAgency, ...(input.coordinatingAgencies ?? [])])
    const changes: Partial<TechnologyRow> = {
      nameVi: input.nameVi, nameEn: input.nameEn, techGroup: input.group, investmentMode: input.investmentMode, sector: input.sector,
      leadAgencyCode: input.leadAgency, coordinatingAgencyCodes: input.coordinatingAgencies, source: input.source
    }
    for (const key of Object.keys(changes) as Array<keyof TechnologyRow>) if (changes[key] === undefined) delete changes[key]
    const applied = await writeTransaction(app.db, actorOf(request), async (trx) => await updateTechnology(trx, current.id, version, changes))
    if (!applied) throw staleVersion(condition)
    const technology = await findTechnology(app.db, current.id)
    return reply.header('etag', etagOf(technology?.version ?? version + 1)).send(technology)
  })

  app.post('/catalogue/editions/:id/loads', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: 'Load or update an edition\'s technologies and products from rows (JSON) or CSV', operationId: 'loadCatalogueEdition',
      description: 'Upserts by code within the edition, in one transaction: every row or none. A failing row aborts the load with a 400 naming it (row number and code). With dryRun the same work runs and is rolled back, so the answer says exactly what would be created, updated (with the changed fields) or left unchanged.',
      params: IdParams, body: LoadBody, response: { 200: LoadResult, ...problems(400, 401, 403, 404, 413, 415) }
    }
  }, async (request) => {
    const edition = await findEdition(app.db, { id: request.params.id })
    if (edition === undefined) throw new NotFound('catalogue edition', String(request.params.id))
    const rows = rowsOf(request.body)
    let changes: LoadResult['changes']
    try {
      changes = await writeTransaction(app.db, actorOf(request), async (trx) => {
        const done = await loadRows(trx, edition.id, rows)
        if (request.body.dryRun) throw new DryRun(done)
        return done
      })
    } catch (error) {
      if (!(error instanceof DryRun)) throw error
      changes = error.changes
    }
    const count = (action: string): number => changes.filter((c) => c.action === action).length
    return { dryRun: request.body.dryRun, edition: edition.number, summary: { created: count('created'), updated: count('updated'), unchanged: count('unchanged') }, changes }
  })

  await app.register(registrationRoutes)
}

export default catalogueRoutes
