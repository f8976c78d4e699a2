import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Timestamp } from '../../shared/schemas.js'

export const CatalogueCode = Type.String({ pattern: '^[A-Z0-9][A-Z0-9._-]*$', maxLength: 60, description: 'Stable code within an edition', examples: ['T1131-AI'] })
export const TechGroup = Type.Union([Type.Literal(1), Type.Literal(2), Type.Null()], { description: '1: sectors with markets (enterprises lead); 2: new growth drivers and autonomy (the State leads); null: not yet classified' })
export const InvestmentMode = Type.Union([Type.Literal('push'), Type.Literal('pull'), Type.Null()], { description: 'Group 2 only: push (thúc đẩy: labs, chief engineers, basic research) or pull (kéo: State orders products with detailed specs)' })
const Qualifier = Type.Enum(['~', '>', '≥', '<', '≤', '='], { description: 'How the figure was stated: ~65% is "about", >50% is "more than"' })
const DecisionNumber = Type.String({ minLength: 3, maxLength: 60, examples: ['1131/QĐ-TTg'] })

export const CatalogueEdition = Type.Object({
  id: Id,
  number: Type.String({ description: 'The decision that issued the edition, e.g. 1131/QĐ-TTg' }),
  title: Type.String(),
  issuedOn: IsoDate,
  effectiveFrom: IsoDate,
  effectiveTo: Type.Union([IsoDate, Type.Null()], { description: 'First day it is no longer in force (the next edition\'s effectiveFrom); null while in force' }),
  declaredTechnologyCount: Type.Union([Type.Integer(), Type.Null()], { description: 'How many technology groups the decision lists' }),
  declaredProductCount: Type.Union([Type.Integer(), Type.Null()]),
  technologyCount: Type.Integer({ description: 'How many are loaded here; fewer than declared until the rest is bulk-loaded' }),
  productCount: Type.Integer(),
  source: Type.String()
}, { $id: 'CatalogueEdition' })
export type CatalogueEdition = Static<typeof CatalogueEdition>

export const ProductFact = Type.Object({
  metric: Type.Enum(['core_technology_mastery', 'localisation', 'domestic_value_added', 'domestic_market_share', 'other']),
  qualifier: Qualifier,
  value: Type.Number(),
  unit: Type.String({ maxLength: 40, examples: ['%'] }),
  asOf: IsoDate,
  source: Type.String({ minLength: 1, maxLength: 1000 }),
  note: Type.Optional(Type.String({ maxLength: 1000 }))
}, { additionalProperties: false })

export const ProductTarget = Type.Object({
  metric: Type.Enum(['mastery', 'core_technology_mastery', 'domestic_market_share_and_export', 'domestic_value_added', 'other']),
  description: Type.String({ minLength: 1, maxLength: 1000 }),
  qualifier: Type.Union([Qualifier, Type.Null()]),
  value: Type.Union([Type.Number(), Type.Null()]),
  unit: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
  byYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
  source: Type.String({ minLength: 1, maxLength: 1000 })
}, { additionalProperties: false })

export const CatalogueProduct = Type.Object({
  id: Id,
  edition: Type.String(),
  technologyCode: Type.Union([Type.String(), Type.Null()], { description: 'null while the product is not attached to a verified technology group' }),
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  priority: Type.Boolean({ description: 'Chosen to start at once' }),
  priorityDecision: Type.Union([Type.String(), Type.Null()], { description: 'The decision that made it a priority, e.g. 2815/QĐ-TTg' }),
  facts: Type.Array(ProductFact),
  targets: Type.Array(ProductTarget),
  source: Type.Union([Type.String(), Type.Null()])
}, { $id: 'CatalogueProduct' })
export type CatalogueProduct = Static<typeof CatalogueProduct>

export const CatalogueTechnology = Type.Object({
  id: Id,
  edition: Type.String({ description: 'Number of the edition\'s decision' }),
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  group: TechGroup,
  investmentMode: InvestmentMode,
  sector: Type.Union([Type.String(), Type.Null()]),
  leadAgency: Type.Union([AgencyCode, Type.Null()]),
  coordinatingAgencies: Type.Array(AgencyCode),
  source: Type.Union([Type.String(), Type.Null()]),
  products: Type.Array(Type.Ref('CatalogueProduct')),
  version: Type.Integer({ minimum: 1 }),
  updatedAt: Timestamp
}, { $id: 'CatalogueTechnology' })
export type CatalogueTechnology = Static<typeof CatalogueTechnology>

const technologyFields = {
  nameVi: Type.String({ minLength: 1, maxLength: 500 }),
  nameEn: Type.String({ maxLength: 500 }),
  group: TechGroup,
  investmentMode: InvestmentMode,
  sector: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
  leadAgency: Type.Union([AgencyCode, Type.Null()]),
  coordinatingAgencies: Type.Array(AgencyCode, { maxItems: 50, uniqueItems: true }),
  source: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])
}

export const TechnologyCreate = Type.Object({
  edition: DecisionNumber,
  code: CatalogueCode,
  nameVi: technologyFields.nameVi,
  nameEn: technologyFields.nameEn,
  group: Type.Optional(technologyFields.group),
  investmentMode: Type.Optional(technologyFields.investmentMode),
  sector: Type.Optional(technologyFields.sector),
  leadAgency: Type.Optional(technologyFields.leadAgency),
  coordinatingAgencies: Type.Optional(technologyFields.coordinatingAgencies),
  source: Type.Optional(technologyFields.source)
}, { additionalProperties: false })
export type TechnologyCreate = Static<typeof TechnologyCreate>

export const TechnologyUpdate = Type.Partial(Type.Object(technologyFields, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 })
export type TechnologyUpdate = Static<typeof TechnologyUpdate>

const editionChoice = {
  edition: Type.Optional(Type.String({ minLength: 3, maxLength: 60, description: 'Decision number of the edition, e.g. 1131/QĐ-TTg (instead of asOf)' })),
  asOf: Type.Optional(Type.String({ format: 'date', description: 'The edition in force on this day (default: today in Asia/Ho_Chi_Minh)' }))
}

export const CatalogueQuery = Type.Object({
  ...editionChoice,
  group: Type.Optional(Type.Enum(['1', '2', 'none'], { description: 'none: not yet classified' })),
  investmentMode: Type.Optional(Type.Enum(['push', 'pull'])),
  sector: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  priority: Type.Optional(Type.Boolean({ description: 'true: only technologies with a priority product, listing only those products' })),
  leadAgency: Type.Optional(AgencyCode),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Accent-insensitive search over code and names of technologies and their products' })),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type CatalogueQuery = Static<typeof CatalogueQuery>

export const CataloguePage = Type.Object({
  edition: Type.Ref('CatalogueEdition'),
  items: Type.Array(Type.Ref('CatalogueTechnology')),
  nextCursor: Type.Union([Type.String(), Type.Null()])
})

export const ProductQuery = Type.Object({
  ...editionChoice,
  technology: Type.Optional(CatalogueCode),
  priority: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type ProductQuery = Static<typeof ProductQuery>

export const ProductPage = Type.Object({
  edition: Type.Ref('CatalogueEdition'),
  items: Type.Array(Type.Ref('CatalogueProduct')),
  nextCursor: Type.Union([Type.String(), Type.Null()])
})

export const EditionList = Type.Object({ items: Type.Array(Type.Ref('CatalogueEdition')) })

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]))

export const LoadRow = Type.Object({
  kind: Type.Enum(['technology', 'product']),
  code: CatalogueCode,
  nameVi: Type.String({ minLength: 1, maxLength: 500 }),
  nameEn: Type.Optional(Type.String({ maxLength: 500 })),
  technologyCode: Nullable(CatalogueCode),
  group: Type.Optional(TechGroup),
  investmentMode: Type.Optional(InvestmentMode),
  sector: Nullable(Type.String({ maxLength: 200 })),
  leadAgency: Nullable(AgencyCode),
  coordinatingAgencies: Type.Optional(Type.Array(AgencyCode, { maxItems: 50, uniqueItems: true })),
  priorityDecision: Nullable(Type.String({ maxLength: 60 })),
  source: Nullable(Type.String({ maxLength: 1000 }))
}, { additionalProperties: false })
export type LoadRow = Static<typeof LoadRow>

export const LoadBody = Type.Object({
  dryRun: Type.Boolean({ description: 'true: report what would change and change nothing' }),
  rows: Type.Optional(Type.Array(Type.Unknown(), { maxItems: 5000, description: 'Rows as JSON objects (see LoadRow fields); checked one by one so the error names the row' })),
  csv: Type.Optional(Type.String({ maxLength: 1_000_000, description: 'Instead of rows: CSV with a header line of the same field names; coordinatingAgencies separated by ";"' }))
}, { additionalProperties: false })
export type LoadBody = Static<typeof LoadBody>

export const LoadResult = Type.Object({
  dryRun: Type.Boolean(),
  edition: Type.String(),
  summary: Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() }),
  changes: Type.Array(Type.Object({
    row: Type.Integer({ description: '1-based row number (CSV: data line after the header)' }),
    kind: Type.Enum(['technology', 'product']),
    code: Type.String(),
    action: Type.Enum(['created', 'updated', 'unchanged']),
    fields: Type.Array(Type.String(), { description: 'Fields an update changes' })
  }))
})
export type LoadResult = Static<typeof LoadResult>
