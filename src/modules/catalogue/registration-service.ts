import type { FastifyRequest } from 'fastify'
import type { Db } from '../../db/database.js'
import { Conflict, Forbidden, NotFound, Unprocessable } from '../../shared/errors.js'
import { actorOf, assertActsFor } from '../../shared/principal.js'
import { staleVersion, type VersionCondition } from '../../shared/versioning.js'
import { missingFields, priorityOf, type CatalogueProfile } from './profile.js'
import { insertRegistration, moveRegistration, recordStep, updateRegistration, type RegistrationRow } from './registration-repository.js'
import type { CatalogueRegistration, RegistrationCreate, RegistrationUpdate, TransitionBody } from './registration-schemas.js'
import { checkAgencies, checkClassification } from './service.js'

/** The Ministry of Science and Technology consolidates and proposes (22-TB section 1). */
export const CONSOLIDATOR = 'BKHCN'

/** Raised when a registration with an incomplete profile is submitted; the route lists the fields. */
export class IncompleteProfile extends Error {
  constructor (readonly fields: string[]) { super(`the profile misses ${fields.join(', ')}`) }
}

async function checkContent (db: Db, row: Pick<RegistrationRow, 'agencyCode' | 'techGroup' | 'investmentMode' | 'profile'>): Promise<void> {
  checkClassification({ group: row.techGroup, investmentMode: row.investmentMode })
  await checkAgencies(db, [row.agencyCode])
  await checkAgencies(db, [row.profile.leadAgency, ...(row.profile.coordinatingAgencies ?? [])], 'profile: ')
}

export async function createRegistration (trx: Db, request: FastifyRequest, input: RegistrationCreate, today: string): Promise<number> {
  assertActsFor(actorOf(request), input.agency)
  const row: RegistrationRow = {
    agencyCode: input.agency, subjectKind: input.subjectKind, code: input.code, nameVi: input.nameVi, nameEn: input.nameEn ?? '',
    technologyCode: input.technologyCode ?? null, techGroup: input.group ?? null, investmentMode: input.investmentMode ?? null,
    sector: input.sector ?? null, profile: (input.profile ?? {}) as CatalogueProfile
  }
  await checkContent(trx, row)
  const id = await insertRegistration(trx, row, priorityOf(row.profile, row.techGroup))
  const principal = request.principal
  await recordStep(trx, { registrationId: id, state: 'draft', actorName: principal?.name ?? 'anonymous', actorKeyId: principal?.keyId ?? null, onDate: today, reason: null })
  return id
}

export async function editRegistration (trx: Db, request: FastifyRequest, current: CatalogueRegistration, condition: VersionCondition, input: RegistrationUpdate): Promise<void> {
  assertActsFor(actorOf(request), current.agency)
  const version = condition.check(current.version)
  if (current.state !== 'draft') throw new Conflict(`registration ${current.id} is ${current.state}; only a draft can be edited`)
  const { group, profile, ...rest } = input
  const changes: Partial<RegistrationRow> = { ...rest, ...(group === undefined ? {} : { techGroup: group }) }
  const merged = { ...current.profile, ...(profile as CatalogueProfile | undefined) }
  if (profile !== undefined) changes.profile = merged
  const techGroup = changes.techGroup === undefined ? current.group : changes.techGroup
  const investmentMode = changes.investmentMode === undefined ? current.investmentMode : changes.investmentMode
  await checkContent(trx, { agencyCode: current.agency, techGroup, investmentMode, profile: merged })
  if (!await updateRegistration(trx, current.id, version, changes, priorityOf(merged, techGroup))) throw staleVersion(condition)
}

type State = CatalogueRegistration['state']
const MOVES: Record<TransitionBody['action'], { from: State[], to: State }> = {
  submit: { from: ['draft'], to: 'submitted' },
  consolidate: { from: ['submitted'], to: 'consolidated' },
  propose: { from: ['consolidated'], to: 'proposed' },
  approve: { from: ['proposed'], to: 'approved' },
  reject: { from: ['submitted', 'consolidated', 'proposed'], to: 'rejected' }
}

/** Who may take a step: the registering ministry submits; the Ministry of Science and Technology (or the Standing Office) consolidates, proposes and may reject before the decision; the Standing Office records approval. */
function assertMayAct (request: FastifyRequest, registration: CatalogueRegistration, action: TransitionBody['action']): void {
  const principal = request.principal
  if (action === 'submit') return assertActsFor(actorOf(request), registration.agency)
  if (principal?.role !== 'reporter') return
  const consolidatorStep = action === 'consolidate' || action === 'propose' || (action === 'reject' && registration.state !== 'proposed')
  if (!consolidatorStep || principal.agencyCode !== CONSOLIDATOR) {
    throw new Forbidden(`only the Standing Office${consolidatorStep ? ` or ${CONSOLIDATOR}` : ''} may ${action} a registration`)
  }
}

export async function transition (trx: Db, request: FastifyRequest, current: CatalogueRegistration, condition: VersionCondition, body: TransitionBody, today: string): Promise<void> {
  assertMayAct(request, current, body.action)
  const version = condition.check(current.version)
  const move = MOVES[body.action]
  if (!move.from.includes(current.state)) throw new Conflict(`cannot ${body.action} a registration that is ${current.state} (only from ${move.from.join(' or ')})`)
  if (body.action === 'submit') {
    const missing = missingFields(current.profile)
    if (missing.length > 0) throw new IncompleteProfile(missing)
  }
  if (body.action === 'reject' && body.reason === undefined) throw new Unprocessable('a rejection needs a reason')
  const to = { state: move.to, ...(body.action === 'submit' ? { submittedOn: today } : {}), ...(body.action === 'reject' ? { rejectionReason: body.reason } : {}) }
  if (!await moveRegistration(trx, current.id, version, to)) throw staleVersion(condition)
  const principal = request.principal
  await recordStep(trx, { registrationId: current.id, state: move.to, actorName: principal?.name ?? 'anonymous', actorKeyId: principal?.keyId ?? null, onDate: today, reason: body.reason ?? null })
}

export function notFound (id: number): Error {
  return new NotFound('catalogue registration', String(id))
}
