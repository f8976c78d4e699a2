import type { Db } from '../../db/database.js'
import { NotFound } from '../../shared/errors.js'
import { createTask } from '../tasks/service.js'
import type { TaskCreate } from '../tasks/schemas.js'
import { AgencyReader, readParties, type AgencyRef } from './agencies.js'
import { hasDeadline, readDeadlineOf, readReferences } from './fields.js'
import { parseAppendix, type ParsedNode } from './parse.js'
import type { Draft, Warning } from './schemas.js'

const union = (a: AgencyRef[], b: AgencyRef[]): AgencyRef[] => [...a, ...b.filter((x) => !a.some((y) => y.code === x.code))]

async function toDraft (reader: AgencyReader, node: ParsedNode, parent: Draft | null, ownNumber: string | null, warnings: Warning[]): Promise<Draft> {
  const { parties, unresolved } = await readParties(reader, node.own)
  for (const u of unresolved) warnings.push({ ref: node.ref, phrase: u.phrase, message: u.message })
  let { leadAgencies, leadGroups, directingAgencies, coordinatingAgencies, coordinatingGroups } = parties
  const namesLead = leadAgencies.length + leadGroups.length > 0
  if (parent !== null && parties.directedByParent) directingAgencies = union(parent.leadAgencies, directingAgencies)
  // An item names no lead when the sentence introducing its list already did: it inherits lead and coordinators.
  if (parent !== null && !namesLead && node.kind !== 'section') {
    leadAgencies = parent.leadAgencies
    leadGroups = parent.leadGroups
    directingAgencies = parent.directingAgencies
    coordinatingAgencies = union(parent.coordinatingAgencies, coordinatingAgencies)
    coordinatingGroups = union(parent.coordinatingGroups, coordinatingGroups)
  }
  const governed = parent !== null && node.kind === 'item' && parent.deadline !== null && closingOf.get(parent) === true
  const reading = governed ? { deadline: parent.deadline, recurrence: parent.recurrence, warnings: [] } : readDeadlineOf(node.closing ?? node.own)
  for (const message of reading.warnings) warnings.push({ ref: node.ref, phrase: reading.deadline?.text ?? node.own.slice(0, 120), message })
  const draft: Draft = {
    ref: node.ref, label: node.label, content: node.content,
    leadAgencies, coordinatingAgencies, leadGroups, coordinatingGroups, directingAgencies,
    deadline: reading.deadline, recurrence: reading.recurrence,
    references: readReferences(node.own, ownNumber),
    children: []
  }
  closingOf.set(draft, node.closing !== null)
  for (const child of node.children) draft.children.push(await toDraft(reader, child, draft, ownNumber, warnings))
  return draft
}

// Whether a draft's deadline came from a closing sentence that governs its items.
const closingOf = new WeakMap<Draft, boolean>()

/** Reads an appendix into task drafts; nothing is written. */
export async function previewImport (db: Db, text: string, ownNumber: string | null): Promise<{ tasks: Draft[], warnings: Warning[] }> {
  const reader = await AgencyReader.load(db)
  const warnings: Warning[] = []
  const tasks: Draft[] = []
  for (const node of parseAppendix(text, hasDeadline)) tasks.push(await toDraft(reader, node, null, ownNumber, warnings))
  if (tasks.length === 0) warnings.push({ ref: null, phrase: text.trim().slice(0, 120), message: 'no numbered section ("1. …") found: nothing to import' })
  return { tasks, warnings }
}

export async function noticeNumber (db: Db, noticeId: number): Promise<string> {
  const notice = await db.selectFrom('notice').select('number').where('id', '=', noticeId).executeTakeFirst()
  if (notice === undefined) throw new NotFound('notice', String(noticeId))
  return notice.number
}

const codes = (refs: AgencyRef[]): string[] => refs.map((r) => r.code)

/**
 * Writes the drafts through createTask inside the caller's transaction: any failure rolls the whole import back.
 * A ref that already exists in the notice is skipped (with a warning) and its children go under the existing task,
 * so importing the same text twice adds nothing.
 */
export async function writeImport (trx: Db, noticeId: number, tasks: Draft[], actor: string, warnings: Warning[]): Promise<number> {
  await trx.selectFrom('notice').select('id').where('id', '=', noticeId).forUpdate().executeTakeFirstOrThrow()
  const existing = new Map((await trx.selectFrom('task').select(['id', 'ref', 'position']).where('noticeId', '=', noticeId).execute()).map((r) => [r.ref, r]))
  let position = Math.max(-1, ...[...existing.values()].map((r) => r.position)) + 1
  let created = 0
  const write = async (draft: Draft, parentId: number | null): Promise<void> => {
    let id = existing.get(draft.ref)?.id
    if (id !== undefined) {
      warnings.push({ ref: draft.ref, phrase: draft.content.slice(0, 120), message: `task ${draft.ref} already exists in this notice; skipped` })
    } else {
      const input: TaskCreate = {
        parentId, ref: draft.ref, label: draft.label, content: draft.content, position: position++, recurrence: draft.recurrence,
        leadAgencies: codes(draft.leadAgencies), coordinatingAgencies: codes(draft.coordinatingAgencies), leadGroups: codes(draft.leadGroups),
        coordinatingGroups: codes(draft.coordinatingGroups), directingAgencies: codes(draft.directingAgencies),
        deadline: draft.deadline, references: draft.references
      }
      id = (await createTask(trx, noticeId, input, actor)).id
      created++
    }
    for (const child of draft.children) await write(child, id)
  }
  for (const draft of tasks) await write(draft, null)
  return created
}
