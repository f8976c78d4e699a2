import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Page, Timestamp } from '../../shared/schemas.js'

export const SOURCES = ['central', 'local', 'other_public', 'non_state'] as const
export const FIELDS = ['science_technology', 'innovation', 'digital_transformation'] as const
/** The figures a line goes through, in order, as the API names them. */
export const FIGURES = ['registered', 'estimate', 'allocated', 'disbursed', 'carriedOver'] as const
export type FigureName = typeof FIGURES[number]
export const FIGURE_COLUMNS: Record<FigureName, string> = { registered: 'registered', estimate: 'estimate', allocated: 'allocated', disbursed: 'disbursed', carriedOver: 'carried_over' }

export const MAX_AMOUNT_DIGITS = 18
export const Amount = Type.String({
  pattern: `^(0|[1-9][0-9]{0,${MAX_AMOUNT_DIGITS - 1}})$`,
  description: 'Whole đồng, as a string of digits (exact at any size, which a JSON number is not in every language): no sign, no separators, no decimals, at most 18 digits',
  examples: ['12500000000']
})
const SignedAmount = Type.String({ pattern: '^-?(0|[1-9][0-9]*)$', description: 'Whole đồng as a string of digits; negative when more was allocated than estimated' })

const FiscalYear = Type.Integer({ minimum: 2000, maximum: 2100, examples: [2026] })
export const Source = Type.Enum(SOURCES, { description: 'Budget source (nguồn vốn): central budget (ngân sách trung ương), local budget (ngân sách địa phương), other public funds (nguồn công khác), non-state (ngoài nhà nước)' })
export const Field = Type.Enum(FIELDS, { description: 'Field (lĩnh vực): science and technology (khoa học và công nghệ), innovation (đổi mới sáng tạo), digital transformation (chuyển đổi số)' })
const Title = Type.String({ minLength: 1, maxLength: 1000, description: 'What the money is for (nội dung)', examples: ['Nhiệm vụ phát triển mô hình ngôn ngữ lớn tiếng Việt'] })
const Programme = Type.String({ minLength: 1, maxLength: 500, description: 'The programme the line belongs to, by name or number', examples: ['Chương trình KC.01/21-30'] })
export const ExternalId = Type.String({ minLength: 1, maxLength: 100, pattern: '^[\\x21-\\x7e]+$', description: "The sending system's own id of the line (printable ASCII, no spaces): unique per sender, it is what a batch upserts by", examples: ['BTC-2026-000123'] })
const OverrideReason = Type.String({ minLength: 1, maxLength: 1000, description: 'Why disbursed may exceed allocated on this line (e.g. an advance, tạm ứng); required, and audited, whenever a write leaves disbursed above allocated' })

const Figure = Type.Object({
  amount: Amount,
  asOf: Type.Union([IsoDate, Type.Null()], { description: 'The date the amount holds from; null while the figure was never written (amount 0)' })
}, { additionalProperties: false })

export const FundingLine = Type.Object({
  id: Id,
  version: Type.Integer({ minimum: 1 }),
  fiscalYear: FiscalYear,
  agencyCode: AgencyCode,
  source: Source,
  field: Field,
  title: Type.String(),
  taskId: Type.Union([Id, Type.Null()]),
  assignmentId: Type.Union([Id, Type.Null()]),
  noticeId: Type.Union([Id, Type.Null()], { description: "The linked task's notice" }),
  technologyId: Type.Union([Id, Type.Null()], { description: 'The strategic technology of the catalogue (the linked product\'s, when a product is linked)' }),
  productId: Type.Union([Id, Type.Null()]),
  programme: Type.Union([Type.String(), Type.Null()]),
  senderCode: Type.String({ description: 'Who sent the line, and so whose ids externalId is in: `integration:<agency>` for a ministry\'s system, `reporter:<agency>` for an agency\'s reporters, `secretariat` for the Standing Office and admins', examples: ['integration:BTC'] }),
  externalId: Type.Union([Type.String(), Type.Null()]),
  asOf: IsoDate,
  figures: Type.Object({
    registered: Figure, estimate: Figure, allocated: Figure, disbursed: Figure, carriedOver: Figure
  }, { additionalProperties: false, description: 'Each figure as it stood on `asOf`: registered need (nhu cầu đăng ký), estimate (dự toán), allocated (phân bổ), disbursed (giải ngân), carried over to the next year (chuyển nguồn)' }),
  unallocated: SignedAmount,
  overrideReason: Type.Union([Type.String(), Type.Null()], { description: 'The reason in force for disbursed above allocated (null when it is not)' }),
  createdAt: Timestamp,
  updatedAt: Timestamp
}, { $id: 'FundingLine', additionalProperties: false })
export type FundingLine = Static<typeof FundingLine>

const amountFields = {
  registered: Type.Optional(Amount), estimate: Type.Optional(Amount), allocated: Type.Optional(Amount), disbursed: Type.Optional(Amount), carriedOver: Type.Optional(Amount)
}
const linkFields = {
  taskId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'A task the line funds: the line\'s agency must have an assignment on it' })),
  assignmentId: Type.Optional(Type.Union([Id, Type.Null()], { description: "The line's agency's own assignment it funds (sets taskId)" })),
  technologyId: Type.Optional(Type.Union([Id, Type.Null()])),
  productId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'A product of the catalogue (sets technologyId to its technology)' })),
  programme: Type.Optional(Type.Union([Programme, Type.Null()]))
}
// What describes a line, each optional where a line already exists (a batch line, a PATCH).
const descriptionFields = {
  fiscalYear: Type.Optional(FiscalYear),
  agencyCode: Type.Optional(AgencyCode),
  source: Type.Optional(Source),
  field: Type.Optional(Field),
  title: Type.Optional(Title)
}
const writeFields = {
  asOf: Type.Optional(IsoDate),
  overrideReason: Type.Optional(OverrideReason)
}

/** One line of a batch, as JSON or as a CSV record with these column names. */
export const FundingBatchLine = Type.Object({
  externalId: ExternalId,
  ...descriptionFields,
  ...linkFields,
  ...amountFields,
  ...writeFields
}, { additionalProperties: false })
export type FundingBatchLine = Static<typeof FundingBatchLine>

export const FundingLineCreate = Type.Object({
  fiscalYear: FiscalYear,
  agencyCode: AgencyCode,
  source: Source,
  field: Field,
  title: Title,
  externalId: Type.Optional(ExternalId),
  ...linkFields,
  ...amountFields,
  ...writeFields
}, {
  additionalProperties: false,
  examples: [{ fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'science_technology', title: 'Nhiệm vụ phát triển mô hình ngôn ngữ lớn tiếng Việt', taskId: 12, registered: '45000000000' }]
})
export type FundingLineCreate = Static<typeof FundingLineCreate>

export const FundingLineUpdate = Type.Object({
  ...descriptionFields,
  ...linkFields,
  ...amountFields,
  ...writeFields
}, { additionalProperties: false, minProperties: 1, examples: [{ allocated: '30000000000', disbursed: '12000000000', asOf: '2026-06-30' }] })
export type FundingLineUpdate = Static<typeof FundingLineUpdate>

export const MAX_BATCH_LINES = 100_000
export const FundingBatchBody = Type.Object({
  lines: Type.Array(FundingBatchLine, { minItems: 1, maxItems: MAX_BATCH_LINES })
}, {
  additionalProperties: false,
  examples: [{ lines: [{ externalId: 'BTC-2026-000123', fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'science_technology', title: 'Dự toán chi sự nghiệp khoa học và công nghệ', estimate: '120000000000', allocated: '90000000000', disbursed: '30500000000', asOf: '2026-06-30' }] }]
})
export type FundingBatchBody = Static<typeof FundingBatchBody>

export const BatchQuery = Type.Object({
  dryRun: Type.Boolean({ default: true, description: 'true (default): report what would change and write nothing; false: write it all, or nothing' })
}, { additionalProperties: false })

const FieldChange = Type.Object({
  field: Type.String({ description: 'The field or figure, as named in the batch' }),
  from: Type.Union([Type.String(), Type.Integer(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Integer(), Type.Null()]),
  asOf: Type.Optional(IsoDate)
}, { additionalProperties: false })

const LineChange = Type.Object({
  row: Type.Integer({ minimum: 1, description: 'The line\'s position in the batch, from 1 (in CSV the header is not counted)' }),
  externalId: Type.Union([Type.String(), Type.Null()]),
  lineId: Type.Union([Id, Type.Null()], { description: 'null for a line a dry run would create' }),
  operation: Type.Enum(['create', 'update']),
  changes: Type.Array(FieldChange, { description: 'For an update: each field that changes, and each figure that gains a value (from: its value on that date)' })
}, { additionalProperties: false })

export const BatchResult = Type.Object({
  dryRun: Type.Boolean(),
  received: Type.Integer({ minimum: 0 }),
  created: Type.Integer({ minimum: 0 }),
  updated: Type.Integer({ minimum: 0 }),
  unchanged: Type.Integer({ minimum: 0 }),
  lines: Type.Array(LineChange, { description: 'Every line that is (or would be) created or changed, in batch order; unchanged lines are only counted' })
}, { additionalProperties: false })
export type BatchResult = Static<typeof BatchResult>

const filters = {
  fiscalYear: Type.Optional(FiscalYear),
  agency: Type.Optional(AgencyCode),
  source: Type.Optional(Source),
  field: Type.Optional(Field),
  taskId: Type.Optional(Id),
  noticeId: Type.Optional(Id),
  technologyId: Type.Optional(Id),
  productId: Type.Optional(Id),
  asOf: Type.Optional(IsoDate)
}
export const FundingFilter = Type.Object(filters, { additionalProperties: false })
export type FundingFilter = Static<typeof FundingFilter>

export const FundingLineQuery = Type.Object({ ...filters, limit: Limit, cursor: Type.Optional(Cursor) }, { additionalProperties: false })
export type FundingLineQuery = Static<typeof FundingLineQuery>
export const FundingLinePage = Page(Type.Ref('FundingLine'))

export const FundingLineParams = Type.Object({ id: Id })
export const AsOfQuery = Type.Object({ asOf: Type.Optional(IsoDate) }, { additionalProperties: false })

export const FigureEntry = Type.Object({
  figure: Type.Enum(FIGURES),
  amount: Amount,
  asOf: IsoDate,
  recordedAt: Timestamp,
  actorName: Type.String(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  overrideReason: Type.Union([Type.String(), Type.Null()])
}, { additionalProperties: false })
export const FigureHistory = Type.Object({ items: Type.Array(FigureEntry) })

export const GROUPINGS = ['agency', 'field', 'source', 'notice', 'technology', 'fiscalYear'] as const
export type Grouping = typeof GROUPINGS[number]
export const TotalsQuery = Type.Object({ ...filters, groupBy: Type.Enum(GROUPINGS, { default: 'agency' }) }, { additionalProperties: false })
export type TotalsQuery = Static<typeof TotalsQuery>

const Rate = Type.Union([Type.Number({ minimum: 0 }), Type.Null()])
const Total = Type.String({ pattern: '^(0|[1-9][0-9]*)$', description: 'Whole đồng as a string of digits: a sum, exact at any size' })
const Sums = {
  lines: Type.Integer({ minimum: 0 }),
  registered: Total,
  estimate: Total,
  allocated: Total,
  disbursed: Total,
  carriedOver: Total,
  unallocated: SignedAmount,
  allocationRate: Rate,
  disbursementRate: Rate
}
const TotalsGroup = Type.Object({
  key: Type.Union([Type.String(), Type.Null()], { description: 'The group: agency code, field, source, notice number, technology code or fiscal year; null for lines without a notice or technology' }),
  name: Type.Union([Type.String(), Type.Null()], { description: 'The agency\'s or technology\'s Vietnamese name' }),
  ...Sums
}, { additionalProperties: false })
export const FundingTotals = Type.Object({
  groupBy: Type.Enum(GROUPINGS),
  asOf: IsoDate,
  groups: Type.Array(TotalsGroup),
  total: Type.Object(Sums, { additionalProperties: false })
}, { additionalProperties: false })
export type FundingTotals = Static<typeof FundingTotals>
