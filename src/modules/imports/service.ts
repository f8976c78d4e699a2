import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Db, Trx } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { NotFound, Unprocessable } from '../../shared/errors.js'
import { actorName, type Actor } from '../../shared/principal.js'
import type { AgencyRef } from '../agencies/schemas.js'
import { findNoticeNumber, lockNotice } from '../notices/repository.js'
import { noticeTaskRefs } from '../tasks/repository.js'
import type { TaskCreate } from '../tasks/schemas.js'
import { addTask } from '../tasks/service.js'
import { AgencyReader, readParties, type FoundParties } from './agencies.js'
import { characters, Deadlines, MAX_TASK_TEXT, readReferences } from './fields.js'
import { appendixSteps, type ParsedNode } from './parse.js'
import { insertImport } from './repository.js'
import type { ImportBody, ImportWarning, TaskDraft } from './schemas.js'

// An import shares the event loop with every other request: its reading runs in slices of about this many
// milliseconds, each followed by a turn of the loop, so a long text delays no one else by more than a slice.
const SLICE_MS = 5

class Slices {
  private started = performance.now()
  async pause (): Promise<void> {
    if (performance.now() - this.started < SLICE_MS) return
    await nextTurn()
    this.started = performance.now()
  }
}

interface Reading { reader: AgencyReader, deadlines: Deadlines, ownNumber: string | null, warnings: ImportWarning[], slices: Slices }

const union = (a: AgencyRef[], b: AgencyRef[]): AgencyRef[] => [...a, ...b.filter((x) => !a.some((y) => y.code === x.code))]
const noParties = (): FoundParties => ({ leadAgencies: [], coordinatingAgencies: [], leadGroups: [], coordinatingGroups: [], directingAgencies: [], directedByParent: false })

async function toDraft (context: Reading, node: ParsedNode, parent: TaskDraft | null): Promise<TaskDraft> {
  await context.slices.pause()
  const { reader, deadlines, ownNumber, warnings } = context
  const warn = (phrase: string, message: string): void => { warnings.push({ ref: node.ref, phrase, message }) }
  if (node.repeats !== null) warn(`${node.label} ${node.own.slice(0, 100)}`, `${node.repeats} is numbered a second time (the numbering restarts, perhaps under a heading the reader does not know): read as ${node.ref}; check where it belongs before writing`)
  const length = characters(node.content)
  const readable = length <= MAX_TASK_TEXT
  if (!readable) warn(node.content.slice(0, 120), `${length} characters, more than the ${MAX_TASK_TEXT} a task may hold: not read and cannot be written; the numbering of the text that follows is probably not recognised`)
  const { parties, unresolved } = readable ? await readParties(reader, node.own) : { parties: noParties(), unresolved: [] }
  for (const u of unresolved) warn(u.phrase, u.message)
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
  const reading = governed ? { deadline: parent.deadline, recurrence: parent.recurrence, warnings: [] } : deadlines.of(node.closing ?? node.own)
  for (const message of reading.warnings) warn(reading.deadline?.text ?? node.own.slice(0, 120), message)
  if (reading.deadline !== null && leadAgencies.length + leadGroups.length === 0) {
    warn(reading.deadline.text ?? node.own.slice(0, 120), 'has a deadline but no lead agency or group the reader could find: name its lead by code')
  }
  const draft: TaskDraft = {
    ref: node.ref, label: node.label, content: node.content,
    leadAgencies, coordinatingAgencies, leadGroups, coordinatingGroups, directingAgencies,
    deadline: reading.deadline, recurrence: reading.recurrence,
    references: readable ? readReferences(node.own, ownNumber) : [],
    children: []
  }
  closingOf.set(draft, node.closing !== null)
  for (const child of node.children) draft.children.push(await toDraft(context, child, draft))
  return draft
}

// Whether a draft's deadline came from a closing sentence that governs its items.
const closingOf = new WeakMap<TaskDraft, boolean>()

/** Reads an appendix into task drafts; nothing is written. Linear in the text, and in slices (see SLICE_MS). */
export async function previewImport (db: Db, text: string, ownNumber: string | null): Promise<{ tasks: TaskDraft[], warnings: ImportWarning[] }> {
  const slices = new Slices()
  const context: Reading = { reader: await AgencyReader.load(db), deadlines: new Deadlines(), ownNumber, warnings: [], slices }
  await slices.pause()
  const steps = appendixSteps(text, context.deadlines.has)
  let step = steps.next()
  for (; step.done !== true; step = steps.next()) await context.slices.pause()
  const tasks: TaskDraft[] = []
  for (const node of step.value) tasks.push(await toDraft(context, node, null))
  if (tasks.length === 0) context.warnings.push({ ref: null, phrase: text.trim().slice(0, 120), message: 'no numbered section ("1. …") found: nothing to import' })
  return { tasks, warnings: context.warnings }
}

const codes = (refs: AgencyRef[]): string[] => refs.map((r) => r.code)

/**
 * Writes the drafts through addTask inside the caller's transaction: any failure rolls the whole import back.
 * A ref that already exists in the notice is skipped (with a warning) and its children go under the existing task,
 * so importing the same text twice adds nothing.
 */
async function writeImport (trx: Trx, noticeId: number, tasks: TaskDraft[], actor: string, warnings: ImportWarning[]): Promise<void> {
  const tooLong = (drafts: TaskDraft[]): TaskDraft | undefined => drafts.find((d) => characters(d.content) > MAX_TASK_TEXT) ?? drafts.map((d) => tooLong(d.children)).find((d) => d !== undefined)
  const long = tooLong(tasks)
  if (long !== undefined) throw new Unprocessable(`task ${long.ref} has more than the ${MAX_TASK_TEXT} characters a task may hold: the numbering of the text is probably not recognised; see the warnings of a dry run`)
  if (await lockNotice(trx, noticeId) === undefined) throw new NotFound('notice', String(noticeId))
  const existing = new Map((await noticeTaskRefs(trx, noticeId)).map((r) => [r.ref, r]))
  let position = Math.max(-1, ...[...existing.values()].map((r) => r.position)) + 1
  const write = async (draft: TaskDraft, parentId: number | null): Promise<void> => {
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
      id = (await addTask(trx, noticeId, input, actor)).id
    }
    for (const child of draft.children) await write(child, id)
  }
  for (const draft of tasks) await write(draft, null)
}

/**
 * Reads the appendix, and unless it is a dry run writes it with the answer kept for reading again. The reading
 * runs before the transaction: it may take a second or two, and holds no lock meanwhile.
 */
export async function importTasks (db: Db, actor: Actor, noticeId: number, { text, dryRun }: ImportBody): Promise<{ importId: number | null, result: string }> {
  const number = await findNoticeNumber(db, noticeId)
  if (number === undefined) throw new NotFound('notice', String(noticeId))
  const { tasks, warnings } = await previewImport(db, text, number)
  // The drafts are built in the schema's exact shape; for half a megabyte JSON.stringify takes a few ms where the
  // schema's serializer holds the event loop for tens.
  if (dryRun) return { importId: null, result: JSON.stringify({ tasks, warnings }) }
  return await writeTransaction(db, actor, async (trx) => {
    await writeImport(trx, noticeId, tasks, actorName(actor), warnings)
    const result = JSON.stringify({ tasks, warnings })
    return { importId: await insertImport(trx, { noticeId, actor: actorName(actor), requestId: actor.requestId, result }), result }
  })
}
