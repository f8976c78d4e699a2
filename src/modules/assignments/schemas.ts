import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Timestamp } from '../../shared/schemas.js'
import { Timeliness } from '../tasks/schemas.js'

export const DoneOnReview = Type.Enum(['pending', 'confirmed', 'rejected'])

export const Assignment = Type.Object({
  id: Id,
  taskId: Id,
  agency: Type.Ref('AgencyRef'),
  role: Type.Enum(['lead', 'coordinating']),
  viaGroup: Type.Union([Type.Ref('AgencyRef'), Type.Null()], { description: 'The group this assignment was fanned out from, if any' }),
  state: Type.Enum(['open', 'done', 'cancelled']),
  doneOn: Type.Union([IsoDate, Type.Null()], { description: 'The day the agency says the work was done: not before assignedOn, not after the day it was reported' }),
  doneReportedOn: Type.Union([IsoDate, Type.Null()], { description: 'The day doneOn was reported (null while not done, and for dates recorded before this was kept)' }),
  doneOnReview: Type.Union([DoneOnReview, Type.Null()], {
    description: 'null: the date needs no review (reported within the backdating window, or recorded by the Standing Office or an admin). ' +
      'pending: a reporter named a date more than DONE_ON_BACKDATE_DAYS before the day it reported it; until the Standing Office confirms it, the public ranking counts doneReportedOn instead. ' +
      'confirmed: the Standing Office accepted the date. rejected: it did not, and doneOn was set to doneReportedOn (the claimed date stays in the history)'
  }),
  assignedOn: Type.String({ format: 'date', description: 'The first day a doneOn may name: the day the notice was issued for an assignment made with its task, else the day the agency was added to the task (Asia/Ho_Chi_Minh)' }),
  progressPercent: Type.Integer({ minimum: 0, maximum: 100 }),
  dueOn: Type.Union([IsoDate, Type.Null()], { description: "The task's due date" }),
  timeliness: Type.Union([Timeliness, Type.Null()], { description: 'null when cancelled' }),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp
}, { $id: 'Assignment' })
export type Assignment = Static<typeof Assignment>

export const ProgressUpdate = Type.Object({
  id: Id,
  assignmentId: Id,
  reportedAt: Timestamp,
  percent: Type.Integer({ minimum: 0, maximum: 100 }),
  note: Type.String(),
  evidence: Type.Array(Type.String()),
  author: Type.String(),
  doneOn: Type.Union([IsoDate, Type.Null()])
}, { $id: 'ProgressUpdate' })
export type ProgressUpdate = Static<typeof ProgressUpdate>

export const ProgressUpdateCreate = Type.Object({
  percent: Type.Integer({ minimum: 0, maximum: 100 }),
  note: Type.String({ minLength: 1, maxLength: 10000 }),
  evidence: Type.Optional(Type.Array(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 }), { maxItems: 20, description: 'Links to documents that show the progress' })),
  author: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The person who reports; defaults to the API key\'s name' })),
  doneOn: Type.Optional(IsoDate)
}, { additionalProperties: false, description: 'With doneOn the assignment is marked done on that day (percent must be 100)' })
export type ProgressUpdateCreate = Static<typeof ProgressUpdateCreate>

export const AssignmentChange = Type.Object({
  state: Type.Enum(['open', 'done', 'cancelled'], { description: 'done needs doneOn; open reopens a done assignment, or a cancelled one (Standing Office or admin only); cancelled: Standing Office or admin only' }),
  doneOn: Type.Optional(IsoDate)
}, { additionalProperties: false })
export type AssignmentChange = Static<typeof AssignmentChange>

export const ProgressUpdateParams = Type.Object({ id: Id, updateId: Id }, { additionalProperties: false })

export const AssignmentReview = Type.Object({
  decision: Type.Enum(['confirm', 'reject'], { description: 'confirm keeps doneOn; reject replaces it with doneReportedOn' }),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'Why; required to reject' }))
}, { additionalProperties: false })
export type AssignmentReview = Static<typeof AssignmentReview>

export const AssignmentListQuery = Type.Object({
  doneOnReview: Type.Optional(DoneOnReview),
  agency: Type.Optional(AgencyCode),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type AssignmentListQuery = Static<typeof AssignmentListQuery>
