import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFound } from '../../../shared/errors.js'
import { actorOf } from '../../../shared/principal.js'
import { afterIdOf, IdParams, IfMatchHeaders, pageOf, problems } from '../../../shared/schemas.js'
import { etagOf, versionCondition } from '../../../shared/versioning.js'
import { findObligation, listObligations } from './repository.js'
import { ObligationCreate, ObligationPage, ObligationQuery, ObligationUpdate, PeriodPage, PeriodsQuery } from './schemas.js'
import { createObligation, deriveTaskObligations, editObligation, obligationPeriods } from './service.js'

const tags = ['reporting']
const DUE_DAY = 'A period\'s report is due on `dueDay` (default 5) of the month after the period ends: 2026-04 is due 2026-05-05, 2026-Q1 is due 2026-04-05.'

const obligationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/reporting-obligations', {
    config: { access: 'read' },
    schema: { tags, summary: 'List reporting obligations', operationId: 'listReportingObligations', querystring: ObligationQuery, response: { 200: ObligationPage, ...problems(400) } }
  }, async (request) => {
    const rows = await listObligations(app.db, request.query, afterIdOf(request.query.cursor), request.query.limit)
    return pageOf(rows, request.query.limit, (last) => [last.id])
  })

  app.get('/reporting-obligations/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a reporting obligation', description: DUE_DAY, operationId: 'getReportingObligation', params: IdParams, response: { 200: Type.Ref('ReportingObligation'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const obligation = await findObligation(app.db, request.params.id)
    if (obligation === undefined) throw new NotFound('reporting obligation', String(request.params.id))
    return reply.header('etag', etagOf(obligation.version)).send(obligation)
  })

  app.get('/reporting-obligations/:id/periods', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'The periods of an obligation and where each stands', operationId: 'getReportingObligationPeriods',
      description: `Every period from the obligation's start that has begun as of \`asOf\` (default today), oldest first, \`limit\` to a page; periods lie in the years 2000 to 2100, so an obligation has at most 1,212. ${DUE_DAY}`,
      params: IdParams, querystring: PeriodsQuery, response: { 200: PeriodPage, ...problems(400, 404) }
    }
  }, async (request) => await obligationPeriods(app.db, request.params.id, request.query, app.today()))

  app.post('/reporting-obligations', {
    config: { access: 'secretariat', etag: true },
    schema: { tags, summary: 'Create a reporting obligation', description: DUE_DAY, operationId: 'createReportingObligation', body: ObligationCreate, response: { 201: Type.Ref('ReportingObligation'), ...problems(400, 413, 415) } }
  }, async (request, reply) => {
    const obligation = await createObligation(app.db, actorOf(request), request.body)
    return reply.code(201).header('location', `/v1/reporting-obligations/${obligation.id}`).header('etag', etagOf(obligation.version)).send(obligation)
  })

  app.patch('/reporting-obligations/:id', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a reporting obligation (If-Match required)', description: DUE_DAY, operationId: 'updateReportingObligation',
      params: IdParams, headers: IfMatchHeaders, body: ObligationUpdate, response: { 200: Type.Ref('ReportingObligation'), ...problems(400, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const obligation = await editObligation(app.db, actorOf(request), request.params.id, condition, request.body)
    return reply.header('etag', etagOf(obligation.version)).send(obligation)
  })

  app.post('/tasks/:id/reporting-obligations', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: 'Create the reporting obligations of a recurring task', operationId: 'deriveReportingObligations',
      description: 'For a task with a monthly or quarterly recurrence: the working group it sets up reports (from the month it is due to be set up), otherwise each lead agency named directly (from the period its notice was issued in), to the Standing Board (TTBCD). Obligations that exist are kept; answers all of the task\'s obligations.',
      params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('ReportingObligation')) }), ...problems(400, 404) }
    }
  }, async (request) => ({ items: await deriveTaskObligations(app.db, actorOf(request), request.params.id) }))
}

export default obligationRoutes
