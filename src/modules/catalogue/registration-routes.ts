import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { BadRequest, namingFields, ProfileIncomplete } from '../../shared/errors.js'
import { decodeCursor, encodeCursor, IfMatchHeaders, problems } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorOf } from '../../shared/principal.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { PRIORITY_FORMULA } from './profile.js'
import { findRegistration, listRegistrations, type RegistrationPosition } from './registration-repository.js'
import { RegistrationCreate, RegistrationPage, RegistrationQuery, RegistrationUpdate, TransitionBody } from './registration-schemas.js'
import { createRegistration, editRegistration, IncompleteProfile, notFound, transition } from './registration-service.js'
import { IdParams } from './schemas.js'

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
  const send = async (id: number, reply: FastifyReply, code = 200) => {
    const registration = await findRegistration(app.db, id, app.today())
    if (registration === undefined) throw notFound(id)
    return reply.code(code).header('etag', etagOf(registration.version)).send(registration)
  }

  app.post('/catalogue/registrations', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Register a technology or product (as a draft) for a ministry', operationId: 'createCatalogueRegistration',
      description: 'A reporter registers only for its own agency. Agencies in the profile must be in the register. Ministries register by 05/4/2026 (Notice 22-TB/CQTTBCĐ).',
      body: RegistrationCreate, response: { 201: Type.Ref('CatalogueRegistration'), ...problems(400, 401, 403, 413, 415) }
    }
  }, async (request, reply) => {
    const id = await writeTransaction(app.db, actorOf(request), async (trx) => await createRegistration(trx, request, request.body, app.today()))
    reply.header('location', `/v1/catalogue/registrations/${id}`)
    return await send(id, reply, 201)
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
    const items = rows.slice(0, request.query.limit)
    const last = items.at(-1)
    return { items: items.map(({ position: _position, ...item }) => item), nextCursor: rows.length > items.length && last !== undefined ? encodeCursor(last.position) : null }
  })

  app.get('/catalogue/registrations/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a registration with its profile, missing fields, score and steps', operationId: 'getCatalogueRegistration', params: IdParams, response: { 200: Type.Ref('CatalogueRegistration'), ...problems(400, 404) } }
  }, async (request, reply) => await send(request.params.id, reply))

  app.patch('/catalogue/registrations/:id', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Change a draft registration (If-Match required)', operationId: 'updateCatalogueRegistration',
      params: IdParams, headers: IfMatchHeaders, body: RegistrationUpdate, response: { 200: Type.Ref('CatalogueRegistration'), ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const current = await findRegistration(app.db, request.params.id, app.today())
    if (current === undefined) throw notFound(request.params.id)
    await writeTransaction(app.db, actorOf(request), async (trx) => { await editRegistration(trx, request, current, condition, request.body) })
    return await send(current.id, reply)
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
    const current = await findRegistration(app.db, request.params.id, app.today())
    if (current === undefined) throw notFound(request.params.id)
    try {
      await writeTransaction(app.db, actorOf(request), async (trx) => { await transition(trx, request, current, condition, request.body, app.today()) })
    } catch (error) {
      if (!(error instanceof IncompleteProfile)) throw error
      const errors = error.fields.map((field) => ({ in: 'body' as const, field: `/profile/${field.replace(/\./g, '/')}`, message: 'is required by 22-TB before submitting' }))
      throw namingFields(new ProfileIncomplete(`cannot submit: ${error.message}`), errors)
    }
    return await send(current.id, reply)
  })
}

export default registrationRoutes
