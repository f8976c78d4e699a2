import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Page, Timestamp } from '../../../shared/schemas.js'
import { Nullable, Period, Text } from '../schemas.js'

export const Cadence = Type.Enum(['monthly', 'quarterly'])
const DueDay = Type.Integer({ minimum: 1, maximum: 28, description: 'Day of the month after the period ends on which its report is due (default 5)' })

export const ReportingObligation = Type.Object({
  id: Id,
  reporter: Type.Ref('AgencyRef'),
  workingGroupCode: Nullable(AgencyCode),
  recipient: Type.Ref('AgencyRef'),
  cadence: Cadence,
  startPeriod: Period,
  endPeriod: Nullable(Period),
  dueDay: DueDay,
  task: Nullable(Type.Ref('TaskLink')),
  note: Nullable(Type.String()),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp
}, { $id: 'ReportingObligation', description: 'Who reports to whom, how often, from which period, and the task that asks for it' })
export type ReportingObligation = Static<typeof ReportingObligation>

export const ObligationCreate = Type.Object({
  reporter: AgencyCode,
  recipient: Type.Optional(AgencyCode),
  cadence: Cadence,
  startPeriod: Period,
  endPeriod: Type.Optional(Nullable(Period)),
  dueDay: Type.Optional(DueDay),
  taskId: Type.Optional(Nullable(Id)),
  note: Type.Optional(Nullable(Text(5000)))
}, { additionalProperties: false })
export type ObligationCreate = Static<typeof ObligationCreate>

export const ObligationUpdate = Type.Object({
  recipient: Type.Optional(AgencyCode),
  startPeriod: Type.Optional(Period),
  endPeriod: Type.Optional(Nullable(Period)),
  dueDay: Type.Optional(DueDay),
  note: Type.Optional(Nullable(Text(5000)))
}, { additionalProperties: false, minProperties: 1 })
export type ObligationUpdate = Static<typeof ObligationUpdate>

export const ObligationQuery = Type.Object({
  reporter: Type.Optional(AgencyCode),
  taskId: Type.Optional(Id),
  cadence: Type.Optional(Cadence),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type ObligationQuery = Static<typeof ObligationQuery>

export const PeriodsQuery = Type.Object({
  asOf: Type.Optional(IsoDate),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type PeriodsQuery = Static<typeof PeriodsQuery>

export const PeriodState = Type.Object({
  period: Period,
  dueOn: IsoDate,
  state: Type.Enum(['on_time', 'late', 'missing', 'not_due'], { description: 'missing: due date passed with no submitted report; not_due: not submitted, due date not passed' }),
  daysLate: Type.Integer({ minimum: 0, description: 'late: submitted that many days after the due date; missing: days since it' }),
  reportId: Nullable(Id),
  status: Nullable(Type.String())
})
export type PeriodState = Static<typeof PeriodState>

export const ObligationPage = Page(Type.Ref('ReportingObligation'))
export const PeriodPage = Page(PeriodState)
