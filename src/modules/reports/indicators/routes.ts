import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, NotFound } from '../../../shared/errors.js'
import { actorOf } from '../../../shared/principal.js'
import { afterIdOf, decodeCursor, pageOf, problems } from '../../../shared/schemas.js'
import { findIndicator, indicatorSeries, listIndicators } from './repository.js'
import { CodeParams, IndicatorCreate, IndicatorPage, IndicatorQuery, SeriesPoint, SeriesQuery } from './schemas.js'
import { createIndicator } from './service.js'

const tags = ['indicators']

/** The [periodStart, reportId] after which a page of a series starts; a cursor this API did not issue is a 400. */
function seriesAfter (cursor: string | undefined): [string, number] | undefined {
  if (cursor === undefined) return undefined
  const [start, id] = decodeCursor(cursor) ?? []
  if (typeof start !== 'string' || typeof id !== 'number') throw new BadRequest('cursor is not one this API issued')
  return [start, id]
}

const indicatorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/indicators', {
    config: { access: 'read' },
    schema: { tags, summary: 'The indicators register', operationId: 'listIndicators', querystring: IndicatorQuery, response: { 200: IndicatorPage, ...problems(400) } }
  }, async (request) => {
    const rows = await listIndicators(app.db, afterIdOf(request.query.cursor), request.query.limit)
    const { items, nextCursor } = pageOf(rows, request.query.limit, (last) => [last.id])
    return { items: items.map(({ id: _id, ...indicator }) => indicator), nextCursor }
  })

  app.post('/indicators', {
    config: { access: 'secretariat' },
    schema: { tags, summary: 'Register an indicator', operationId: 'createIndicator', body: IndicatorCreate, response: { 201: Type.Ref('Indicator'), ...problems(400, 409, 413, 415) } }
  }, async (request, reply) => {
    const indicator = await createIndicator(app.db, actorOf(request), request.body)
    return reply.code(201).header('location', `/v1/indicators/${indicator.code}`).send(indicator)
  })

  app.get('/indicators/:code/series', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'An indicator\'s values as reported, per agency and period', operationId: 'getIndicatorSeries',
      description: 'One point per report that stands (submitted or accepted), from its current revision; ordered by period. `from` and `to` are periods.',
      params: CodeParams, querystring: SeriesQuery,
      response: { 200: Type.Object({ indicator: Type.Ref('Indicator'), items: Type.Array(SeriesPoint), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...problems(400, 404) }
    }
  }, async (request) => {
    const indicator = await findIndicator(app.db, request.params.code)
    if (indicator === undefined) throw new NotFound('indicator', request.params.code)
    const rows = await indicatorSeries(app.db, indicator.code, request.query, seriesAfter(request.query.cursor))
    return { indicator, ...pageOf(rows, request.query.limit, (last) => [last.periodStart, last.reportId]) }
  })
}

export default indicatorRoutes
