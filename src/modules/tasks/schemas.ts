import { Type, type Static } from 'typebox'
import type { DeadlineKind } from '../../db/schema.js'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Page, Timestamp } from '../../shared/schemas.js'

/** The most a task's content may hold; the importer refuses to write a longer one. */
export const MAX_TASK_CONTENT = 20000

export const TIMELINESS = ['done_on_time', 'done_late', 'done_undated', 'open_in_time', 'open_overdue', 'open_undated'] as const
export const Timeliness = Type.Enum(TIMELINESS, {
  description: 'Against today in Asia/Ho_Chi_Minh: done on time / late / without deadline; open within the deadline / overdue / without deadline'
})
export type Timeliness = Static<typeof Timeliness>

export const DEADLINE_KINDS = ['date', 'month', 'quarter', 'half', 'year', 'none'] as const satisfies readonly DeadlineKind[]
export const Deadline = Type.Object({
  kind: Type.Enum(DEADLINE_KINDS),
  dueOn: Type.Union([IsoDate, Type.Null()], { description: 'Last day to complete; null when kind is none' }),
  text: Type.Union([Type.String({ maxLength: 500 }), Type.Null()], { description: 'The phrase as the notice prints it' })
}, { $id: 'Deadline', additionalProperties: false })
export type Deadline = Static<typeof Deadline>

export const Recurrence = Type.Union([Type.Enum(['monthly', 'quarterly', 'yearly']), Type.Null()])

export const TaskReference = Type.Object({
  documentNumber: Type.String({ maxLength: 60, description: 'The referenced document, kept by number even when it is not in the system' }),
  taskRef: Type.Union([Type.String({ maxLength: 60 }), Type.Null()], { description: 'A point of that document, e.g. 4.b' }),
  taskId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'The referenced task when that document and point are in the system' }))
}, { additionalProperties: false })

const REF_DESCRIPTION = 'Path as printed: section "4", point "4.d" (Vietnamese letters, so "1.đ"), item "4.d.(1)", the Nth dash bullet "3.c.-N", the Nth plus bullet "…+N"'

const taskFields = {
  ref: Type.String({ minLength: 1, maxLength: 60, pattern: '^\\S+$', description: REF_DESCRIPTION, examples: ['1.b.(1)'] }),
  label: Type.String({ maxLength: 20, description: 'The marker as printed: "1.", "a)", "(1)", "-", "+"' }),
  content: Type.String({ minLength: 1, maxLength: MAX_TASK_CONTENT }),
  recurrence: Recurrence
}

export const Task = Type.Object({
  id: Id,
  noticeId: Id,
  noticeNumber: Type.String(),
  parentId: Type.Union([Id, Type.Null()]),
  ...taskFields,
  leadAgencies: Type.Array(Type.Ref('AgencyRef')),
  coordinatingAgencies: Type.Array(Type.Ref('AgencyRef')),
  leadGroups: Type.Array(Type.Ref('AgencyRef')),
  coordinatingGroups: Type.Array(Type.Ref('AgencyRef')),
  directingAgencies: Type.Array(Type.Ref('AgencyRef'), { description: 'Agencies that direct the lead ("X chỉ đạo Y chủ trì": X)' }),
  deadline: Type.Union([Type.Ref('Deadline'), Type.Null()]),
  references: Type.Array(TaskReference),
  timeliness: Type.Union([Timeliness, Type.Null()], { description: 'Rolled up from the lead assignments: overdue if any lead is, done when all are; null when the task has no lead' }),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp
}, { $id: 'Task' })
export type Task = Static<typeof Task>

export const TaskNode = Type.Object({
  task: Type.Ref('Task'),
  children: Type.Array(Type.Ref('TaskNode'))
}, { $id: 'TaskNode' })
/** Static reads a $ref as unknown: the node with its references resolved. */
export interface TaskNode { task: Task, children: TaskNode[] }

export const TaskHistoryEntry = Type.Object({
  id: Id,
  assignmentId: Type.Union([Id, Type.Null()]),
  occurredAt: Timestamp,
  action: Type.String(),
  actor: Type.String(),
  changes: Type.Unknown()
})
export type TaskHistoryEntry = Static<typeof TaskHistoryEntry>

export const PARTY_KEYS = ['leadAgencies', 'coordinatingAgencies', 'leadGroups', 'coordinatingGroups', 'directingAgencies'] as const

const partyInputs = {
  leadAgencies: Type.Optional(Type.Array(AgencyCode, { maxItems: 100, uniqueItems: true })),
  coordinatingAgencies: Type.Optional(Type.Array(AgencyCode, { maxItems: 100, uniqueItems: true })),
  leadGroups: Type.Optional(Type.Array(AgencyCode, { maxItems: 20, uniqueItems: true })),
  coordinatingGroups: Type.Optional(Type.Array(AgencyCode, { maxItems: 20, uniqueItems: true })),
  directingAgencies: Type.Optional(Type.Array(AgencyCode, { maxItems: 20, uniqueItems: true }))
}

const DeadlineInput = Type.Object({
  kind: Type.Enum(DEADLINE_KINDS),
  dueOn: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()]),
  text: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()]))
}, { additionalProperties: false })

const deadlineInputs = {
  deadline: Type.Optional(Type.Union([DeadlineInput, Type.Null()])),
  deadlineText: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'Instead of deadline: the Vietnamese phrase, read by the deadline reader ("Hoàn thành trong quý II/2026")' })),
  references: Type.Optional(Type.Array(Type.Object({
    documentNumber: Type.String({ minLength: 3, maxLength: 60 }),
    taskRef: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()]))
  }, { additionalProperties: false }), { maxItems: 50 }))
}

export const TaskCreate = Type.Object({
  parentId: Type.Optional(Type.Union([Id, Type.Null()])),
  ...taskFields,
  recurrence: Type.Optional(Recurrence),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  ...partyInputs,
  ...deadlineInputs
}, { additionalProperties: false })
export type TaskCreate = Static<typeof TaskCreate>

export const TaskUpdate = Type.Object({
  label: Type.Optional(taskFields.label),
  content: Type.Optional(taskFields.content),
  recurrence: Type.Optional(Recurrence),
  ...partyInputs,
  ...deadlineInputs
}, { additionalProperties: false, minProperties: 1 })
export type TaskUpdate = Static<typeof TaskUpdate>
/** A task's parties by code, each role given. */
export type Parties = Required<Pick<TaskCreate, typeof PARTY_KEYS[number]>>

export const TaskWrite = Type.Object({
  task: Type.Ref('Task'),
  warnings: Type.Array(Type.String(), { description: 'What the deadline reader could not read, kept as text' })
})

export const TaskListQuery = Type.Object({
  noticeId: Type.Optional(Id),
  agency: Type.Optional(AgencyCode),
  role: Type.Optional(Type.Enum(['lead', 'coordinating'], { description: 'With agency: only tasks where it has this role' })),
  timeliness: Type.Optional(Timeliness),
  dueBefore: Type.Optional(IsoDate),
  dueAfter: Type.Optional(IsoDate),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Accent-insensitive search over ref and content' })),
  updatedSince: Type.Optional(Timestamp),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type TaskListQuery = Static<typeof TaskListQuery>
/** The list's filters without its paging, shared with the CSV export. */
export type TaskFilter = Omit<TaskListQuery, 'limit' | 'cursor'>

export const TaskPage = Page(Type.Ref('Task'))
