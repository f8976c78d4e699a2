import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Id, IsoDate, Limit, Page, Timestamp } from '../../../shared/schemas.js'
import type { CatalogueProfile } from './profile.js'
import { CatalogueCode, InvestmentMode, TechGroup } from '../schemas.js'

export const REGISTRATION_STATES = ['draft', 'submitted', 'consolidated', 'proposed', 'approved', 'rejected'] as const
export const RegistrationState = Type.Enum([...REGISTRATION_STATES], { description: 'draft → submitted (by the ministry) → consolidated (Ministry of Science and Technology) → proposed (to the Standing Committee) → approved | rejected' })

export const CatalogueRegistration = Type.Object({
  id: Id,
  agency: AgencyCode,
  subjectKind: Type.Enum(['technology', 'product']),
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  technologyCode: Type.Union([Type.String(), Type.Null()], { description: 'For a product: the technology it belongs to' }),
  group: TechGroup,
  investmentMode: InvestmentMode,
  sector: Type.Union([Type.String(), Type.Null()]),
  profile: Type.Ref('CatalogueProfile'),
  missingFields: Type.Array(Type.String(), { description: 'Profile fields 22-TB requires that are still missing; must be empty to submit' }),
  priority: Type.Union([Type.Object({
    score: Type.Number(),
    parts: Type.Object({ returnPoints: Type.Number(), valueAddedPoints: Type.Number(), readinessPoints: Type.Number(), groupPoints: Type.Number() })
  }), Type.Null()], { description: 'null until the economic accounting is complete' }),
  state: RegistrationState,
  deadline: IsoDate,
  submittedOn: Type.Union([IsoDate, Type.Null()]),
  late: Type.Boolean({ description: 'Submitted after the deadline, or still a draft after it' }),
  rejectionReason: Type.Union([Type.String(), Type.Null()]),
  steps: Type.Array(Type.Object({
    state: RegistrationState,
    by: Type.String({ description: 'Name of the API key that made the step' }),
    keyId: Type.Union([Id, Type.Null()]),
    at: Timestamp,
    onDate: IsoDate,
    reason: Type.Union([Type.String(), Type.Null()])
  })),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp
}, { $id: 'CatalogueRegistration' })
export type CatalogueRegistration = Omit<Static<typeof CatalogueRegistration>, 'profile'> & { profile: CatalogueProfile }

const fields = {
  nameVi: Type.String({ minLength: 1, maxLength: 500 }),
  nameEn: Type.String({ maxLength: 500 }),
  technologyCode: Type.Union([CatalogueCode, Type.Null()]),
  group: TechGroup,
  investmentMode: InvestmentMode,
  sector: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
  profile: Type.Ref('CatalogueProfile')
}

export const RegistrationCreate = Type.Object({
  agency: AgencyCode,
  subjectKind: Type.Enum(['technology', 'product']),
  code: CatalogueCode,
  nameVi: fields.nameVi,
  nameEn: Type.Optional(fields.nameEn),
  technologyCode: Type.Optional(fields.technologyCode),
  group: Type.Optional(fields.group),
  investmentMode: Type.Optional(fields.investmentMode),
  sector: Type.Optional(fields.sector),
  profile: Type.Optional(fields.profile)
}, { additionalProperties: false })
export type RegistrationCreate = Static<typeof RegistrationCreate>

export const RegistrationUpdate = Type.Object({
  nameVi: Type.Optional(fields.nameVi),
  nameEn: Type.Optional(fields.nameEn),
  technologyCode: Type.Optional(fields.technologyCode),
  group: Type.Optional(fields.group),
  investmentMode: Type.Optional(fields.investmentMode),
  sector: Type.Optional(fields.sector),
  profile: Type.Optional(Type.Ref('CatalogueProfile', { description: 'Merged into the profile key by key: a top-level key sent replaces that key' }))
}, { additionalProperties: false, minProperties: 1 })
export type RegistrationUpdate = Static<typeof RegistrationUpdate>

export const TransitionBody = Type.Object({
  action: Type.Enum(['submit', 'consolidate', 'propose', 'approve', 'reject']),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 5000, description: 'Required to reject' }))
}, { additionalProperties: false })
export type TransitionBody = Static<typeof TransitionBody>

export const RegistrationQuery = Type.Object({
  agency: Type.Optional(AgencyCode),
  state: Type.Optional(RegistrationState),
  group: Type.Optional(Type.Enum(['1', '2', 'none'])),
  investmentMode: Type.Optional(Type.Enum(['push', 'pull'])),
  sector: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  late: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Accent-insensitive search over code and names' })),
  sort: Type.Optional(Type.Enum(['id', 'priority'], { default: 'id' })),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type RegistrationQuery = Static<typeof RegistrationQuery>

export const RegistrationPage = Page(Type.Ref('CatalogueRegistration'))
