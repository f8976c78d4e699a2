import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BadRequest, namingFields, NotFound } from '../../shared/errors.js'
import { actorOf } from '../../shared/principal.js'
import { afterIdOf, IfMatchHeaders, pageOf, problems } from '../../shared/schemas.js'
import { etagOf, versionCondition } from '../../shared/versioning.js'
import type { StagedLine } from './batch.js'
import { EXPORT_COLUMNS, linesCsv, readCsvBatch } from './csv.js'
import { figureHistory, findLine, listLines, totals } from './repository.js'
import {
  AsOfQuery, BatchQuery, BatchResult, FigureHistory, FundingBatchBody, FundingFilter, FundingLineCreate, FundingLinePage, FundingLineParams, FundingLineQuery,
  FundingLineUpdate, FundingTotals, MAX_BATCH_LINES, TotalsQuery, type FundingBatchBody as BatchBody, type FundingFilter as Filter
} from './schemas.js'
import { createLine, editLine, runBatch, type FieldNamer } from './service.js'
import { withRates } from './totals.js'

const tags = ['funding']
// A year of allocation for every ministry and province is about 20 MB of JSON.
const BATCH_BODY_LIMIT = 64 * 1024 * 1024
const ROLES_NOTE = 'Who writes what: a reporter key registers and revises its own agency\'s needs (`registered`) and may not touch another agency\'s lines; ' +
  'an integration key (the finance or science ministry\'s system) writes `estimate`, `allocated`, `disbursed` and `carriedOver` of any line, and describes only the lines it sent; ' +
  'the Standing Office and admins write everything. A field a key may not write is a 403 naming it.'
const RULES_NOTE = 'Checks: amounts are whole đồng, never negative; disbursed never above allocated unless `overrideReason` says why (kept on the line, in its history and the audit log); ' +
  'a line linked to a task belongs to an agency with an assignment on that task (to an assignment: that assignment\'s agency); a product sets its technology. ' +
  'Each figure sent is kept with `asOf` (default today, never later): a value dated before the figure\'s latest one is history, and the current value stays.'

function asOfChecked (asOf: string | undefined, today: string): void {
  if (asOf !== undefined && asOf > today) throw namingFields(new BadRequest(`asOf ${asOf} is after today (${today}): figures are known up to today`), [{ in: 'query', field: '/asOf', message: 'after today' }])
}

const jsonPointer: FieldNamer = (issue) => ({ in: 'body', field: `/lines/${issue.row - 1}/${issue.field}`, row: issue.row, message: issue.message })
const csvColumn: FieldNamer = (issue) => ({ in: 'body', field: issue.field, row: issue.row, message: issue.message })

function stagedOf (line: Record<string, unknown> & { row: number }, today: string): StagedLine {
  const { row, asOf, externalId, ...fields } = line as Record<string, unknown> & { row: number, asOf?: string, externalId: string }
  return { ...fields, row, lineId: null, externalId, sent: Object.keys(fields), asOf: asOf ?? today }
}

const fundingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // A CSV batch arrives as text and is read in the handler, where its errors can name rows and columns.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: BATCH_BODY_LIMIT }, (_request, body, done) => { done(null, body) })

  app.get('/funding/lines', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'List funding lines, filtered, figures as of a date', operationId: 'listFundingLines',
      description: 'In id order. `asOf` (default today) shows each figure as it stood that day. `noticeId` selects lines linked to that notice\'s tasks; `technologyId` lines of that strategic technology (directly or through a product).',
      querystring: FundingLineQuery, response: { 200: FundingLinePage, ...problems(400, 404) }
    }
  }, async (request) => {
    asOfChecked(request.query.asOf, app.today())
    const rows = await listLines(app.db, request.query, afterIdOf(request.query.cursor), request.query.limit, app.today())
    return pageOf(rows, request.query.limit, (last) => [last.id])
  })

  app.get('/funding/lines.csv', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'Export funding lines as CSV', operationId: 'exportFundingLinesCsv',
      description: `The filters of GET /v1/funding/lines; amounts in whole đồng, as of \`asOf\`. Streamed, UTF-8 with a BOM for Excel. Columns: ${EXPORT_COLUMNS.join(', ')}.`,
      querystring: FundingFilter, produces: ['text/csv'],
      response: { 200: Type.String({ description: 'text/csv; charset=utf-8' }), ...problems(400, 404) }
    }
  }, async (request, reply) => {
    asOfChecked(request.query.asOf, app.today())
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="funding-lines.csv"')
      .send(Readable.from(linesCsv(app.db, request.query, app.today())))
  })

  app.get('/funding/lines/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'A funding line, figures as of a date', operationId: 'getFundingLine', params: FundingLineParams, querystring: AsOfQuery, response: { 200: Type.Ref('FundingLine'), ...problems(400, 404) } }
  }, async (request, reply) => {
    asOfChecked(request.query.asOf, app.today())
    const line = await findLine(app.db, request.params.id, request.query.asOf, app.today())
    if (line === undefined) throw new NotFound('funding line', String(request.params.id))
    return reply.header('etag', etagOf(line.version)).send(line)
  })

  app.get('/funding/lines/:id/history', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'Every value each figure of a line was given', operationId: 'getFundingLineHistory',
      description: 'In the order written: the amount, the date it holds from, who sent it, in which request, and an override reason when it let disbursed pass allocated.',
      params: FundingLineParams, response: { 200: FigureHistory, ...problems(400, 404) }
    }
  }, async (request) => {
    if (await findLine(app.db, request.params.id, undefined, app.today()) === undefined) throw new NotFound('funding line', String(request.params.id))
    const items = await figureHistory(app.db, request.params.id)
    return { items: items.map((entry) => ({ ...entry, figure: entry.figure === 'carried_over' ? 'carriedOver' as const : entry.figure as 'registered', recordedAt: entry.recordedAt.toISOString() })) }
  })

  app.post('/funding/lines', {
    config: { access: 'funding', etag: true },
    schema: {
      tags, summary: 'Register a funding line (an agency\'s need, or a budget line)', operationId: 'createFundingLine',
      description: `${ROLES_NOTE}\n\n${RULES_NOTE}\n\nAn externalId already used by this sender is a 409. Honours Idempotency-Key.`,
      body: FundingLineCreate, response: { 201: Type.Ref('FundingLine'), ...problems(400, 403, 409, 413, 415, 422) }
    }
  }, async (request, reply) => {
    const line = await createLine(app.db, actorOf(request), request.body, app.today())
    return reply.code(201).header('location', `/v1/funding/lines/${line.id}`).header('etag', etagOf(line.version)).send(line)
  })

  app.patch('/funding/lines/:id', {
    config: { access: 'funding', etag: true },
    schema: {
      tags, summary: 'Change a funding line\'s figures or description (If-Match required)', operationId: 'updateFundingLine',
      description: `${ROLES_NOTE}\n\n${RULES_NOTE}\n\nA link sent as null is removed; a field left out stays.`,
      params: FundingLineParams, headers: IfMatchHeaders, body: FundingLineUpdate, response: { 200: Type.Ref('FundingLine'), ...problems(400, 403, 404, 412, 413, 415, 422, 428) }
    }
  }, async (request, reply) => {
    const line = await editLine(app.db, actorOf(request), request.params.id, versionCondition(request.headers['if-match']), request.body, app.today())
    return reply.header('etag', etagOf(line.version)).send(line)
  })

  app.post('/funding/batches', {
    config: { access: 'funding' },
    bodyLimit: BATCH_BODY_LIMIT,
    schema: {
      tags, summary: 'Upsert many funding lines at once, keyed by the sender\'s ids (dry run by default)', operationId: 'upsertFundingLines',
      description: 'Each line is found by its `externalId` among the lines this sender (the key\'s agency; the Standing Office for its and admins\' keys) sent before: a new one is created, a known one gets the fields and figures sent (a field left out, or an empty CSV cell, stays as it is). ' +
        'Sending the same batch again changes nothing. `dryRun=true` (the default) answers exactly what the write would change and writes nothing; `dryRun=false` writes all of it in one transaction, or nothing: ' +
        'any line that breaks a rule makes it a 422 listing every problem by row and field (403 for fields the key may not write), nothing written. ' +
        `JSON (\`{"lines": [...]}\`) or CSV (\`text/csv\`, a header row naming the same fields, UTF-8, a BOM allowed). At most ${MAX_BATCH_LINES.toLocaleString('en')} lines and ${BATCH_BODY_LIMIT / 1024 / 1024} MiB; ` +
        'batches of one sender run one at a time. Other requests are served while a large batch is read and written.\n\n' + `${ROLES_NOTE}\n\n${RULES_NOTE}`,
      querystring: BatchQuery,
      body: {
        content: {
          'application/json': { schema: FundingBatchBody },
          'text/csv': { schema: Type.String({ description: 'A header row of FundingBatchLine field names, then one line per record', examples: ['externalId,fiscalYear,agencyCode,source,field,title,estimate,allocated,disbursed,asOf\r\nBTC-2026-000123,2026,BKHCN,central,science_technology,Dự toán chi sự nghiệp KH&CN,120000000000,90000000000,30500000000,2026-06-30\r\n'] }) }
        }
      },
      response: { 200: BatchResult, ...problems(400, 403, 413, 415, 422) }
    }
  }, async (request) => {
    const today = app.today()
    const body = request.body as BatchBody | string
    if (typeof body === 'string') {
      const { lines, issues } = await readCsvBatch(body)
      return await runBatch(app.db, actorOf(request), lines.map((line) => stagedOf(line, today)), request.query.dryRun, today, csvColumn, issues)
    }
    const lines = body.lines.map((line, index) => stagedOf({ ...line, row: index + 1 }, today))
    return await runBatch(app.db, actorOf(request), lines, request.query.dryRun, today, jsonPointer)
  })

  app.get('/funding/totals', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'Funding totals and rates, grouped, as of a date', operationId: 'getFundingTotals',
      description: 'The lines the filters select, grouped by `groupBy` (agency, field, source, notice, technology or fiscalYear), each figure summed as it stood on `asOf` (default today). ' +
        '`unallocated` is estimate − allocated; `allocationRate` is allocated ÷ estimate and `disbursementRate` disbursed ÷ allocated, to 4 decimals, null when the divisor is 0. ' +
        'A line counts in the group it is in now (its agency, field, link), with its figures of that date; a line with no notice or technology is in the group with key null.',
      querystring: TotalsQuery, response: { 200: FundingTotals, ...problems(400, 404) }
    }
  }, async (request) => {
    const today = app.today()
    asOfChecked(request.query.asOf, today)
    const { groupBy, ...filter } = request.query
    return withRates(groupBy, filter.asOf ?? today, await totals(app.db, filter as Filter, groupBy, today))
  })
}

export default fundingRoutes
