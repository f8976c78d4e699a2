import type { Db, Trx } from '../../../db/database.js'
import { writeTransaction } from '../../../db/transaction.js'
import { BadRequest, NotFound } from '../../../shared/errors.js'
import type { Actor } from '../../../shared/principal.js'
import { definedOnly, pageOf, readCursor } from '../../../shared/schemas.js'
import type { VersionCondition } from '../../../shared/versioning.js'
import { unknownCodes } from '../../agencies/repository.js'
import { daysBetween } from '../../../shared/dates.js'
import { begunPeriods, cadenceOf, dueOn, periodOf, withinRange, type Cadence } from '../periods.js'
import { reportsOf, unknownTaskIds } from '../repository.js'
import {
  findObligation, groupEstablishedBy, insertObligation, insertObligationsIfAbsent, leadAgencyCodes, listObligations, lockObligation, taskToDerive,
  updateObligation, workingGroupIdOf, type ObligationView
} from './repository.js'
import type { ObligationCreate, ObligationUpdate, PeriodState, PeriodsQuery } from './schemas.js'

/** The Standing Board of the Steering Committee, to whom "định kỳ … báo cáo Thường trực Ban Chỉ đạo" reports go. */
export const DEFAULT_RECIPIENT = 'TTBCD'

async function check (db: Db, input: Partial<ObligationCreate>, cadence: string): Promise<void> {
  const unknown = await unknownCodes(db, [input.reporter, input.recipient].filter((c): c is string => c !== undefined), 'agency')
  if (unknown.length > 0) throw new BadRequest(`unknown agency code ${unknown.join(', ')}`)
  for (const key of ['startPeriod', 'endPeriod'] as const) {
    const period = input[key]
    if (period != null && cadenceOf(period) !== cadence) throw new BadRequest(`${key} ${period} does not match the ${cadence} cadence`)
  }
  if (input.taskId != null && (await unknownTaskIds(db, [input.taskId])).length > 0) throw new BadRequest(`taskId ${input.taskId}: no such task`)
}

async function obligation (db: Db, id: number): Promise<ObligationView> {
  const found = await findObligation(db, id)
  if (found === undefined) throw new NotFound('reporting obligation', String(id))
  return found
}

export async function createObligation (db: Db, actor: Actor, input: ObligationCreate): Promise<ObligationView> {
  return await writeTransaction(db, actor, async (trx) => {
    await check(trx, input, input.cadence)
    const id = await insertObligation(trx, {
      reporterCode: input.reporter, workingGroupId: await workingGroupIdOf(trx, input.reporter) ?? null, recipientCode: input.recipient ?? DEFAULT_RECIPIENT,
      cadence: input.cadence, startPeriod: input.startPeriod, endPeriod: input.endPeriod ?? null, dueDay: input.dueDay, taskId: input.taskId ?? null, note: input.note ?? null
    })
    return await obligation(trx, id)
  })
}

export async function editObligation (db: Db, actor: Actor, id: number, condition: VersionCondition, input: ObligationUpdate): Promise<ObligationView> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await lockObligation(trx, id)
    if (current === undefined) throw new NotFound('reporting obligation', String(id))
    condition.check(current.version)
    await check(trx, input, current.cadence)
    const start = input.startPeriod ?? current.startPeriod
    const end = input.endPeriod === undefined ? current.endPeriod : input.endPeriod
    if (end !== null && end < start) throw new BadRequest(`endPeriod ${end} is before startPeriod ${start}`)
    await updateObligation(trx, id, definedOnly({ recipientCode: input.recipient, startPeriod: input.startPeriod, endPeriod: input.endPeriod, dueDay: input.dueDay, note: input.note }))
    return await obligation(trx, id)
  })
}

/**
 * The obligations a recurring task creates. A task that sets up a working group (its
 * establishedBy) is reported on by that group, from the month it is due to be set up; any other
 * task by each of its lead agencies named directly (not the members of a lead group), from the
 * period its notice was issued in (within FIRST_YEAR … LAST_YEAR). Existing ones are kept; returns the task's obligations.
 */
export async function deriveObligations (trx: Trx, taskId: number): Promise<ObligationView[]> {
  const task = await taskToDerive(trx, taskId)
  if (task === undefined) throw new NotFound('task', String(taskId))
  if (task.recurrence !== 'monthly' && task.recurrence !== 'quarterly') throw new BadRequest(`task ${taskId} has no monthly or quarterly recurrence (it has ${task.recurrence ?? 'none'})`)
  const cadence: Cadence = task.recurrence
  const group = await groupEstablishedBy(trx, taskId)
  await insertObligationsIfAbsent(trx, group !== undefined
    ? [{
        reporterCode: group.code, workingGroupId: group.id, recipientCode: group.reportsToCode ?? DEFAULT_RECIPIENT, cadence,
        startPeriod: withinRange(periodOf(group.activeFrom ?? task.dueOn ?? task.issuedOn, cadence)), endPeriod: null, taskId, note: null
      }]
    : (await leadAgencyCodes(trx, taskId)).map((reporterCode) => ({
        reporterCode, workingGroupId: null, recipientCode: DEFAULT_RECIPIENT, cadence, startPeriod: withinRange(periodOf(task.issuedOn, cadence)), endPeriod: null, taskId, note: null
      })))
  return await listObligations(trx, { taskId })
}

export async function deriveTaskObligations (db: Db, actor: Actor, taskId: number): Promise<ObligationView[]> {
  return await writeTransaction(db, actor, async (trx) => await deriveObligations(trx, taskId))
}

/** A period's report is on time or late by its first submission; without one it is missing once due, else not yet due. */
function periodState (period: string, dueDay: number, report: { id: number, status: string, firstSubmittedOn: string | null } | undefined, asOf: string): PeriodState {
  const due = dueOn(period, dueDay)
  const submitted = report?.firstSubmittedOn ?? null
  const state = submitted !== null ? (submitted <= due ? 'on_time' : 'late') : (due < asOf ? 'missing' : 'not_due')
  const daysLate = state === 'late' ? daysBetween(due, submitted ?? due) : state === 'missing' ? daysBetween(due, asOf) : 0
  return { period, dueOn: due, state, daysLate, reportId: report?.id ?? null, status: report?.status ?? null }
}

export async function obligationPeriods (db: Db, id: number, query: PeriodsQuery, today: string): Promise<{ items: PeriodState[], nextCursor: string | null }> {
  const found = await obligation(db, id)
  const asOf = query.asOf ?? today
  const after = query.cursor === undefined ? undefined : readCursor(query.cursor, ['text'])[0]
  if (after !== undefined && cadenceOf(after) !== found.cadence) throw new BadRequest('cursor is not one this API issued')
  const periods = begunPeriods(found.startPeriod, found.endPeriod, asOf).filter((period) => after === undefined || period > after)
  const { items, nextCursor } = pageOf(periods, query.limit, (last) => [last])
  const reports = new Map((await reportsOf(db, [found.id])).map((r) => [r.period, r]))
  return { items: items.map((period) => periodState(period, found.dueDay, reports.get(period), asOf)), nextCursor }
}
