import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, NotFound } from '../../shared/errors.js'
import { actorOf } from '../../shared/principal.js'
import { afterIdOf, decodeCursor, IdParams, IfMatchHeaders, pageOf, problems } from '../../shared/schemas.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import indicatorRoutes from './indicators/routes.js'
import obligationRoutes from './obligations/routes.js'
import { findReport, listReports, reportRevisions } from './repository.js'
import { MissingQuery, MissingReport, ReportCreate, ReportPage, ReportQuery, ReportRevision, ReportUpdate, ReturnBody } from './schemas.js'
import { createReport, editReport, missingReports, reviewReport, submitReport } from './service.js'

const tags = ['reporting']
const ReportResponse = Type.Ref('Report')
const LIFECYCLE = 'Lifecycle: draft → submitted → accepted, or returned (with a reason) → corrected (a new revision, as a draft) → submitted again.'

/** Where a page of missing reports starts: after the [obligationId, period] its cursor names. */
function startOf (items: MissingReport[], cursor: string | undefined): number {
  if (cursor === undefined) return 0
  const [obligationId, period] = decodeCursor(cursor) ?? []
  if (typeof obligationId !== 'number' || typeof period !== 'string') throw new BadRequest('cursor is not one this API issued')
  const start = items.findIndex((m) => m.obligationId > obligationId || (m.obligationId === obligationId && m.period > period))
  return start === -1 ? items.length : start
}

// Obligations first and indicators last, so the routes (and the OpenAPI paths) keep their order.
const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(obligationRoutes)

  app.post('/reporting-obligations/:id/reports', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Draft the report of a period', operationId: 'createReport',
      description: `One report per obligation and period; the period must match the cadence (YYYY-MM or YYYY-Qn), lie within the obligation and have begun. A reporter key drafts only its own agency's reports. ${LIFECYCLE}`,
      params: IdParams, body: ReportCreate, response: { 201: ReportResponse, ...problems(400, 403, 404, 409, 413, 415) }
    }
  }, async (request, reply) => {
    const report = await createReport(app.db, actorOf(request), request.params.id, request.body, app.today())
    return reply.code(201).header('location', `/v1/reports/${report.id}`).header('etag', etagOf(report.version)).send(report)
  })

  app.get('/reports', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'List reports', operationId: 'listReports',
      description: '`from` and `to` are periods: reports whose period lies within them. `timeliness` is by the first submission date.',
      querystring: ReportQuery, response: { 200: ReportPage, ...problems(400) }
    }
  }, async (request) => {
    const rows = await listReports(app.db, request.query, afterIdOf(request.query.cursor))
    return pageOf(rows, request.query.limit, (last) => [last.id])
  })

  app.get('/reports/missing', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'Reports missing as of a date', operationId: 'listMissingReports',
      description: 'For each obligation, every period from its start whose due date is before `asOf` (default today) and that has no report ever submitted (a draft may exist). Ordered by obligation, then period.',
      querystring: MissingQuery, response: { 200: Type.Object({ asOf: Type.String({ format: 'date' }), items: Type.Array(MissingReport), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...problems(400) }
    }
  }, async (request) => {
    const asOf = request.query.asOf ?? app.today()
    const all = await missingReports(app.db, request.query, asOf)
    const start = startOf(all, request.query.cursor)
    return { asOf, ...pageOf(all.slice(start, start + request.query.limit + 1), request.query.limit, (last) => [last.obligationId, last.period]) }
  })

  app.get('/reports/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a report (its current revision)', operationId: 'getReport', params: IdParams, response: { 200: ReportResponse, ...problems(400, 404) } }
  }, async (request, reply) => {
    const report = await findReport(app.db, request.params.id)
    if (report === undefined) throw new NotFound('report', String(request.params.id))
    return reply.header('etag', etagOf(report.version)).send(report)
  })

  app.get('/reports/:id/revisions', {
    config: { access: 'read' },
    schema: { tags, summary: 'Every revision of a report, oldest first', operationId: 'getReportRevisions', params: IdParams, response: { 200: Type.Object({ items: Type.Array(ReportRevision) }), ...problems(400, 404) } }
  }, async (request) => {
    if (await findReport(app.db, request.params.id) === undefined) throw new NotFound('report', String(request.params.id))
    return { items: await reportRevisions(app.db, request.params.id) }
  })

  app.patch('/reports/:id', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Edit a draft or correct a returned report (If-Match required)', operationId: 'updateReport',
      description: `A draft is edited in place; a returned report gets a new revision holding the correction. A submitted or accepted report is never edited (409). ${LIFECYCLE}`,
      params: IdParams, headers: IfMatchHeaders, body: ReportUpdate, response: { 200: ReportResponse, ...problems(400, 403, 404, 409, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const report = await editReport(app.db, actorOf(request), request.params.id, condition, request.body)
    return reply.header('etag', etagOf(report.version)).send(report)
  })

  app.post('/reports/:id/submit', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Submit a draft report (If-Match required)', operationId: 'submitReport',
      description: `Needs a non-empty summary. The first submission date decides timeliness. ${LIFECYCLE}`,
      params: IdParams, headers: IfMatchHeaders, response: { 200: ReportResponse, ...problems(400, 403, 404, 409, 412, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const report = await submitReport(app.db, actorOf(request), request.params.id, condition, app.today())
    return reply.header('etag', etagOf(report.version)).send(report)
  })

  app.post('/reports/:id/accept', {
    config: { access: 'secretariat', etag: true },
    schema: { tags, summary: 'Accept a submitted report (If-Match required)', operationId: 'acceptReport', params: IdParams, headers: IfMatchHeaders, response: { 200: ReportResponse, ...problems(400, 404, 409, 412, 428) } }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const report = await reviewReport(app.db, actorOf(request), request.params.id, condition, 'accepted')
    return reply.header('etag', etagOf(report.version)).send(report)
  })

  app.post('/reports/:id/return', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Return a submitted report for correction, with the reason (If-Match required)', operationId: 'returnReport',
      params: IdParams, headers: IfMatchHeaders, body: ReturnBody, response: { 200: ReportResponse, ...problems(400, 404, 409, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const report = await reviewReport(app.db, actorOf(request), request.params.id, condition, 'returned', request.body.reason)
    return reply.header('etag', etagOf(report.version)).send(report)
  })

  await app.register(indicatorRoutes)
}

export default reportRoutes
