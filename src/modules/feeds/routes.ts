import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { problems } from '../../shared/schemas.js'
import { checkTaskFilter } from '../tasks/service.js'
import { CSV_COLUMNS, taskAssignmentsCsv } from './csv.js'
import { CsvQuery, Ranking, RANKING_FORMULA, RankingQuery, Statistics, StatisticsQuery } from './schemas.js'
import { agencyRanking, timelinessStatistics } from './service.js'

const tags = ['feeds']
// The portal shows the ranking to everyone: browsers and proxies may keep it this long.
const RANKING_MAX_AGE_S = 60

/** If-None-Match names this entity (weak comparison, as RFC 9110 asks for this header), or is *. */
function unchanged (ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  return ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).some((tag) => tag === '*' || tag === etag)
}

export interface FeedOptions {
  /** Index points a fully disbursed allocation adds to an agency's rank (RANKING_DISBURSEMENT_WEIGHT). */
  disbursementWeight: number
}

const feedRoutes: FastifyPluginAsyncTypebox<FeedOptions> = async (app, { disbursementWeight }) => {
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
    checkTaskFilter(request.query)
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="tasks.csv"')
      .send(Readable.from(taskAssignmentsCsv(app.db, request.query, app.today())))
  })

  app.get('/statistics/timeliness', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'Lead assignments counted by timeliness, per notice, agency or due month', operationId: 'getTimelinessStatistics',
      description: 'Lead assignments that are not cancelled, each counted once under its timeliness as of asOf. `counts` names each timeliness in camelCase, like every JSON key (doneOnTime counts those that `timeliness=done_on_time` selects); `total` is their sum.',
      querystring: StatisticsQuery,
      response: { 200: Statistics, ...problems(400, 401, 403) }
    }
  }, async (request) => await timelinessStatistics(app.db, request.query, app.today()))

  app.get('/rankings/agencies', {
    config: { access: 'public', etag: true },
    schema: {
      tags, summary: 'The published ranking of agencies on delivery (public)', operationId: 'getAgencyRanking',
      description: `${RANKING_FORMULA}\n\nCacheable: Cache-Control public for ${RANKING_MAX_AGE_S} s, and an ETag of the content; send it back in If-None-Match for a 304 while the ranking is unchanged.`,
      querystring: RankingQuery,
      response: {
        200: Ranking,
        304: Type.Null({ description: 'Not modified: the ranking is still the one whose ETag was sent in If-None-Match' }),
        ...problems(400)
      }
    }
  }, async (request, reply) => {
    const ranking = await agencyRanking(app.db, request.query, app.today(), disbursementWeight)
    const etag = `"${createHash('sha256').update(JSON.stringify(ranking)).digest('base64url').slice(0, 27)}"`
    reply.header('cache-control', `public, max-age=${RANKING_MAX_AGE_S}`).header('etag', etag)
    if (!unchanged(request.headers['if-none-match'], etag)) return ranking
    // No payload at all: null would be serialised into a body (and a Content-Length) a 304 must not have.
    return await reply.code(304).removeHeader('content-type').send(undefined as never)
  })
}

export default feedRoutes
