import type { Db } from '../../db/database.js'
import { isRealIsoDate } from '../../shared/dates.js'
import { BadRequest, NotFound } from '../../shared/errors.js'
import type { VersionCondition } from '../../shared/versioning.js'
import { unknownCodes } from '../agencies/repository.js'
import { syncAssignments, type WantedAssignment } from '../assignments/repository.js'
import { parseDocumentNumber } from '../notices/document-number.js'
import { readDeadline, type Recurrence } from './deadline.js'
import { currentParties, insertTask, recordHistory, replaceParties, replaceReferences, updateTaskRow, type Parties } from './repository.js'
import type { Deadline, TaskCreate, TaskUpdate } from './schemas.js'

const PARTY_KEYS = ['leadAgencies', 'coordinatingAgencies', 'leadGroups', 'coordinatingGroups', 'directingAgencies'] as const

/** A structured deadline is checked; a phrase goes through the deadline reader, which never guesses. */
export function resolveDeadline (input: Pick<TaskCreate, 'deadline' | 'deadlineText'>): { deadline: Deadline | null | undefined, recurrence?: Recurrence | null, warnings: string[] } {
  if (input.deadline !== undefined && input.deadlineText !== undefined) throw new BadRequest('send either deadline or deadlineText, not both')
  if (input.deadlineText !== undefined) {
    const reading = readDeadline(input.deadlineText)
    return { deadline: reading.deadline ?? { kind: 'none', dueOn: null, text: input.deadlineText }, recurrence: reading.recurrence, warnings: reading.warnings }
  }
  const deadline = input.deadline
  if (deadline === undefined || deadline === null) return { deadline, warnings: [] }
  if (deadline.kind === 'none' && deadline.dueOn !== null) throw new BadRequest('deadline.dueOn must be null when deadline.kind is none')
  if (deadline.kind !== 'none' && deadline.dueOn === null) throw new BadRequest(`deadline.dueOn is required for a ${deadline.kind} deadline`)
  if (deadline.dueOn !== null && !isRealIsoDate(deadline.dueOn)) throw new BadRequest(`deadline.dueOn ${deadline.dueOn} is not a real date`)
  return { deadline: { kind: deadline.kind, dueOn: deadline.dueOn, text: deadline.text ?? null }, warnings: [] }
}

async function checkParties (db: Db, parties: Parties): Promise<void> {
  const agencies = [...parties.leadAgencies, ...parties.coordinatingAgencies, ...parties.directingAgencies]
  const badAgencies = await unknownCodes(db, agencies, 'agency')
  if (badAgencies.length > 0) throw new BadRequest(`unknown agency code ${badAgencies.join(', ')}`)
  const badGroups = await unknownCodes(db, [...parties.leadGroups, ...parties.coordinatingGroups], 'agencyGroup')
  if (badGroups.length > 0) throw new BadRequest(`unknown agency group code ${badGroups.join(', ')}`)
}

function checkReferences (references: TaskCreate['references']): Array<{ documentNumber: string, taskRef: string | null }> {
  return (references ?? []).map((reference) => {
    const parsed = parseDocumentNumber(reference.documentNumber)
    if (parsed === null) throw new BadRequest(`references: "${reference.documentNumber}" is not a document number`)
    return { documentNumber: parsed.number, taskRef: reference.taskRef ?? null }
  })
}

/** One assignment per (agency, role); a group fans out to its members; a lead is not also a coordinator. */
async function wantedAssignments (db: Db, parties: Parties): Promise<WantedAssignment[]> {
  const groups = [...parties.leadGroups, ...parties.coordinatingGroups]
  const members = groups.length === 0
    ? []
    : await db.selectFrom('agencyGroupMember').select(['groupCode', 'agencyCode']).where('groupCode', 'in', groups).orderBy('agencyCode').execute()
  const wanted = new Map<string, WantedAssignment>()
  const add = (agencyCode: string, role: WantedAssignment['role'], viaGroupCode: string | null): void => {
    const key = `${role}:${agencyCode}`
    if (role === 'coordinating' && wanted.has(`lead:${agencyCode}`)) return
    if (!wanted.has(key) || viaGroupCode === null) wanted.set(key, { agencyCode, role, viaGroupCode })
  }
  for (const code of parties.leadAgencies) add(code, 'lead', null)
  for (const group of parties.leadGroups) for (const m of members.filter((x) => x.groupCode === group)) add(m.agencyCode, 'lead', group)
  for (const code of parties.coordinatingAgencies) add(code, 'coordinating', null)
  for (const group of parties.coordinatingGroups) for (const m of members.filter((x) => x.groupCode === group)) add(m.agencyCode, 'coordinating', group)
  return [...wanted.values()]
}

function partiesFrom (input: Partial<Parties>, fallback: Parties): Parties {
  return Object.fromEntries(PARTY_KEYS.map((key) => [key, input[key] ?? fallback[key]])) as unknown as Parties
}

const NO_PARTIES: Parties = { leadAgencies: [], coordinatingAgencies: [], leadGroups: [], coordinatingGroups: [], directingAgencies: [] }

export async function createTask (trx: Db, noticeId: number, input: TaskCreate, actor: string): Promise<{ id: number, warnings: string[] }> {
  const notice = await trx.selectFrom('notice').select('id').where('id', '=', noticeId).executeTakeFirst()
  if (notice === undefined) throw new NotFound('notice', String(noticeId))
  const parentId = input.parentId ?? null
  let inherited = NO_PARTIES
  if (parentId !== null) {
    const parent = await trx.selectFrom('task').select(['id', 'noticeId']).where('id', '=', parentId).executeTakeFirst()
    if (parent === undefined) throw new BadRequest(`parentId ${parentId}: no such task`)
    if (parent.noticeId !== noticeId) throw new BadRequest(`parentId ${parentId} belongs to another notice`)
    // Children name no lead when the sentence introducing them already did.
    const parentParties = await currentParties(trx, parentId)
    inherited = { ...NO_PARTIES, leadAgencies: parentParties.leadAgencies, leadGroups: parentParties.leadGroups, directingAgencies: parentParties.directingAgencies }
  }
  const namesLead = (input.leadAgencies?.length ?? 0) + (input.leadGroups?.length ?? 0) > 0
  const parties = partiesFrom(input, namesLead ? NO_PARTIES : inherited)
  await checkParties(trx, parties)
  const references = checkReferences(input.references)
  const { deadline, recurrence, warnings } = resolveDeadline(input)
  const duplicate = await trx.selectFrom('task').select('id').where('noticeId', '=', noticeId).where('ref', '=', input.ref).executeTakeFirst()
  if (duplicate !== undefined) throw new BadRequest(`ref ${input.ref} already exists in this notice (task ${duplicate.id})`)
  const id = await insertTask(trx, {
    noticeId, parentId, ref: input.ref, label: input.label, position: input.position ?? 0, content: input.content,
    // "Định kỳ hằng tháng báo cáo" as deadlineText carries the recurrence unless the client set one.
    deadline: deadline ?? null, recurrence: input.recurrence ?? recurrence ?? null
  })
  await replaceParties(trx, id, parties)
  await replaceReferences(trx, id, references)
  await syncAssignments(trx, id, await wantedAssignments(trx, parties))
  await recordHistory(trx, { taskId: id, action: 'created', actor, changes: { ...input, deadline } })
  return { id, warnings }
}

/** Returns the task's new version with the warnings. */
export async function updateTask (trx: Db, id: number, condition: VersionCondition, input: TaskUpdate, actor: string): Promise<{ warnings: string[], version: number }> {
  const current = await trx.selectFrom('task').select(['version', 'label', 'content', 'recurrence', 'deadlineKind', 'dueOn', 'deadlineText'])
    .where('id', '=', id).forUpdate().executeTakeFirst()
  if (current === undefined) throw new NotFound('task', String(id))
  const version = condition.check(current.version)
  const { deadline, recurrence, warnings } = resolveDeadline(input)
  const before = await currentParties(trx, id)
  const partiesChanged = PARTY_KEYS.some((key) => input[key] !== undefined)
  const parties = partiesFrom(input, before)
  if (partiesChanged) await checkParties(trx, parties)
  const references = input.references === undefined ? undefined : checkReferences(input.references)
  await updateTaskRow(trx, id, version, { label: input.label, content: input.content, recurrence: input.recurrence ?? recurrence ?? undefined, deadline })
  if (partiesChanged) {
    await replaceParties(trx, id, parties)
    await syncAssignments(trx, id, await wantedAssignments(trx, parties))
  }
  if (references !== undefined) await replaceReferences(trx, id, references)
  await recordHistory(trx, {
    taskId: id,
    action: 'updated',
    actor,
    changes: { before: { ...current, ...(partiesChanged ? before : {}) }, after: { ...input, ...(deadline === undefined ? {} : { deadline }) } }
  })
  return { warnings, version: version + 1 }
}
