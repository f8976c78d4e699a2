import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest } from '../../shared/errors.js'
import { AgencyCode, Id, IsoDate, problems } from '../../shared/schemas.js'
import { TaskListQuery, TIMELINESS } from '../tasks/schemas.js'
import { CSV_COLUMNS, taskAssignmentsCsv } from './csv.js'
import { agencyRanking, RANKING_FORMULA } from './ranking.js'
import { timelinessStatistics } from './statistics.js'

const tags = ['feeds']
const { limit: _limit, cursor: _cursor, ...filterProperties } = TaskListQuery.properties
const CsvQuery = Type.Object(filterProperties, { additionalProperties: false })

const Counts = Type.Object(Object.fromEntries(TIMELINESS.map((k) => [k, Type.Integer({ minimum: 0 })])) as Record<typeof TIMELINESS[number], ReturnType<typeof Type.Integer>>)

const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/tasks.csv', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'Export tasks as CSV, one row per assignment', operationId: 'exportTasksCsv',
      description: `Takes the same filters as GET /v1/tasks. Streamed (memory stays flat at any size), UTF-8 with a BOM for Excel. Columns: ${CSV_COLUMNS.join(', ')}. A cell that starts with = + - @ is prefixed with ' so spreadsheets do not run it as a formula.`,
      querystring: CsvQuery,
      produces: ['text/csv'],
      response: { 200: Type.String({ description: 'text/csv; charset=utf-8' }), ...problems(400, 401, 403) }
    }
  }, async (request, reply) => {
    if (request.query.role !== undefined && request.query.agency === undefined) throw new BadRequest('role filters an agency: give agency too')
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="tasks.csv"')
      .send(Readable.from(taskAssignmentsCsv(app.db, request.query, app.today())))
  })

  app.get('/statistics/timeliness', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'Lead assignments counted by timeliness, per notice, agency or due month', operationId: 'getTimelinessStatistics',
      querystring: Type.Object({
        groupBy: Type.Enum(['notice', 'agency', 'month']),
        asOf: Type.Optional(IsoDate),
        noticeId: Type.Optional(Id)
      }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          asOf: IsoDate,
          items: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), counts: Counts, total: Type.Integer() }))
        }),
        ...problems(400, 401, 403)
      }
    }
  }, async (request) => {
    const asOf = request.query.asOf ?? app.today()
    return { asOf, items: await timelinessStatistics(app.db, request.query.groupBy, asOf, request.query.noticeId) }
  })

  app.get('/rankings/agencies', {
    config: { access: 'public' },
    schema: {
      tags, summary: 'The published ranking of agencies on delivery (public)', operationId: 'getAgencyRanking',
      description: RANKING_FORMULA,
      querystring: Type.Object({ from: IsoDate, to: IsoDate, asOf: Type.Optional(IsoDate) }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          from: IsoDate, to: IsoDate, asOf: IsoDate,
          items: Type.Array(Type.Object({
            rank: Type.Integer({ minimum: 1 }),
            agency: Type.Object({ code: AgencyCode, nameVi: Type.String() }),
            total: Type.Integer(), doneOnTime: Type.Integer(), onTimeShare: Type.Number(),
            overdueCount: Type.Integer(), overdueDays: Type.Integer(), reportsOnTime: Type.Integer(), reportsLate: Type.Integer(), index: Type.Number()
          }))
        }),
        ...problems(400)
      }
    }
  }, async (request) => {
    const { from, to } = request.query
    if (from > to) throw new BadRequest('from is after to')
    const asOf = request.query.asOf ?? app.today()
    return { from, to, asOf, items: await agencyRanking(app.db, from, to, asOf) }
  })
}

export default feedRoutes
