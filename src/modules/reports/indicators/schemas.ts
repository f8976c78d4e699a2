import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Page } from '../../../shared/schemas.js'
import { Nullable, Period, ReportStatus } from '../schemas.js'

const indicatorFields = {
  code: AgencyCode,
  name: Type.String({ minLength: 1, maxLength: 500 }),
  unit: Type.String({ minLength: 1, maxLength: 60 }),
  kind: Type.Enum(['strategic', 'operational']),
  direction: Type.Enum(['higher', 'lower'], { description: 'Which way is better' }),
  source: Type.Optional(Nullable(Type.String({ maxLength: 500, description: 'The document and point that asks for it' })))
}
export const Indicator = Type.Object(indicatorFields, { $id: 'Indicator' })
export const IndicatorCreate = Type.Object(indicatorFields, { additionalProperties: false })
export type Indicator = Static<typeof IndicatorCreate>

export const IndicatorQuery = Type.Object({ limit: Limit, cursor: Type.Optional(Cursor) }, { additionalProperties: false })

export const SeriesQuery = Type.Object({
  agency: Type.Optional(AgencyCode),
  from: Type.Optional(Period),
  to: Type.Optional(Period),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type SeriesQuery = Static<typeof SeriesQuery>

export const SeriesPoint = Type.Object({
  agency: Type.Ref('AgencyRef'),
  period: Period,
  periodEnd: IsoDate,
  value: Type.Number(),
  reportId: Id,
  status: ReportStatus
})

export const IndicatorPage = Page(Type.Ref('Indicator'))
export const CodeParams = Type.Object({ code: AgencyCode }, { additionalProperties: false })
