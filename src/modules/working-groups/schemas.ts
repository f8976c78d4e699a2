import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Page, Timestamp } from '../../shared/schemas.js'

export const MemberRole = Type.Enum(['chair', 'member', 'standing'], { description: 'chair (Tổ trưởng), member (thành viên), standing (thường trực)' })

export const TaskLink = Type.Object({
  taskId: Id,
  noticeNumber: Type.String(),
  ref: Type.String(),
  dueOn: Type.Union([IsoDate, Type.Null()], { description: 'The task\'s deadline' })
}, { $id: 'TaskLink', description: 'A task of a notice, by id with its notice and printed ref' })

export const WorkingGroup = Type.Object({
  id: Id,
  code: AgencyCode,
  name: Type.String(),
  chair: Type.Union([Type.String(), Type.Null()], { description: 'Position of the chair, e.g. Phó Thủ tướng Chính phủ' }),
  establishedBy: Type.Union([Type.Ref('TaskLink'), Type.Null()], { description: 'The task that sets the group up' }),
  reportsTo: Type.Union([Type.Ref('AgencyRef'), Type.Null()]),
  members: Type.Array(Type.Object({
    agency: Type.Ref('AgencyRef'),
    role: MemberRole,
    position: Type.Union([Type.String(), Type.Null()], { description: 'Who sits for the agency, e.g. Bộ trưởng' })
  })),
  activeFrom: Type.Union([IsoDate, Type.Null()], { description: 'null while not yet set up' }),
  activeTo: Type.Union([IsoDate, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp
}, { $id: 'WorkingGroup' })
export type WorkingGroup = Static<typeof WorkingGroup>

const MemberInput = Type.Object({
  agency: AgencyCode,
  role: MemberRole,
  position: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()]))
}, { additionalProperties: false })
export type MemberInput = Static<typeof MemberInput>

const fields = {
  name: Type.String({ minLength: 1, maxLength: 500 }),
  chair: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
  establishedByTaskId: Type.Optional(Type.Union([Id, Type.Null()])),
  reportsTo: Type.Optional(Type.Union([AgencyCode, Type.Null()])),
  members: Type.Optional(Type.Array(MemberInput, { maxItems: 200 })),
  activeFrom: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  activeTo: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  note: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()]))
}

export const WorkingGroupCreate = Type.Object({
  code: AgencyCode,
  ...fields
}, { additionalProperties: false })
export type WorkingGroupCreate = Static<typeof WorkingGroupCreate>

export const WorkingGroupUpdate = Type.Object({ ...fields, name: Type.Optional(fields.name) }, { additionalProperties: false, minProperties: 1 })
export type WorkingGroupUpdate = Static<typeof WorkingGroupUpdate>

export const WorkingGroupQuery = Type.Object({
  member: Type.Optional(AgencyCode),
  activeOn: Type.Optional(IsoDate),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type WorkingGroupQuery = Static<typeof WorkingGroupQuery>

export const WorkingGroupPage = Page(Type.Ref('WorkingGroup'))
export const WorkingGroupParams = Type.Object({ code: AgencyCode }, { additionalProperties: false })
