import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, Conflict, NotFound } from '../../shared/errors.js'
import { afterIdOf, Cursor, decodeCursor, encodeCursor, Limit, problems } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorOf } from '../../shared/principal.js'
import { findIndicator, indicatorSeries, insertIndicators, listIndicators } from './indicators.js'
import { CodeParams, IndicatorCreate, IndicatorPage, SeriesPoint, SeriesQuery } from './schemas.js'

const tags = ['indicators']

const indicatorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/indicators', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'The indicators register', operationId: 'listIndicators',
      querystring: Type.Object({ limit: Limit, cursor: Type.Optional(Cursor) }, { additionalProperties: false }), response: { 200: IndicatorPage, ...problems(400) }
    }
  }, async (request) => {
    const rows = await listIndicators(app.db, afterIdOf(request.query.cursor), request.query.limit)
    const items = rows.slice(0, request.query.limit)
    return { items: items.map(({ id: _id, ...indicator }) => indicator), nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
  })

  app.post('/indicators', {
    config: { access: 'secretariat' },
    schema: { tags, summary: 'Register an indicator', operationId: 'createIndicator', body: IndicatorCreate, response: { 201: Type.Ref('Indicator'), ...problems(400, 409, 413, 415) } }
  }, async (request, reply) => {
    await writeTransaction(app.db, actorOf(request), async (trx) => {
      if (await findIndicator(trx, request.body.code) !== undefined) throw new Conflict(`indicator ${request.body.code} already exists`)
      await insertIndicators(trx, [request.body])
    })
    return reply.code(201).header('location', `/v1/indicators/${request.body.code}`).send(await findIndicator(app.db, request.body.code))
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
    let after: [string, number] | undefined
    if (request.query.cursor !== undefined) {
      const [start, id] = decodeCursor(request.query.cursor) ?? []
      if (typeof start !== 'string' || typeof id !== 'number') throw new BadRequest('cursor is not one this API issued')
      after = [start, id]
    }
    const rows = await indicatorSeries(app.db, indicator.code, request.query, after)
    const items = rows.slice(0, request.query.limit)
    const last = items.at(-1)
    return { indicator, items, nextCursor: rows.length > items.length && last !== undefined ? encodeCursor([last.periodStart, last.reportId]) : null }
  })
}

export default indicatorRoutes
