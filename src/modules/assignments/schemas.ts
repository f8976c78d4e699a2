import { Type, type Static } from 'typebox'
import { Id, IsoDate, Timestamp } from '../../shared/schemas.js'
import { Timeliness } from '../tasks/schemas.js'

export const Assignment = Type.Object({
  id: Id,
  taskId: Id,
  agency: Type.Ref('AgencyRef'),
  role: Type.Enum(['lead', 'coordinating']),
  viaGroup: Type.Union([Type.Ref('AgencyRef'), Type.Null()], { description: 'The group this assignment was fanned out from, if any' }),
  state: Type.Enum(['open', 'done', 'cancelled']),
  doneOn: Type.Union([IsoDate, Type.Null()]),
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
  state: Type.Enum(['open', 'done', 'cancelled'], { description: 'done needs doneOn; open reopens a done or cancelled assignment' }),
  doneOn: Type.Optional(IsoDate)
}, { additionalProperties: false })
export type AssignmentChange = Static<typeof AssignmentChange>

export const AssignmentParams = Type.Object({ id: Id }, { additionalProperties: false })
