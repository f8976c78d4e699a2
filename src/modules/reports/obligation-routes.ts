import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Db } from '../../db/database.js'
import { BadRequest } from '../../shared/errors.js'
import { afterIdOf, encodeCursor, IfMatchHeaders, problems, readCursor } from '../../shared/schemas.js'
import { writeTransaction } from '../../db/transaction.js'
import { actorOf } from '../../shared/principal.js'
import { etagOf, staleVersion, versionCondition } from '../../shared/versioning.js'
import { unknownCodes } from '../agencies/repository.js'
import { DEFAULT_RECIPIENT, deriveObligations, findObligation, insertObligation, listObligations, updateObligation, type ObligationRecord } from './obligations.js'
import { begunPeriods, cadenceOf, daysBetween, dueOn } from './periods.js'
import { reportsOf } from './repository.js'
import { IdParams, ObligationCreate, ObligationPage, ObligationQuery, ObligationUpdate, PeriodPage, PeriodsQuery } from './schemas.js'

const tags = ['reporting']
const DUE_DAY = 'A period\'s report is due on `dueDay` (default 5) of the month after the period ends: 2026-04 is due 2026-05-05, 2026-Q1 is due 2026-04-05.'

async function checkedRecord (db: Db, input: Partial<ObligationCreate>, cadence: string): Promise<Partial<ObligationRecord>> {
  const codes = [input.reporter, input.recipient].filter((c): c is string => c !== undefined)
  const unknown = await unknownCodes(db, codes, 'agency')
  if (unknown.length > 0) throw new BadRequest(`unknown agency code ${unknown.join(', ')}`)
  for (const key of ['startPeriod', 'endPeriod'] as const) {
    const period = input[key]
    if (period != null && cadenceOf(period) !== cadence) throw new BadRequest(`${key} ${period} does not match the ${cadence} cadence`)
  }
  if (input.taskId != null && await db.selectFrom('task').select('id').where('id', '=', input.taskId).executeTakeFirst() === undefined) {
    throw new BadRequest(`taskId ${input.taskId}: no such task`)
  }
  const group = input.reporter === undefined ? undefined : await db.selectFrom('workingGroup').select('id').where('code', '=', input.reporter).executeTakeFirst()
  const record: Partial<ObligationRecord> = {
    reporterCode: input.reporter, workingGroupId: input.reporter === undefined ? undefined : group?.id ?? null, recipientCode: input.recipient,
    startPeriod: input.startPeriod, endPeriod: input.endPeriod, dueDay: input.dueDay, taskId: input.taskId, note: input.note
  }
  for (const key of Object.keys(record) as Array<keyof ObligationRecord>) if (record[key] === undefined) delete record[key]
  return record
}

const obligationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/reporting-obligations', {
    config: { access: 'read' },
    schema: { tags, summary: 'List reporting obligations', operationId: 'listReportingObligations', querystring: ObligationQuery, response: { 200: ObligationPage, ...problems(400) } }
  }, async (request) => {
    const rows = await listObligations(app.db, request.query, afterIdOf(request.query.cursor), request.query.limit)
    const items = rows.slice(0, request.query.limit)
    return { items, nextCursor: rows.length > items.length ? encodeCursor([items.at(-1)?.id]) : null }
  })

  app.get('/reporting-obligations/:id', {
    config: { access: 'read', etag: true },
    schema: { tags, summary: 'Get a reporting obligation', description: DUE_DAY, operationId: 'getReportingObligation', params: IdParams, response: { 200: Type.Ref('ReportingObligation'), ...problems(400, 404) } }
  }, async (request, reply) => {
    const obligation = await findObligation(app.db, request.params.id)
    return reply.header('etag', etagOf(obligation.version)).send(obligation)
  })

  app.get('/reporting-obligations/:id/periods', {
    config: { access: 'read' },
    schema: {
      tags, summary: 'The periods of an obligation and where each stands', operationId: 'getReportingObligationPeriods',
      description: `Every period from the obligation's start that has begun as of \`asOf\` (default today), oldest first, \`limit\` to a page; periods lie in the years 2000 to 2100, so an obligation has at most 1,212. ${DUE_DAY}`,
      params: IdParams, querystring: PeriodsQuery, response: { 200: PeriodPage, ...problems(400, 404) }
    }
  }, async (request) => {
    const obligation = await findObligation(app.db, request.params.id)
    const asOf = request.query.asOf ?? app.today()
    const after = request.query.cursor === undefined ? undefined : readCursor(request.query.cursor, ['text'])[0]
    if (after !== undefined && cadenceOf(after) !== obligation.cadence) throw new BadRequest('cursor is not one this API issued')
    const periods = begunPeriods(obligation.startPeriod, obligation.endPeriod, asOf).filter((period) => after === undefined || period > after)
    const page = periods.slice(0, request.query.limit)
    const reports = new Map((await reportsOf(app.db, [obligation.id])).map((r) => [r.period, r]))
    const items = page.map((period) => {
      const due = dueOn(period, obligation.dueDay)
      const report = reports.get(period)
      const submitted = report?.firstSubmittedOn ?? null
      const state = submitted !== null ? (submitted <= due ? 'on_time' : 'late') : (due < asOf ? 'missing' : 'not_due')
      const daysLate = state === 'late' ? daysBetween(due, submitted ?? due) : state === 'missing' ? daysBetween(due, asOf) : 0
      return { period, dueOn: due, state, daysLate, reportId: report?.id ?? null, status: report?.status ?? null } as const
    })
    return { items, nextCursor: periods.length > page.length ? encodeCursor([page.at(-1)]) : null }
  })

  app.post('/reporting-obligations', {
    config: { access: 'secretariat', etag: true },
    schema: { tags, summary: 'Create a reporting obligation', description: DUE_DAY, operationId: 'createReportingObligation', body: ObligationCreate, response: { 201: Type.Ref('ReportingObligation'), ...problems(400, 413, 415) } }
  }, async (request, reply) => {
    const record = await checkedRecord(app.db, request.body, request.body.cadence)
    const id = await writeTransaction(app.db, actorOf(request), async (trx) => await insertObligation(trx, {
      recipientCode: DEFAULT_RECIPIENT, endPeriod: null, taskId: null, note: null, ...record, cadence: request.body.cadence
    } as ObligationRecord))
    const obligation = await findObligation(app.db, id)
    return reply.code(201).header('location', `/v1/reporting-obligations/${id}`).header('etag', etagOf(obligation.version)).send(obligation)
  })

  app.patch('/reporting-obligations/:id', {
    config: { access: 'secretariat', etag: true },
    schema: {
      tags, summary: 'Change a reporting obligation (If-Match required)', description: DUE_DAY, operationId: 'updateReportingObligation',
      params: IdParams, headers: IfMatchHeaders, body: ObligationUpdate, response: { 200: Type.Ref('ReportingObligation'), ...problems(400, 404, 412, 413, 415, 428) }
    }
  }, async (request, reply) => {
    const condition = versionCondition(request.headers['if-match'])
    const current = await findObligation(app.db, request.params.id)
    const version = condition.check(current.version)
    const record = await checkedRecord(app.db, request.body, current.cadence)
    const start = record.startPeriod ?? current.startPeriod
    const end = record.endPeriod === undefined ? current.endPeriod : record.endPeriod
    if (end !== null && end < start) throw new BadRequest(`endPeriod ${end} is before startPeriod ${start}`)
    await writeTransaction(app.db, actorOf(request), async (trx) => {
      if (!await updateObligation(trx, current.id, version, record)) throw staleVersion(condition)
    })
    const obligation = await findObligation(app.db, current.id)
    return reply.header('etag', etagOf(obligation.version)).send(obligation)
  })

  app.post('/tasks/:id/reporting-obligations', {
    config: { access: 'secretariat' },
    schema: {
      tags, summary: 'Create the reporting obligations of a recurring task', operationId: 'deriveReportingObligations',
      description: 'For a task with a monthly or quarterly recurrence: the working group it sets up reports (from the month it is due to be set up), otherwise each lead agency named directly (from the period its notice was issued in), to the Standing Board (TTBCD). Obligations that exist are kept; answers all of the task\'s obligations.',
      params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('ReportingObligation')) }), ...problems(400, 404) }
    }
  }, async (request) => {
    return { items: await writeTransaction(app.db, actorOf(request), async (trx) => await deriveObligations(trx, request.params.id)) }
  })
}

export default obligationRoutes
