import type { Db, Trx } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { BadRequest, Conflict, InvalidField, namingFields, NotFound } from '../../shared/errors.js'
import { actorName, assertActsFor, type Actor } from '../../shared/principal.js'
import type { VersionCondition } from '../../shared/versioning.js'
import { registeredIndicators } from './indicators/repository.js'
import { listObligations, lockObligation } from './obligations/repository.js'
import { daysBetween } from '../../shared/dates.js'
import { cadenceOf, dueOn, duePeriods, periodStart } from './periods.js'
import {
  findReport, insertReport, insertRevision, lockReport, replaceRevisionContent, reportIdFor, reportsOf, setReportState, setRevisionState, unknownTaskIds,
  type ReportView
} from './repository.js'
import type { MissingQuery, MissingReport, ReportContent, ReportCreate, ReportUpdate } from './schemas.js'

const EMPTY: ReportContent = { summary: '', taskResults: [], productProgress: [], indicators: [], difficulties: [], proposals: [] }
const CONTENT_KEYS = Object.keys(EMPTY) as Array<keyof ReportContent>

/** A 400 that names the field, like a schema validation failure. */
function fieldError (field: string, message: string): Error {
  return namingFields(new InvalidField(`body ${field} ${message}`), [{ in: 'body', field, message }])
}

type Obligation = NonNullable<Awaited<ReturnType<typeof lockObligation>>>

/** The period must be of the obligation's cadence, within its range, and have begun. */
function checkPeriod (obligation: Obligation, period: string, today: string): void {
  if (cadenceOf(period) !== obligation.cadence) {
    throw new BadRequest(`period ${period} does not match the obligation's ${obligation.cadence} cadence (${obligation.cadence === 'monthly' ? 'YYYY-MM' : 'YYYY-Qn'})`)
  }
  if (period < obligation.startPeriod) throw new BadRequest(`period ${period} is before the obligation starts (${obligation.startPeriod})`)
  if (obligation.endPeriod !== null && period > obligation.endPeriod) throw new BadRequest(`period ${period} is after the obligation ends (${obligation.endPeriod})`)
  if (periodStart(period) > today) throw new BadRequest(`period ${period} is in the future (today is ${today})`)
}

/** Tasks must exist; indicators must be registered, and take the register's name and unit. */
async function checkedContent (db: Db, content: ReportContent): Promise<ReportContent> {
  const missing = await unknownTaskIds(db, [...new Set(content.taskResults.map((r) => r.taskId))])
  if (missing.length > 0) throw fieldError('/taskResults', `unknown task id ${missing.join(', ')}`)
  const codes = content.indicators.map((i) => i.code)
  if (new Set(codes).size !== codes.length) throw fieldError('/indicators', 'an indicator is reported twice')
  const register = await registeredIndicators(db, codes)
  const indicators = content.indicators.map((value, index) => {
    const known = register.find((i) => i.code === value.code)
    if (known === undefined) throw fieldError(`/indicators/${index}/code`, `${value.code} is not in the indicators register`)
    if (value.unit !== undefined && value.unit !== known.unit) throw fieldError(`/indicators/${index}/unit`, `${value.code} is measured in ${known.unit}, not ${value.unit}`)
    return { code: known.code, name: known.name, value: value.value, unit: known.unit }
  })
  return { ...content, indicators }
}

function merged (base: ReportContent, input: ReportUpdate): ReportContent {
  const content = { ...base }
  for (const key of CONTENT_KEYS) if (input[key] !== undefined) Object.assign(content, { [key]: input[key] })
  return content
}

async function report (db: Db, id: number): Promise<ReportView> {
  const found = await findReport(db, id)
  if (found === undefined) throw new NotFound('report', String(id))
  return found
}

async function locked (trx: Trx, id: number): Promise<ReportView> {
  await lockReport(trx, id)
  return await report(trx, id)
}

export async function createReport (db: Db, actor: Actor, obligationId: number, input: ReportCreate, today: string): Promise<ReportView> {
  return await writeTransaction(db, actor, async (trx) => {
    // Locked so that two drafts of one period cannot both pass the check below.
    const obligation = await lockObligation(trx, obligationId)
    if (obligation === undefined) throw new NotFound('reporting obligation', String(obligationId))
    assertActsFor(actor, obligation.reporterCode)
    checkPeriod(obligation, input.period, today)
    const existing = await reportIdFor(trx, obligationId, input.period)
    if (existing !== undefined) throw new Conflict(`obligation ${obligationId} already has report ${existing} for ${input.period}; correct that one`)
    const { period, ...fields } = input
    const id = await insertReport(trx, { obligationId, period }, await checkedContent(trx, merged(EMPTY, fields)), actorName(actor))
    return await report(trx, id)
  })
}

/** A draft is edited in place; a returned report gets a new revision (the correction); a submitted one is never edited. */
export async function editReport (db: Db, actor: Actor, id: number, condition: VersionCondition, input: ReportUpdate): Promise<ReportView> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await locked(trx, id)
    assertActsFor(actor, current.reporterCode)
    condition.check(current.version)
    const content = await checkedContent(trx, merged(current.content, input))
    if (current.status === 'draft') {
      await replaceRevisionContent(trx, id, current.revision, content, actorName(actor))
      await setReportState(trx, id, { status: 'draft' })
    } else if (current.status === 'returned') {
      await insertRevision(trx, id, current.revision + 1, content, actorName(actor))
      await setReportState(trx, id, { status: 'draft', revision: current.revision + 1 })
    } else {
      throw new Conflict(`report ${id} is ${current.status}: a submitted report is never edited in place; the Standing Office returns it, then a correction makes a new revision`)
    }
    return await report(trx, id)
  })
}

export async function submitReport (db: Db, actor: Actor, id: number, condition: VersionCondition, today: string): Promise<ReportView> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await locked(trx, id)
    assertActsFor(actor, current.reporterCode)
    condition.check(current.version)
    if (current.status !== 'draft') throw new Conflict(`report ${id} is ${current.status}; only a draft (a new report or a correction) can be submitted`)
    if (current.content.summary.trim() === '') throw fieldError('/summary', 'must not be empty to submit the report')
    await setRevisionState(trx, id, current.revision, { status: 'submitted', submittedOn: today, submittedAt: new Date() })
    await setReportState(trx, id, { status: 'submitted', ...(current.firstSubmittedOn === null ? { firstSubmittedOn: today } : {}) })
    return await report(trx, id)
  })
}

export async function reviewReport (db: Db, actor: Actor, id: number, condition: VersionCondition, decision: 'accepted' | 'returned', reason?: string): Promise<ReportView> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await locked(trx, id)
    condition.check(current.version)
    if (current.status !== 'submitted') throw new Conflict(`report ${id} is ${current.status}; only a submitted report can be ${decision}`)
    await setRevisionState(trx, id, current.revision, { status: decision, reviewedAt: new Date(), reviewedBy: actorName(actor), ...(reason === undefined ? {} : { returnReason: reason }) })
    await setReportState(trx, id, { status: decision })
    return await report(trx, id)
  })
}

/** Per obligation, the periods due before `asOf` that have no report ever submitted (a draft may exist). */
export async function missingReports (db: Db, query: Pick<MissingQuery, 'reporter' | 'obligationId'>, asOf: string): Promise<MissingReport[]> {
  const obligations = await listObligations(db, { reporter: query.reporter, obligationId: query.obligationId })
  const reports = new Map((await reportsOf(db, obligations.map((o) => o.id))).map((r) => [`${r.obligationId} ${r.period}`, r]))
  return obligations.flatMap((obligation) => duePeriods(obligation.startPeriod, obligation.endPeriod, obligation.dueDay, asOf).flatMap((period) => {
    const report = reports.get(`${obligation.id} ${period}`)
    if (report?.firstSubmittedOn != null) return []
    const due = dueOn(period, obligation.dueDay)
    return [{ obligationId: obligation.id, reporter: obligation.reporter, period, dueOn: due, daysLate: daysBetween(due, asOf), reportId: report?.id ?? null, status: report?.status ?? null }]
  }))
}
