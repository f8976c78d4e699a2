import type { Db, Trx } from '../../../db/database.js'
import { writeTransaction } from '../../../db/transaction.js'
import { Conflict, Forbidden, namingFields, NotFound, ProfileIncomplete, Unprocessable } from '../../../shared/errors.js'
import { actorName, assertActsFor, type Actor } from '../../../shared/principal.js'
import type { VersionCondition } from '../../../shared/versioning.js'
import { checkAgencies, checkClassification } from '../service.js'
import { missingFields, priorityOf, type CatalogueProfile } from './profile.js'
import { findRegistration, insertRegistration, lockRegistration, moveRegistration, recordStep, updateRegistration } from './repository.js'
import type { CatalogueRegistration, RegistrationCreate, RegistrationUpdate, TransitionBody } from './schemas.js'

/** The Ministry of Science and Technology consolidates and proposes (22-TB section 1). */
export const CONSOLIDATOR = 'BKHCN'

type Locked = NonNullable<Awaited<ReturnType<typeof lockRegistration>>>
type State = CatalogueRegistration['state']

async function checkContent (db: Db, content: Pick<Locked, 'agencyCode' | 'techGroup' | 'investmentMode' | 'profile'>): Promise<void> {
  checkClassification({ group: content.techGroup, investmentMode: content.investmentMode })
  await checkAgencies(db, [content.agencyCode])
  await checkAgencies(db, [content.profile.leadAgency, ...(content.profile.coordinatingAgencies ?? [])], 'profile: ')
}

async function locked (trx: Trx, id: number): Promise<Locked> {
  const current = await lockRegistration(trx, id)
  if (current === undefined) throw new NotFound('catalogue registration', String(id))
  return current
}

async function registration (db: Db, id: number, today: string): Promise<CatalogueRegistration> {
  const found = await findRegistration(db, id, today)
  if (found === undefined) throw new NotFound('catalogue registration', String(id))
  return found
}

async function recordStepOf (trx: Trx, actor: Actor, registrationId: number, state: State, onDate: string, reason: string | null): Promise<void> {
  await recordStep(trx, { registrationId, state, actorName: actorName(actor), actorKeyId: actor.principal?.keyId ?? null, onDate, reason })
}

export async function createRegistration (db: Db, actor: Actor, input: RegistrationCreate, today: string): Promise<CatalogueRegistration> {
  return await writeTransaction(db, actor, async (trx) => {
    assertActsFor(actor, input.agency)
    const values = {
      agencyCode: input.agency, subjectKind: input.subjectKind, code: input.code, nameVi: input.nameVi, nameEn: input.nameEn ?? '',
      technologyCode: input.technologyCode ?? null, techGroup: input.group ?? null, investmentMode: input.investmentMode ?? null,
      sector: input.sector ?? null, profile: (input.profile ?? {}) as CatalogueProfile
    }
    await checkContent(trx, values)
    const id = await insertRegistration(trx, values, priorityOf(values.profile, values.techGroup))
    await recordStepOf(trx, actor, id, 'draft', today, null)
    return await registration(trx, id, today)
  })
}

export async function editRegistration (db: Db, actor: Actor, id: number, condition: VersionCondition, input: RegistrationUpdate, today: string): Promise<CatalogueRegistration> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await locked(trx, id)
    assertActsFor(actor, current.agencyCode)
    condition.check(current.version)
    if (current.state !== 'draft') throw new Conflict(`registration ${id} is ${current.state}; only a draft can be edited`)
    const { group, profile, ...rest } = input
    const techGroup = group === undefined ? current.techGroup : group
    const investmentMode = rest.investmentMode === undefined ? current.investmentMode : rest.investmentMode
    const merged = { ...current.profile, ...(profile as CatalogueProfile | undefined) }
    await checkContent(trx, { agencyCode: current.agencyCode, techGroup, investmentMode, profile: merged })
    const changes = { ...rest, ...(group === undefined ? {} : { techGroup: group }), ...(profile === undefined ? {} : { profile: merged }) }
    await updateRegistration(trx, id, changes, priorityOf(merged, techGroup))
    return await registration(trx, id, today)
  })
}

const MOVES: Record<TransitionBody['action'], { from: State[], to: State }> = {
  submit: { from: ['draft'], to: 'submitted' },
  consolidate: { from: ['submitted'], to: 'consolidated' },
  propose: { from: ['consolidated'], to: 'proposed' },
  approve: { from: ['proposed'], to: 'approved' },
  reject: { from: ['submitted', 'consolidated', 'proposed'], to: 'rejected' }
}

/** Who may take a step: the registering ministry submits; the Ministry of Science and Technology (or the Standing Office) consolidates, proposes and may reject before the decision; the Standing Office records approval. */
function assertMayAct (actor: Actor, registration: Pick<Locked, 'agencyCode' | 'state'>, action: TransitionBody['action']): void {
  const principal = actor.principal
  if (action === 'submit') return assertActsFor(actor, registration.agencyCode)
  if (principal?.role !== 'reporter') return
  const consolidatorStep = action === 'consolidate' || action === 'propose' || (action === 'reject' && registration.state !== 'proposed')
  if (!consolidatorStep || principal.agencyCode !== CONSOLIDATOR) {
    throw new Forbidden(`only the Standing Office${consolidatorStep ? ` or ${CONSOLIDATOR}` : ''} may ${action} a registration`)
  }
}

/** 22-TB asks for the whole profile before a submission: the problem names every field still missing. */
function profileIncomplete (missing: string[]): Error {
  const fields = missing.map((field) => ({ in: 'body' as const, field: `/profile/${field.replace(/\./g, '/')}`, message: 'is required by 22-TB before submitting' }))
  return namingFields(new ProfileIncomplete(`cannot submit: the profile misses ${missing.join(', ')}`), fields)
}

export async function transition (db: Db, actor: Actor, id: number, condition: VersionCondition, body: TransitionBody, today: string): Promise<CatalogueRegistration> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await locked(trx, id)
    assertMayAct(actor, current, body.action)
    condition.check(current.version)
    const move = MOVES[body.action]
    if (!move.from.includes(current.state)) throw new Conflict(`cannot ${body.action} a registration that is ${current.state} (only from ${move.from.join(' or ')})`)
    const missing = body.action === 'submit' ? missingFields(current.profile) : []
    if (missing.length > 0) throw profileIncomplete(missing)
    if (body.action === 'reject' && body.reason === undefined) throw new Unprocessable('a rejection needs a reason')
    await moveRegistration(trx, id, { state: move.to, ...(body.action === 'submit' ? { submittedOn: today } : {}), ...(body.action === 'reject' ? { rejectionReason: body.reason } : {}) })
    await recordStepOf(trx, actor, id, move.to, today, body.reason ?? null)
    return await registration(trx, id, today)
  })
}
