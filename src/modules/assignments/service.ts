import type { Db, Trx } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { BadRequest, Conflict, NotFound, Unprocessable } from '../../shared/errors.js'
import { actorName, assertActsFor, type Actor } from '../../shared/principal.js'
import type { VersionCondition } from '../../shared/versioning.js'
import { recordHistory } from '../tasks/repository.js'
import { assignmentForWrite, findAssignment, lockAssignment, recordProgressIfCurrent, setAssignmentState, type LockedAssignment } from './repository.js'
import { assertMayChangeCancellation, checkDoneOn, reviewOf } from './rules.js'
import type { Assignment, AssignmentChange, AssignmentReview, ProgressUpdate, ProgressUpdateCreate } from './schemas.js'

/** What a done date is judged against: today, and how far back a reporter may date one unreviewed. */
export interface DoneOnPolicy { today: string, backdateDays: number }

async function locked (trx: Trx, id: number): Promise<LockedAssignment> {
  const current = await lockAssignment(trx, id)
  if (current === undefined) throw new NotFound('assignment', String(id))
  return current
}

async function readBack (trx: Trx, id: number, today: string): Promise<Assignment> {
  const assignment = await findAssignment(trx, id, today)
  if (assignment === undefined) throw new NotFound('assignment', String(id))
  return assignment
}

/**
 * An update with doneOn also marks the assignment done on that day. The busiest write of the API,
 * so it is two round trips rather than a transaction's four: the assignment is read and the request
 * checked against it, then one statement writes everything if the assignment is still the version
 * read (recordProgressIfCurrent). When another write came between, the report is made again the
 * careful way, in a transaction holding the assignment's lock, so it waits rather than fails.
 */
export async function reportProgress (db: Db, actor: Actor, id: number, input: ProgressUpdateCreate, { today, backdateDays }: DoneOnPolicy): Promise<ProgressUpdate> {
  const { percent, note, evidence = [], doneOn } = input
  const author = input.author ?? actorName(actor)
  if (doneOn !== undefined && percent !== 100) throw new BadRequest('an update that marks the assignment done (doneOn) must report percent 100')
  const report = async (on: Db, current: LockedAssignment | undefined): Promise<ProgressUpdate | undefined> => {
    if (current === undefined) throw new NotFound('assignment', String(id))
    assertActsFor(actor, current.agencyCode)
    if (current.state === 'cancelled') throw new Conflict('the assignment is cancelled; reopen it before reporting progress')
    if (doneOn !== undefined) checkDoneOn(doneOn, current, today)
    const doneOnReview = doneOn === undefined ? null : reviewOf(actor, doneOn, today, backdateDays)
    return await recordProgressIfCurrent(on, actor, current.version,
      { assignmentId: id, percent, note, evidence, author, doneOn: doneOn ?? null },
      doneOn === undefined ? undefined : { doneOn, doneReportedOn: today, doneOnReview },
      {
        action: doneOn === undefined ? 'progress_reported' : 'assignment_done',
        actor: actorName(actor),
        changes: { percent, note, evidence, author, doneOn: doneOn ?? null, ...(doneOnReview === null ? {} : { doneOnReview }) }
      })
  }
  const written = await report(db, await assignmentForWrite(db, id))
  if (written !== undefined) return written
  return await writeTransaction(db, actor, async (trx) => {
    const locked = await report(trx, await lockAssignment(trx, id))
    if (locked === undefined) throw new Error(`assignment ${id} changed under its lock`)
    return locked
  })
}

export async function changeState (db: Db, actor: Actor, id: number, condition: VersionCondition, { state, doneOn }: AssignmentChange, { today, backdateDays }: DoneOnPolicy): Promise<Assignment> {
  if (state === 'done' && doneOn === undefined) throw new BadRequest('doneOn is required to mark an assignment done')
  if (state !== 'done' && doneOn !== undefined) throw new BadRequest('doneOn is only for state done')
  return await writeTransaction(db, actor, async (trx) => {
    const current = await locked(trx, id)
    assertActsFor(actor, current.agencyCode)
    assertMayChangeCancellation(actor, current.state, state)
    condition.check(current.version)
    if (doneOn !== undefined) checkDoneOn(doneOn, current, today)
    const doneOnReview = doneOn === undefined ? null : reviewOf(actor, doneOn, today, backdateDays)
    await setAssignmentState(trx, id, doneOn === undefined ? { state } : { state, doneOn, doneReportedOn: today, doneOnReview, progressPercent: 100 })
    await recordHistory(trx, {
      taskId: current.taskId,
      assignmentId: id,
      action: `assignment_${state}`,
      actor: actorName(actor),
      changes: { before: { state: current.state, doneOn: current.doneOn }, after: { state, doneOn: doneOn ?? null, doneOnReview } }
    })
    return await readBack(trx, id, today)
  })
}

/** The Standing Office's word on a backdated done date: confirmed it stands, rejected it becomes the day it was reported. */
export async function reviewDoneOn (db: Db, actor: Actor, id: number, condition: VersionCondition, { decision, reason }: AssignmentReview, today: string): Promise<Assignment> {
  if (decision === 'reject' && reason === undefined) throw new Unprocessable('a rejection needs a reason')
  return await writeTransaction(db, actor, async (trx) => {
    const current = await locked(trx, id)
    condition.check(current.version)
    if (current.doneOnReview !== 'pending' || current.doneOn === null) throw new Conflict(`assignment ${id} has no done date waiting for review`)
    if (decision === 'confirm') checkDoneOn(current.doneOn, current, today)
    const reported = current.doneReportedOn ?? current.doneOn
    await setAssignmentState(trx, id, decision === 'confirm' ? { doneOnReview: 'confirmed' } : { doneOn: reported, doneOnReview: 'rejected' })
    await recordHistory(trx, {
      taskId: current.taskId,
      assignmentId: id,
      action: `done_on_${decision}ed`,
      actor: actorName(actor),
      changes: { claimedDoneOn: current.doneOn, reportedOn: reported, reason: reason ?? null }
    })
    return await readBack(trx, id, today)
  })
}
