import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest } from '../../shared/errors.js'
import { afterIdOf, decodeCursor, encodeCursor, IfMatchHeaders, problems } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorName, actorOf, assertActsFor } from '../../shared/principal.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import { findObligation, listObligations } from './obligations.js'
import { findReport, listReports, reportRevisions } from './repository.js'
import { IdParams, MissingQuery, MissingReport, ReportCreate, ReportPage, ReportQuery, ReportRevision, ReportUpdate, ReturnBody } from './schemas.js'
import { createReport, editReport, missingReports, reviewReport, submitReport } from './service.js'

const tags = ['reporting']
const ReportResponse = Type.Ref('Report')
const LIFECYCLE = 'Lifecycle: draft → submitted → accepted, or returned (with a reason) → corrected (a new revision, as a draft) → submitted again.'

const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const reply200 = async (id: number, reply: { header: (k: string, v: string) => unknown }) => {
    const report = await findReport(app.db, id)
    reply.header('etag', etagOf(report.version))
    return report
  }

  app.post('/reporting-obligations/:id/reports', {
    config: { access: 'report', etag: true },
    schema: {
      tags, summary: 'Draft the report of a period', operationId: 'createReport',
      description: `One report per obligation and period; the period must match the cadence (YYYY-MM or YYYY-Qn), lie within the obligation and have begun. A reporter key drafts only its own agency's reports. ${LIFECYCLE}`,
      params: IdParams, body: ReportCreate, response: { 201: ReportResponse, ...problems(400, 403, 404, 409, 413, 415) }
    }
  }, async (request, reply) => {
    const obligation = await findObligation(app.db, request.params.id)
    assertActsFor(actorOf(request), obligation.reporterCode)
    const id = await writeTransaction(app.db, actorOf(request), async (trx) => await createReport(trx, obligation, request.body, actorName(actorOf(request)), app.today()))
    reply.code(201).header('location', `/v1/reports/${id}`)
    return await reply200(id, reply)
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
    const items = rows.slice(0, request.query.limit)
    return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
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
    const obligations = await listObligations(app.db, { reporter: request.query.reporter, obligationId: request.query.obligationId })
    const all = await missingReports(app.db, obligations, asOf)
    let start = 0
    if (request.query.cursor !== undefined) {
      const [obligationId, period] = decodeCursor(request.query.cursor) ?? []
      if (typeof obligationId !== 'number' || typeof period !== 'string') throw new BadRequest('cursor is not one this API issued')
      start = all.findIndex((m) => m.obligationId > obligationId || (m.obligationId === obligationId && m.period > period))
      if (start === -1) start = all.length
    }
    const items = all.slice(start, start + request.query.limit)
    const last = items.at(-1)
    return { asOf, items, nextCursor: start + items.length < all.length && last !== undefined ? encodeCursor([last.obligationId, last.period]) : null }
  })

  app.get('/reports/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a report (its current revision)', operationId: 'getReport', params: IdParams, response: { 200: ReportResponse, ...problems(400, 404) } }
  }, async (request, reply) => await reply200(request.params.id, reply))

  app.get('/reports/:id/revisions', {
    config: { access: 'read' },
    schema: { tags, summary: 'Every revision of a report, oldest first', operationId: 'getReportRevisions', params: IdParams, response: { 200: Type.Object({ items: Type.Array(ReportRevision) }), ...problems(400, 404) } }
  }, async (request) => {
    await findReport(app.db, request.params.id)
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
    assertActsFor(actorOf(request), (await findReport(app.db, request.params.id)).reporterCode)
    await writeTransaction(app.db, actorOf(request), async (trx) => { await editReport(trx, request.params.id, condition, request.body, actorName(actorOf(request))) })
    return await reply200(request.params.id, reply)
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
    assertActsFor(actorOf(request), (await findReport(app.db, request.params.id)).reporterCode)
    await writeTransaction(app.db, actorOf(request), async (trx) => { await submitReport(trx, request.params.id, condition, app.today()) })
    return await reply200(request.params.id, reply)
  })

  app.post('/reports/:id/accept', {
    config: { access: 'secretariat', etag: true },
    schema: { tags, summary: 'Accept a submitted report (If-Match required)', operationId: 'acceptReport', params: IdParams, headers: IfMatchHeaders, response: { 200: ReportResponse, ...problems(400, 404, 409, 412, 428) } }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    await writeTransaction(app.db, actorOf(request), async (trx) => { await reviewReport(trx, request.params.id, condition, 'accepted', actorName(actorOf(request))) })
    return await reply200(request.params.id, reply)
  })

  app.post('/reports/:id/return', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Return a submitted report for correction, with the reason (If-Match required)', operationId: 'returnReport',
      params: IdParams, headers: IfMatchHeaders, body: ReturnBody, response: { 200: ReportResponse, ...problems(400, 404, 409, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    await writeTransaction(app.db, actorOf(request), async (trx) => { await reviewReport(trx, request.params.id, condition, 'returned', actorName(actorOf(request)), request.body.reason) })
    return await reply200(request.params.id, reply)
  })
}

export default reportRoutes
