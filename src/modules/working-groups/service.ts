import type { Db } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { BadRequest, Conflict, NotFound } from '../../shared/errors.js'
import type { Actor } from '../../shared/principal.js'
import { definedOnly } from '../../shared/schemas.js'
import type { VersionCondition } from '../../shared/versioning.js'
import { unknownCodes } from '../agencies/repository.js'
import { findWorkingGroup, insertWorkingGroup, lockWorkingGroup, replaceMembers, taskExists, updateWorkingGroup } from './repository.js'
import type { WorkingGroup, WorkingGroupCreate, WorkingGroupUpdate } from './schemas.js'

/** The codes and the task the input names must be in the registers; the members and dates must make sense. */
async function check (db: Db, input: Partial<WorkingGroupCreate>): Promise<void> {
  const codes = [...(input.code === undefined ? [] : [input.code]), ...(input.reportsTo == null ? [] : [input.reportsTo]), ...(input.members ?? []).map((m) => m.agency)]
  const unknown = await unknownCodes(db, codes, 'agency')
  if (unknown.length > 0) throw new BadRequest(`unknown agency code ${unknown.join(', ')} (a working group reports under its own code in the agencies register)`)
  const members = input.members ?? []
  if (new Set(members.map((m) => m.agency)).size !== members.length) throw new BadRequest('members: an agency is listed twice')
  if (input.establishedByTaskId != null && !await taskExists(db, input.establishedByTaskId)) throw new BadRequest(`establishedByTaskId ${input.establishedByTaskId}: no such task`)
  if (input.activeFrom != null && input.activeTo != null && input.activeTo < input.activeFrom) throw new BadRequest('activeTo is before activeFrom')
}

async function workingGroup (db: Db, code: string): Promise<WorkingGroup> {
  const group = await findWorkingGroup(db, code)
  if (group === undefined) throw new NotFound('working group', code)
  return group
}

export async function createWorkingGroup (db: Db, actor: Actor, input: WorkingGroupCreate): Promise<WorkingGroup> {
  return await writeTransaction(db, actor, async (trx) => {
    await check(trx, input)
    if (await findWorkingGroup(trx, input.code) !== undefined) throw new Conflict(`working group ${input.code} already exists`)
    const id = await insertWorkingGroup(trx, {
      code: input.code, name: input.name, chair: input.chair ?? null, establishedByTaskId: input.establishedByTaskId ?? null, reportsToCode: input.reportsTo ?? null,
      activeFrom: input.activeFrom ?? null, activeTo: input.activeTo ?? null, note: input.note ?? null
    })
    await replaceMembers(trx, id, input.members ?? [])
    return await workingGroup(trx, input.code)
  })
}

export async function editWorkingGroup (db: Db, actor: Actor, code: string, condition: VersionCondition, input: WorkingGroupUpdate): Promise<WorkingGroup> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await lockWorkingGroup(trx, code)
    if (current === undefined) throw new NotFound('working group', code)
    condition.check(current.version)
    await check(trx, input)
    await updateWorkingGroup(trx, current.id, definedOnly({
      name: input.name, chair: input.chair, establishedByTaskId: input.establishedByTaskId, reportsToCode: input.reportsTo,
      activeFrom: input.activeFrom, activeTo: input.activeTo, note: input.note
    }))
    if (input.members !== undefined) await replaceMembers(trx, current.id, input.members)
    return await workingGroup(trx, code)
  })
}
