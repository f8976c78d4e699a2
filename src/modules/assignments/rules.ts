import { DoneOnOutOfRange, Forbidden } from '../../shared/errors.js'
import type { Actor } from '../../shared/principal.js'
import { daysBetween } from '../../shared/dates.js'

export interface DoneOnBounds { assignedOn: string, issuedOn: string, noticeNumber: string }

/** doneOn lies between the day the assignment began (never before its notice) and today. */
export function checkDoneOn (doneOn: string, bounds: DoneOnBounds, today: string): void {
  if (doneOn > today) throw new DoneOnOutOfRange(`doneOn ${doneOn} is in the future (today is ${today})`)
  if (doneOn < bounds.issuedOn) {
    throw new DoneOnOutOfRange(`doneOn ${doneOn} is before notice ${bounds.noticeNumber} was issued (${bounds.issuedOn}): a task cannot be done before it was given`)
  }
  if (doneOn < bounds.assignedOn) {
    throw new DoneOnOutOfRange(`doneOn ${doneOn} is before the assignment existed (the agency was added to the task on ${bounds.assignedOn})`)
  }
}

const ranks = (actor: Actor): boolean => actor.principal?.role === 'reporter'

/**
 * A reporter's date further back than the window waits for the Standing Office; the Standing
 * Office and admins are the reviewers, so a date they record is taken as reviewed.
 */
export function reviewOf (actor: Actor, doneOn: string, today: string, backdateDays: number): 'pending' | null {
  return ranks(actor) && daysBetween(doneOn, today) > backdateDays ? 'pending' : null
}

/**
 * Cancelling takes an assignment out of the ranking, and undoing a cancellation puts one back:
 * both are the Standing Office's decision, not the ranked agency's.
 */
export function assertMayChangeCancellation (actor: Actor, from: string, to: string): void {
  if (!ranks(actor)) return
  if (to === 'cancelled') throw new Forbidden('only the Standing Office (secretariat) or an admin may cancel an assignment; ask it to')
  if (from === 'cancelled') throw new Forbidden('only the Standing Office (secretariat) or an admin may bring back a cancelled assignment')
}
