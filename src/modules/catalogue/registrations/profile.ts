import { Type, type Static } from 'typebox'
import { AgencyCode } from '../../../shared/schemas.js'
import type { TechGroup } from '../schemas.js'

const Text = Type.String({ maxLength: 5000 })
const Texts = Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 50 })
const Money = Type.Object({
  amount: Type.Number({ minimum: 0, maximum: 1e18 }),
  currency: Type.Literal('VND', { description: 'All figures in VND so scores compare' })
}, { additionalProperties: false })
const PositiveMoney = Type.Object({ amount: Type.Number({ exclusiveMinimum: 0, maximum: 1e18 }), currency: Type.Literal('VND') }, { additionalProperties: false })

/**
 * The profile Notice 22-TB/CQTTBCĐ (section 1) requires for every strategic technology and product.
 * Every field may be absent while a registration is a draft; `missingFields` says which still are.
 */
export const CatalogueProfile = Type.Object({
  objectives: Type.Optional(Texts),
  outputIndicators: Type.Optional(Type.Array(Type.Object({
    name: Type.String({ minLength: 1, maxLength: 500 }),
    target: Type.Number(),
    unit: Type.String({ maxLength: 40 }),
    byYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 }))
  }, { additionalProperties: false }), { maxItems: 50 })),
  bigProblem: Type.Optional(Text),
  applicationAddress: Type.Optional(Text),
  targetMarket: Type.Optional(Text),
  competition: Type.Optional(Type.Object({
    competitors: Type.Optional(Texts),
    opportunities: Type.Optional(Text),
    challenges: Type.Optional(Text),
    importSubstitution: Type.Optional(Text),
    exportPotential: Type.Optional(Text)
  }, { additionalProperties: false })),
  relatedFieldsImpact: Type.Optional(Type.Object({
    spinOffs: Type.Optional(Texts),
    dualUse: Type.Optional(Type.Boolean()),
    note: Type.Optional(Text)
  }, { additionalProperties: false })),
  leadAgency: Type.Optional(AgencyCode),
  coordinatingAgencies: Type.Optional(Type.Array(AgencyCode, { maxItems: 50, uniqueItems: true })),
  leadingEnterprises: Type.Optional(Texts),
  endUsers: Type.Optional(Texts),
  needs: Type.Optional(Type.Object({
    testInfrastructure: Type.Optional(Text),
    data: Type.Optional(Text),
    standards: Type.Optional(Text),
    technicalRegulations: Type.Optional(Text),
    intellectualProperty: Type.Optional(Text)
  }, { additionalProperties: false })),
  socioEconomicImpact: Type.Optional(Text),
  economicAccounting: Type.Optional(Type.Object({
    investment: Type.Optional(PositiveMoney),
    importSubstitutionPerYear: Type.Optional(Money),
    exportPotentialPerYear: Type.Optional(Money),
    domesticValueAddedPercent: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    readiness: Type.Optional(Type.Integer({ minimum: 1, maximum: 9, description: 'Technology readiness level 1–9' })),
    jobsCreated: Type.Optional(Type.Integer({ minimum: 0 })),
    note: Type.Optional(Text)
  }, { additionalProperties: false }))
}, { $id: 'CatalogueProfile', additionalProperties: false })
export type CatalogueProfile = Static<typeof CatalogueProfile>

/** Every field 22-TB requires, as dotted paths, in the notice's order. */
export const REQUIRED_PROFILE_FIELDS = [
  'objectives', 'outputIndicators', 'bigProblem', 'applicationAddress', 'targetMarket',
  'competition.opportunities', 'competition.challenges', 'competition.importSubstitution', 'competition.exportPotential',
  'relatedFieldsImpact.spinOffs', 'relatedFieldsImpact.dualUse',
  'leadAgency', 'coordinatingAgencies', 'leadingEnterprises', 'endUsers',
  'needs.testInfrastructure', 'needs.data', 'needs.standards', 'needs.technicalRegulations', 'needs.intellectualProperty',
  'socioEconomicImpact',
  'economicAccounting.investment', 'economicAccounting.importSubstitutionPerYear', 'economicAccounting.exportPotentialPerYear',
  'economicAccounting.domesticValueAddedPercent', 'economicAccounting.readiness'
] as const

function valueAt (profile: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), profile)
}

function isPresent (value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return true
}

export function missingFields (profile: CatalogueProfile): string[] {
  return REQUIRED_PROFILE_FIELDS.filter((path) => !isPresent(valueAt(profile, path)))
}

export interface PriorityParts { returnPoints: number, valueAddedPoints: number, readinessPoints: number, groupPoints: number }
export interface Priority { score: number, parts: PriorityParts }

export const PRIORITY_FORMULA = [
  'Priority score (0–100) from the profile\'s economic accounting (all amounts in VND) and the group:',
  '- returnPoints = 50 × min(1, (importSubstitutionPerYear + exportPotentialPerYear) / investment)',
  '- valueAddedPoints = 20 × domesticValueAddedPercent / 100',
  '- readinessPoints = w × (readiness − 1) / 8, w = 30 for group 1 or unclassified, 15 for group 2',
  '- groupPoints = 15 for group 2 (State-led autonomy and future platforms), else 0',
  'Each part is rounded to 2 decimals; score = their sum. A registration without all five figures has no score and sorts',
  'after every scored one. sort=priority orders by score descending, ties broken by code, then id.'
].join('\n')

const round2 = (value: number): number => Math.round(value * 100) / 100

/** The documented score (PRIORITY_FORMULA); null when the accounting is incomplete. */
export function priorityOf (profile: CatalogueProfile, group: Static<typeof TechGroup>): Priority | null {
  const accounting = profile.economicAccounting
  const investment = accounting?.investment?.amount
  const substitution = accounting?.importSubstitutionPerYear?.amount
  const exports = accounting?.exportPotentialPerYear?.amount
  const valueAdded = accounting?.domesticValueAddedPercent
  const readiness = accounting?.readiness
  if (investment === undefined || substitution === undefined || exports === undefined || valueAdded === undefined || readiness === undefined) return null
  const parts: PriorityParts = {
    returnPoints: round2(50 * Math.min(1, (substitution + exports) / investment)),
    valueAddedPoints: round2(20 * valueAdded / 100),
    readinessPoints: round2((group === 2 ? 15 : 30) * (readiness - 1) / 8),
    groupPoints: group === 2 ? 15 : 0
  }
  return { score: round2(parts.returnPoints + parts.valueAddedPoints + parts.readinessPoints + parts.groupPoints), parts }
}
