import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, NotFound } from '../../../shared/errors.js'
import { actorOf } from '../../../shared/principal.js'
import { decodeCursor, IdParams, IfMatchHeaders, pageOf, problems } from '../../../shared/schemas.js'
import { etagOf, versionCondition } from '../../../shared/versioning.js'
import { PRIORITY_FORMULA } from './profile.js'
import { findRegistration, listRegistrations, type RegistrationPosition } from './repository.js'
import { RegistrationCreate, RegistrationPage, RegistrationQuery, RegistrationUpdate, TransitionBody } from './schemas.js'
import { createRegistration, editRegistration, transition } from './service.js'

const tags = ['catalogue']

function positionOf (cursor: string | undefined, byPriority: boolean): RegistrationPosition | undefined {
  if (cursor === undefined) return undefined
  const position = decodeCursor(cursor) ?? []
  const [key, code, id] = position
  if (byPriority && typeof key === 'number' && typeof code === 'string' && typeof id === 'number' && position.length === 3) return [key, code, id]
  if (!byPriority && typeof key === 'number' && position.length === 1) return [key]
  throw new BadRequest('cursor is not one this API issued for this sort')
}

const registrationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/catalogue/registrations', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Register a technology or product (as a draft) for a ministry', operationId: 'createCatalogueRegistration',
      description: 'A reporter registers only for its own agency. Agencies in the profile must be in the register. Ministries register by 05/4/2026 (Notice 22-TB/CQTTBCĐ).',
      body: RegistrationCreate, response: { 201: Type.Ref('CatalogueRegistration'), ...problems(400, 401, 403, 413, 415) }
    }
  }, async (request, reply) => {
    const registration = await createRegistration(app.db, actorOf(request), request.body, app.today())
    return reply.code(201).header('location', `/v1/catalogue/registrations/${registration.id}`).header('etag', etagOf(registration.version)).send(registration)
  })

  app.get('/catalogue/registrations', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'List registrations, by id or in priority order', operationId: 'listCatalogueRegistrations',
      description: `sort=priority lists in priority order with the score's parts.\n\n${PRIORITY_FORMULA}`,
      querystring: RegistrationQuery, response: { 200: RegistrationPage, ...problems(400) }
    }
  }, async (request) => {
    const byPriority = request.query.sort === 'priority'
    const rows = await listRegistrations(app.db, request.query, positionOf(request.query.cursor, byPriority), app.today())
    const { items, nextCursor } = pageOf(rows, request.query.limit, (last) => last.position)
    return { items: items.map(({ position: _position, ...item }) => item), nextCursor }
  })

  app.get('/catalogue/registrations/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a registration with its profile, missing fields, score and steps', operationId: 'getCatalogueRegistration', params: IdParams, response: { 200: Type.Ref('CatalogueRegistration'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const registration = await findRegistration(app.db, request.params.id, app.today())
    if (registration === undefined) throw new NotFound('catalogue registration', String(request.params.id))
    return reply.header('etag', etagOf(registration.version)).send(registration)
  })

  app.patch('/catalogue/registrations/:id', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Change a draft registration (If-Match required)', operationId: 'updateCatalogueRegistration',
      params: IdParams, headers: IfMatchHeaders, body: RegistrationUpdate, response: { 200: Type.Ref('CatalogueRegistration'), ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const registration = await editRegistration(app.db, actorOf(request), request.params.id, condition, request.body, app.today())
    return reply.header('etag', etagOf(registration.version)).send(registration)
  })

  app.post('/catalogue/registrations/:id/transitions', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Move a registration: submit, consolidate, propose, approve or reject (If-Match required)', operationId: 'transitionCatalogueRegistration',
      description: 'submit (draft → submitted; the registering ministry; 422 listing every missing profile field when incomplete; the day is kept and a day after the deadline marks it late) · consolidate (submitted → consolidated) and propose (consolidated → proposed): the Ministry of Science and Technology (reporter of BKHCN) or the Standing Office · approve (proposed → approved): the Standing Office · reject (with reason): the Standing Office, or BKHCN before the proposal. Each step records who and when.',
      params: IdParams, headers: IfMatchHeaders, body: TransitionBody, response: { 200: Type.Ref('CatalogueRegistration'), ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const registration = await transition(app.db, actorOf(request), request.params.id, condition, request.body, app.today())
    return reply.header('etag', etagOf(registration.version)).send(registration)
  })
}

export default registrationRoutes
