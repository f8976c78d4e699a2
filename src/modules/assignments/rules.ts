import createError from '@fastify/error'
import type { FastifyRequest } from 'fastify'
import { Forbidden } from '../../shared/errors.js'
import { daysBetween } from '../reports/periods.js'

// A done date moves the agency's public ranking, so the agency that ranks cannot name any day it likes.
export const DoneOnOutOfRange = createError('NQ57_DONE_ON_OUT_OF_RANGE', '%s', 400)

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

const ranks = (request: FastifyRequest): boolean => request.principal?.role === 'reporter'

/**
 * A reporter's date further back than the window waits for the Standing Office; the Standing
 * Office and admins are the reviewers, so a date they record is taken as reviewed.
 */
export function reviewOf (request: FastifyRequest, doneOn: string, today: string, backdateDays: number): 'pending' | null {
  return ranks(request) && daysBetween(doneOn, today) > backdateDays ? 'pending' : null
}

/**
 * Cancelling takes an assignment out of the ranking, and undoing a cancellation puts one back:
 * both are the Standing Office's decision, not the ranked agency's.
 */
export function assertMayChangeCancellation (request: FastifyRequest, from: string, to: string): void {
  if (!ranks(request)) return
  if (to === 'cancelled') throw new Forbidden('only the Standing Office (secretariat) or an admin may cancel an assignment; ask it to')
  if (from === 'cancelled') throw new Forbidden('only the Standing Office (secretariat) or an admin may bring back a cancelled assignment')
}
