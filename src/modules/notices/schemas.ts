import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Page, Timestamp } from '../../shared/schemas.js'

const NoticeNumber = Type.String({
  minLength: 3,
  maxLength: 60,
  description: 'Party style "17-TB/CQTTBCĐ" or State style "1131/QĐ-TTg", "21/2026/QĐ-TTg", "66.7/2025/NQ-CP"',
  examples: ['17-TB/CQTTBCĐ']
})

export const Notice = Type.Object({
  id: Id,
  number: Type.String(),
  kind: Type.String({ description: 'Document kind read from the number: TB, BC, CV, QĐ, NQ, CTr, KH, …' }),
  issuedOn: IsoDate,
  issuer: Type.Ref('AgencyRef'),
  title: Type.String(),
  summary: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(['active', 'withdrawn'], { description: 'withdrawn notices keep their tasks and history but are no longer in force' }),
  taskCount: Type.Integer({ minimum: 0 }),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp
}, { $id: 'Notice' })
export type Notice = Static<typeof Notice>

export const NoticeCreate = Type.Object({
  number: NoticeNumber,
  issuedOn: IsoDate,
  issuer: AgencyCode,
  title: Type.String({ minLength: 1, maxLength: 1000 }),
  summary: Type.Optional(Type.Union([Type.String({ maxLength: 20000 }), Type.Null()]))
}, { additionalProperties: false })
export type NoticeCreate = Static<typeof NoticeCreate>

export const NoticeUpdate = Type.Object({
  number: Type.Optional(NoticeNumber),
  issuedOn: Type.Optional(IsoDate),
  issuer: Type.Optional(AgencyCode),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  summary: Type.Optional(Type.Union([Type.String({ maxLength: 20000 }), Type.Null()]))
}, { additionalProperties: false, minProperties: 1 })
export type NoticeUpdate = Static<typeof NoticeUpdate>

export const NoticeListQuery = Type.Object({
  kind: Type.Optional(Type.String({ maxLength: 10 })),
  issuer: Type.Optional(AgencyCode),
  issuedFrom: Type.Optional(IsoDate),
  issuedTo: Type.Optional(IsoDate),
  number: Type.Optional(Type.String({ maxLength: 60 })),
  status: Type.Optional(Type.Enum(['active', 'withdrawn'])),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Accent-insensitive search over number, title and summary' })),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type NoticeListQuery = Static<typeof NoticeListQuery>

export const NoticePage = Page(Type.Ref('Notice'))
