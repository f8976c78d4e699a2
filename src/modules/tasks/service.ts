import type { Db, Trx } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { isRealIsoDate } from '../../shared/dates.js'
import { BadRequest, NotFound } from '../../shared/errors.js'
import { actorName, type Actor } from '../../shared/principal.js'
import type { VersionCondition } from '../../shared/versioning.js'
import { unknownCodes } from '../agencies/repository.js'
import { parseDocumentNumber } from '../notices/document-number.js'
import { findNoticeNumber } from '../notices/repository.js'
import { readDeadline, type Recurrence } from './deadline.js'
import {
  currentParties, findTask, findTaskIdByRef, groupMembers, insertTask, lockTask, recordHistory, replaceParties, replaceReferences,
  syncAssignments, taskNoticeId, updateTaskRow, type WantedAssignment
} from './repository.js'
import { PARTY_KEYS, type Deadline, type Parties, type Task, type TaskCreate, type TaskFilter, type TaskUpdate } from './schemas.js'

export interface TaskWrite { task: Task, warnings: string[] }

/** role narrows an agency's assignments: without the agency it means nothing. */
export function checkTaskFilter (filter: TaskFilter): void {
  if (filter.role !== undefined && filter.agency === undefined) throw new BadRequest('role filters an agency: give agency too')
}

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
  const members = await groupMembers(db, [...parties.leadGroups, ...parties.coordinatingGroups])
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

const NO_PARTIES: Parties = { leadAgencies: [], coordinatingAgencies: [], leadGroups: [], coordinatingGroups: [], directingAgencies: [] }

function partiesFrom (input: Partial<Parties>, fallback: Parties): Parties {
  const parties = { ...fallback }
  for (const key of PARTY_KEYS) parties[key] = input[key] ?? fallback[key]
  return parties
}

async function readBack (db: Db, id: number, today: string): Promise<Task> {
  const task = await findTask(db, id, today)
  if (task === undefined) throw new NotFound('task', String(id))
  return task
}

/**
 * Adds one task inside the caller's transaction: the step of every use case that creates tasks
 * (the API, an import, the seeds). `actor` is the name its history records.
 */
export async function addTask (trx: Trx, noticeId: number, input: TaskCreate, actor: string): Promise<{ id: number, warnings: string[] }> {
  if (await findNoticeNumber(trx, noticeId) === undefined) throw new NotFound('notice', String(noticeId))
  const parentId = input.parentId ?? null
  let inherited = NO_PARTIES
  if (parentId !== null) {
    const parentNoticeId = await taskNoticeId(trx, parentId)
    if (parentNoticeId === undefined) throw new BadRequest(`parentId ${parentId}: no such task`)
    if (parentNoticeId !== noticeId) throw new BadRequest(`parentId ${parentId} belongs to another notice`)
    // Children name no lead when the sentence introducing them already did.
    const parentParties = await currentParties(trx, parentId)
    inherited = { ...NO_PARTIES, leadAgencies: parentParties.leadAgencies, leadGroups: parentParties.leadGroups, directingAgencies: parentParties.directingAgencies }
  }
  const namesLead = (input.leadAgencies?.length ?? 0) + (input.leadGroups?.length ?? 0) > 0
  const parties = partiesFrom(input, namesLead ? NO_PARTIES : inherited)
  await checkParties(trx, parties)
  const references = checkReferences(input.references)
  const { deadline, recurrence, warnings } = resolveDeadline(input)
  const duplicate = await findTaskIdByRef(trx, noticeId, input.ref)
  if (duplicate !== undefined) throw new BadRequest(`ref ${input.ref} already exists in this notice (task ${duplicate})`)
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

export async function createTask (db: Db, actor: Actor, noticeId: number, input: TaskCreate, today: string): Promise<TaskWrite> {
  return await writeTransaction(db, actor, async (trx) => {
    const { id, warnings } = await addTask(trx, noticeId, input, actorName(actor))
    return { task: await readBack(trx, id, today), warnings }
  })
}

export async function updateTask (db: Db, actor: Actor, id: number, condition: VersionCondition, input: TaskUpdate, today: string): Promise<TaskWrite> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await lockTask(trx, id)
    if (current === undefined) throw new NotFound('task', String(id))
    condition.check(current.version)
    const { deadline, recurrence, warnings } = resolveDeadline(input)
    const before = await currentParties(trx, id)
    const partiesChanged = PARTY_KEYS.some((key) => input[key] !== undefined)
    const parties = partiesFrom(input, before)
    if (partiesChanged) await checkParties(trx, parties)
    const references = input.references === undefined ? undefined : checkReferences(input.references)
    await updateTaskRow(trx, id, { label: input.label, content: input.content, recurrence: input.recurrence ?? recurrence ?? undefined, deadline })
    if (partiesChanged) {
      await replaceParties(trx, id, parties)
      await syncAssignments(trx, id, await wantedAssignments(trx, parties))
    }
    if (references !== undefined) await replaceReferences(trx, id, references)
    await recordHistory(trx, {
      taskId: id,
      action: 'updated',
      actor: actorName(actor),
      changes: { before: { ...current, ...(partiesChanged ? before : {}) }, after: { ...input, ...(deadline === undefined ? {} : { deadline }) } }
    })
    return { task: await readBack(trx, id, today), warnings }
  })
}
