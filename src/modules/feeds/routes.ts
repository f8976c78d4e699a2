import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest } from '../../shared/errors.js'
import { AgencyCode, Id, IsoDate, problems } from '../../shared/schemas.js'
import { TaskListQuery } from '../tasks/schemas.js'
import { CSV_COLUMNS, taskAssignmentsCsv } from './csv.js'
import { agencyRanking, RANKING_FORMULA } from './ranking.js'
import { COUNT_KEYS, timelinessStatistics } from './statistics.js'

const tags = ['feeds']
// The portal shows the ranking to everyone: browsers and proxies may keep it this long.
const RANKING_MAX_AGE_S = 60

/** If-None-Match names this entity (weak comparison, as RFC 9110 asks for this header), or is *. */
function unchanged (ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  return ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).some((tag) => tag === '*' || tag === etag)
}
const { limit: _limit, cursor: _cursor, ...filterProperties } = TaskListQuery.properties
const CsvQuery = Type.Object(filterProperties, { additionalProperties: false })

const Counts = Type.Object(Object.fromEntries(Object.entries(COUNT_KEYS).map(([value, key]) => [key, Type.Integer({ minimum: 0, description: `Those of timeliness ${value}` })])) as Record<typeof COUNT_KEYS[keyof typeof COUNT_KEYS], ReturnType<typeof Type.Integer>>)

const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/tasks.csv', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'Export tasks as CSV, one row per assignment', operationId: 'exportTasksCsv',
      description: `Takes the same filters as GET /v1/tasks and lists exactly its tasks, in id order. With \`agency\`, the rows are that agency's own assignments only: not cancelled, and of the \`role\` and \`timeliness\` asked, the very assignments that put each task in the JSON list (so every row's agencyCode is the agency asked; a group code matches no assignment, since assignments belong to member agencies, and gives no rows, as in the JSON list). Without \`agency\`, every assignment of each listed task is a row, \`timeliness\` choosing tasks by their roll-up as the JSON list does (each row's timeliness column is that assignment's own). Streamed (memory stays flat at any size), UTF-8 with a BOM for Excel. Columns: ${CSV_COLUMNS.join(', ')}. A cell that starts with = + - @ is prefixed with ' so spreadsheets do not run it as a formula.`,
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
      description: 'Lead assignments that are not cancelled, each counted once under its timeliness as of asOf. `counts` names each timeliness in camelCase, like every JSON key (doneOnTime counts those that `timeliness=done_on_time` selects); `total` is their sum.',
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
    config: { access: 'public', etag: true },
    schema: {
      tags, summary: 'The published ranking of agencies on delivery (public)', operationId: 'getAgencyRanking',
      description: `${RANKING_FORMULA}\n\nCacheable: Cache-Control public for ${RANKING_MAX_AGE_S} s, and an ETag of the content; send it back in If-None-Match for a 304 while the ranking is unchanged.`,
      querystring: Type.Object({ from: IsoDate, to: IsoDate, asOf: Type.Optional(IsoDate) }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          from: IsoDate, to: IsoDate, asOf: IsoDate,
          items: Type.Array(Type.Object({
            rank: Type.Integer({ minimum: 1 }),
            agency: Type.Object({ code: AgencyCode, nameVi: Type.String() }),
            total: Type.Integer(), doneOnTime: Type.Integer(), onTimeShare: Type.Number(),
            overdueCount: Type.Integer(), overdueDays: Type.Integer(), doneOnUnderReview: Type.Integer(),
            reportsOnTime: Type.Integer(), reportsLate: Type.Integer(), reportsMissing: Type.Integer(), index: Type.Number()
          }))
        }),
        304: Type.Null({ description: 'Not modified: the ranking is still the one whose ETag was sent in If-None-Match' }),
        ...problems(400)
      }
    }
  }, async (request, reply) => {
    const { from, to } = request.query
    if (from > to) throw new BadRequest('from is after to')
    const asOf = request.query.asOf ?? app.today()
    // The ranking is of what has happened; a future asOf would also make it count periods without end.
    if (asOf > app.today()) throw new BadRequest(`asOf ${asOf} is after today (${app.today()})`)
    const ranking = { from, to, asOf, items: await agencyRanking(app.db, from, to, asOf) }
    const etag = `"${createHash('sha256').update(JSON.stringify(ranking)).digest('base64url').slice(0, 27)}"`
    reply.header('cache-control', `public, max-age=${RANKING_MAX_AGE_S}`).header('etag', etag)
    if (!unchanged(request.headers['if-none-match'], etag)) return ranking
    // No payload at all: null would be serialised into a body (and a Content-Length) a 304 must not have.
    return await reply.code(304).removeHeader('content-type').send(undefined as never)
  })
}

export default feedRoutes
