import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Page, Timestamp } from '../../shared/schemas.js'

// Years 2000 to 2100 (FIRST_YEAR … LAST_YEAR in periods.ts): a period outside them is a typo, and would make lists of periods endless.
export const Period = Type.String({ pattern: '^(20\\d\\d|2100)-(0[1-9]|1[0-2]|Q[1-4])$', description: 'YYYY-MM for a monthly obligation, YYYY-Qn for a quarterly one; years 2000 to 2100', examples: ['2026-04', '2026-Q2'] })
export const Text = (maxLength: number) => Type.String({ maxLength })
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

export const ReportTimeliness = Type.Enum(['on_time', 'late'], { description: 'By the first submission date against the due date' })
export const ReportStatus = Type.Enum(['draft', 'submitted', 'accepted', 'returned'])

const TaskResult = Type.Object({
  taskId: Id,
  status: Type.Enum(['done', 'in_progress', 'not_started', 'blocked']),
  note: Text(5000)
}, { additionalProperties: false })
const ProductProgress = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 60, description: 'Strategic technology or product code, as the catalogue names it' }),
  kind: Type.Enum(['technology', 'product']),
  name: Type.Optional(Text(500)),
  percent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  note: Text(5000)
}, { additionalProperties: false })
const IndicatorValue = Type.Object({
  code: AgencyCode,
  name: Type.Optional(Text(500)),
  value: Type.Number(),
  unit: Type.Optional(Text(60))
}, { additionalProperties: false, description: 'A value of a registered indicator for the period; name and unit come from the register' })

const contentFields = {
  summary: Text(20000),
  taskResults: Type.Array(TaskResult, { maxItems: 500 }),
  productProgress: Type.Array(ProductProgress, { maxItems: 200 }),
  indicators: Type.Array(IndicatorValue, { maxItems: 200 }),
  difficulties: Type.Array(Text(5000), { maxItems: 100, description: 'Vướng mắc' }),
  proposals: Type.Array(Text(5000), { maxItems: 100, description: 'Kiến nghị' })
}
export const ReportContent = Type.Object(contentFields, { $id: 'ReportContent' })
export type ReportContent = Static<typeof ReportContent>

const optionalContent = Object.fromEntries(Object.entries(contentFields).map(([key, schema]) => [key, Type.Optional(schema)])) as {
  [K in keyof typeof contentFields]: ReturnType<typeof Type.Optional<(typeof contentFields)[K]>>
}
export const ReportCreate = Type.Object({ period: Period, ...optionalContent }, { additionalProperties: false })
export type ReportCreate = Static<typeof ReportCreate>
export const ReportUpdate = Type.Object(optionalContent, { additionalProperties: false, minProperties: 1 })
export type ReportUpdate = Static<typeof ReportUpdate>

export const Report = Type.Object({
  id: Id,
  obligationId: Id,
  reporter: Type.Ref('AgencyRef'),
  period: Period,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  dueOn: IsoDate,
  status: ReportStatus,
  revision: Type.Integer({ minimum: 1, description: 'The current revision; earlier ones stay readable' }),
  firstSubmittedOn: Nullable(IsoDate),
  timeliness: Nullable(ReportTimeliness),
  returnReason: Nullable(Type.String({ description: 'Why the Standing Office returned the last submitted revision, while a correction is pending' })),
  content: Type.Ref('ReportContent'),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp
}, { $id: 'Report' })
export type Report = Static<typeof Report>

export const ReportRevision = Type.Object({
  revision: Type.Integer({ minimum: 1 }),
  status: ReportStatus,
  content: Type.Ref('ReportContent'),
  author: Type.String(),
  createdAt: Timestamp,
  submittedOn: Nullable(IsoDate),
  reviewedAt: Nullable(Timestamp),
  reviewedBy: Nullable(Type.String()),
  returnReason: Nullable(Type.String())
})
export type ReportRevision = Static<typeof ReportRevision>

export const ReportQuery = Type.Object({
  reporter: Type.Optional(AgencyCode),
  obligationId: Type.Optional(Id),
  status: Type.Optional(ReportStatus),
  timeliness: Type.Optional(ReportTimeliness),
  from: Type.Optional(Period),
  to: Type.Optional(Period),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type ReportQuery = Static<typeof ReportQuery>

export const MissingQuery = Type.Object({
  asOf: Type.Optional(IsoDate),
  reporter: Type.Optional(AgencyCode),
  obligationId: Type.Optional(Id),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type MissingQuery = Static<typeof MissingQuery>

export const MissingReport = Type.Object({
  obligationId: Id,
  reporter: Type.Ref('AgencyRef'),
  period: Period,
  dueOn: IsoDate,
  daysLate: Type.Integer({ minimum: 1 }),
  reportId: Nullable(Id),
  status: Nullable(ReportStatus)
})
export type MissingReport = Static<typeof MissingReport>

export const ReturnBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false })

export const ReportPage = Page(Type.Ref('Report'))
