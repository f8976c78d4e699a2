import type { Db } from '../../db/database.js'
import { BadRequest, Conflict, InvalidField, namingFields } from '../../shared/errors.js'
import type { VersionCondition } from '../../shared/versioning.js'
import type { ObligationRow } from './obligations.js'
import { cadenceOf, daysBetween, dueOn, duePeriods, periodStart } from './periods.js'
import { findReport, insertReport, insertRevision, replaceRevisionContent, reportsOf, setReportState, setRevisionState, type ReportRow } from './repository.js'
import type { ReportContent, ReportCreate, ReportUpdate } from './schemas.js'

const EMPTY: ReportContent = { summary: '', taskResults: [], productProgress: [], indicators: [], difficulties: [], proposals: [] }
const CONTENT_KEYS = Object.keys(EMPTY) as Array<keyof ReportContent>

/** A 400 that names the field, like a schema validation failure. */
function fieldError (field: string, message: string): Error {
  return namingFields(new InvalidField(`body ${field} ${message}`), [{ in: 'body', field, message }])
}

/** The period must be of the obligation's cadence, within its range, and have begun. */
export function checkPeriod (obligation: ObligationRow, period: string, today: string): void {
  if (cadenceOf(period) !== obligation.cadence) {
    throw new BadRequest(`period ${period} does not match the obligation's ${obligation.cadence} cadence (${obligation.cadence === 'monthly' ? 'YYYY-MM' : 'YYYY-Qn'})`)
  }
  if (period < obligation.startPeriod) throw new BadRequest(`period ${period} is before the obligation starts (${obligation.startPeriod})`)
  if (obligation.endPeriod !== null && period > obligation.endPeriod) throw new BadRequest(`period ${period} is after the obligation ends (${obligation.endPeriod})`)
  if (periodStart(period) > today) throw new BadRequest(`period ${period} is in the future (today is ${today})`)
}

/** Tasks must exist; indicators must be registered, and take the register's name and unit. */
async function checkedContent (db: Db, content: ReportContent): Promise<ReportContent> {
  const taskIds = [...new Set(content.taskResults.map((r) => r.taskId))]
  if (taskIds.length > 0) {
    const found = new Set((await db.selectFrom('task').select('id').where('id', 'in', taskIds).execute()).map((t) => t.id))
    const missing = taskIds.filter((id) => !found.has(id))
    if (missing.length > 0) throw fieldError('/taskResults', `unknown task id ${missing.join(', ')}`)
  }
  const codes = content.indicators.map((i) => i.code)
  if (new Set(codes).size !== codes.length) throw fieldError('/indicators', 'an indicator is reported twice')
  const register = codes.length === 0 ? [] : await db.selectFrom('indicator').select(['code', 'name', 'unit']).where('code', 'in', codes).execute()
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

export async function createReport (trx: Db, obligation: ObligationRow, input: ReportCreate, author: string, today: string): Promise<number> {
  checkPeriod(obligation, input.period, today)
  const existing = await trx.selectFrom('report').select('id').where('obligationId', '=', obligation.id).where('period', '=', input.period).executeTakeFirst()
  if (existing !== undefined) throw new Conflict(`obligation ${obligation.id} already has report ${existing.id} for ${input.period}; correct that one`)
  const { period: _period, ...fields } = input
  return await insertReport(trx, { obligationId: obligation.id, period: input.period }, await checkedContent(trx, merged(EMPTY, fields)), author)
}

async function locked (trx: Db, id: number, condition: VersionCondition): Promise<ReportRow> {
  await trx.selectFrom('report').select('id').where('id', '=', id).forUpdate().execute()
  const report = await findReport(trx, id)
  condition.check(report.version)
  return report
}

/** A draft is edited in place; a returned report gets a new revision (the correction); a submitted one is never edited. */
export async function editReport (trx: Db, id: number, condition: VersionCondition, input: ReportUpdate, author: string): Promise<void> {
  const report = await locked(trx, id, condition)
  const content = await checkedContent(trx, merged(report.content, input))
  if (report.status === 'draft') {
    await replaceRevisionContent(trx, id, report.revision, content, author)
    await setReportState(trx, id, { status: 'draft' })
  } else if (report.status === 'returned') {
    await insertRevision(trx, id, report.revision + 1, content, author)
    await setReportState(trx, id, { status: 'draft', revision: report.revision + 1 })
  } else {
    throw new Conflict(`report ${id} is ${report.status}: a submitted report is never edited in place; the Standing Office returns it, then a correction makes a new revision`)
  }
}

export async function submitReport (trx: Db, id: number, condition: VersionCondition, today: string): Promise<void> {
  const report = await locked(trx, id, condition)
  if (report.status !== 'draft') throw new Conflict(`report ${id} is ${report.status}; only a draft (a new report or a correction) can be submitted`)
  if (report.content.summary.trim() === '') throw fieldError('/summary', 'must not be empty to submit the report')
  await setRevisionState(trx, id, report.revision, { status: 'submitted', submittedOn: today, submittedAt: new Date() })
  await setReportState(trx, id, { status: 'submitted', ...(report.firstSubmittedOn === null ? { firstSubmittedOn: today } : {}) })
}

export async function reviewReport (trx: Db, id: number, condition: VersionCondition, decision: 'accepted' | 'returned', reviewer: string, reason?: string): Promise<void> {
  const report = await locked(trx, id, condition)
  if (report.status !== 'submitted') throw new Conflict(`report ${id} is ${report.status}; only a submitted report can be ${decision}`)
  await setRevisionState(trx, id, report.revision, { status: decision, reviewedAt: new Date(), reviewedBy: reviewer, ...(reason === undefined ? {} : { returnReason: reason }) })
  await setReportState(trx, id, { status: decision })
}

export interface MissingItem { obligationId: number, reporter: ObligationRow['reporter'], period: string, dueOn: string, daysLate: number, reportId: number | null, status: ReportRow['status'] | null }

/** Per obligation, the periods due before `asOf` that have no report ever submitted (a draft may exist). */
export async function missingReports (db: Db, obligations: ObligationRow[], asOf: string): Promise<MissingItem[]> {
  const reports = new Map((await reportsOf(db, obligations.map((o) => o.id))).map((r) => [`${r.obligationId} ${r.period}`, r]))
  return obligations.flatMap((obligation) => duePeriods(obligation.startPeriod, obligation.endPeriod, obligation.dueDay, asOf).flatMap((period) => {
    const report = reports.get(`${obligation.id} ${period}`)
    if (report?.firstSubmittedOn != null) return []
    const due = dueOn(period, obligation.dueDay)
    return [{ obligationId: obligation.id, reporter: obligation.reporter, period, dueOn: due, daysLate: daysBetween(due, asOf), reportId: report?.id ?? null, status: report?.status ?? null }]
  }))
}
