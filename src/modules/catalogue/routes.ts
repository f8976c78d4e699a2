import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, NotFound } from '../../shared/errors.js'
import { actorOf } from '../../shared/principal.js'
import { decodeCursor, IdParams, IfMatchHeaders, pageOf, problems } from '../../shared/schemas.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { findTechnology, listEditions, listProducts, listTechnologies } from './repository.js'
import registrationRoutes from './registrations/routes.js'
import { CatalogueQuery, CataloguePage, EditionList, LoadBody, LoadResult, ProductPage, ProductQuery, TechnologyCreate, TechnologyUpdate } from './schemas.js'
import { createTechnology, editTechnology, loadEdition, resolveEdition } from './service.js'

const tags = ['catalogue']

/** The code after which a code-ordered page starts; a cursor this API did not issue is a 400. */
function afterCodeOf (cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined
  const [code] = decodeCursor(cursor) ?? []
  if (typeof code !== 'string') throw new BadRequest('cursor is not one this API issued')
  return code
}

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
    return { edition, ...pageOf(rows, request.query.limit, (last) => [last.code]) }
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
    return { edition, ...pageOf(rows, request.query.limit, (last) => [last.code]) }
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
    const technology = await createTechnology(app.db, actorOf(request), request.body)
    return reply.code(201).header('location', `/v1/catalogue/technologies/${technology.id}`).header('etag', etagOf(technology.version)).send(technology)
  })

  app.patch('/catalogue/technologies/:id', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a catalogue technology (If-Match required)', operationId: 'updateCatalogueTechnology',
      params: IdParams, headers: IfMatchHeaders, body: TechnologyUpdate, response: { 200: Type.Ref('CatalogueTechnology'), ...problems(400, 401, 403, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const technology = await editTechnology(app.db, actorOf(request), request.params.id, condition, request.body)
    return reply.header('etag', etagOf(technology.version)).send(technology)
  })

  app.post('/catalogue/editions/:id/loads', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: 'Load or update an edition\'s technologies and products from rows (JSON) or CSV', operationId: 'loadCatalogueEdition',
      description: 'Upserts by code within the edition, in one transaction: every row or none. A failing row aborts the load with a 400 naming it (row number and code). With dryRun the same work runs and is rolled back, so the answer says exactly what would be created, updated (with the changed fields) or left unchanged.',
      params: IdParams, body: LoadBody, response: { 200: LoadResult, ...problems(400, 401, 403, 404, 413, 415) }
    }
  }, async (request) => await loadEdition(app.db, actorOf(request), request.params.id, request.body))

  await app.register(registrationRoutes)
}

export default catalogueRoutes
