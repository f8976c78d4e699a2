import { readdir, readFile } from 'node:fs/promises'
import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'
import type { Trx } from '../src/db/database.js'
import { DEADLINE_KINDS, type TaskCreate } from '../src/modules/tasks/schemas.js'
import { addTask } from '../src/modules/tasks/service.js'

const Codes = Type.Array(Type.String())
const SeedDeadline = Type.Union([Type.Object({ kind: Type.Enum(DEADLINE_KINDS), dueOn: Type.Union([Type.String(), Type.Null()]) }), Type.Null()])
const SeedTask = Type.Cyclic({
  SeedTask: Type.Object({
    ref: Type.String(),
    label: Type.String(),
    content: Type.String(),
    leadAgencies: Codes,
    coordinatingAgencies: Codes,
    leadGroups: Codes,
    coordinatingGroups: Codes,
    directingAgencies: Codes,
    deadlineText: Type.Union([Type.String(), Type.Null()]),
    deadline: SeedDeadline,
    recurrence: Type.Union([Type.Enum(['monthly', 'quarterly', 'yearly']), Type.Null()]),
    references: Type.Array(Type.Object({ documentNumber: Type.String(), taskRef: Type.Union([Type.String(), Type.Null()]) })),
    children: Type.Array(Type.Ref('SeedTask'))
  })
}, 'SeedTask')
type SeedTask = Static<typeof SeedTask>

const SeedNotice = Type.Object({
  number: Type.String(),
  kind: Type.String(),
  issuedOn: Type.String(),
  issuer: Type.String(),
  title: Type.String(),
  summary: Type.Union([Type.String(), Type.Null()]),
  tasks: Type.Array(SeedTask)
})
type SeedNotice = Static<typeof SeedNotice>

const NOTICES_DIR = new URL('./notices/', import.meta.url)

export async function loadNoticeSeeds (): Promise<SeedNotice[]> {
  const files = (await readdir(NOTICES_DIR)).filter((name) => name.endsWith('.json')).sort()
  return await Promise.all(files.map(async (name) => {
    const data: unknown = JSON.parse(await readFile(new URL(name, NOTICES_DIR), 'utf8'))
    if (!Value.Check(SeedNotice, data)) throw new Error(`seeds/notices/${name} does not match the seed shape`)
    return data
  }))
}

function toCreate (seed: SeedTask, parentId: number | null, position: number): TaskCreate {
  const text = seed.deadlineText
  const deadline = seed.deadline === null
    ? (text === null ? null : { kind: 'none' as const, dueOn: null, text })
    : { kind: seed.deadline.kind, dueOn: seed.deadline.dueOn, text }
  return {
    parentId, ref: seed.ref, label: seed.label, content: seed.content, position, recurrence: seed.recurrence,
    leadAgencies: seed.leadAgencies, coordinatingAgencies: seed.coordinatingAgencies, leadGroups: seed.leadGroups,
    coordinatingGroups: seed.coordinatingGroups, directingAgencies: seed.directingAgencies, deadline, references: seed.references
  }
}

/** Loads each seeded notice that is not there yet, with its whole task tree; existing notices are left as they are. */
export async function seedNotices (trx: Trx): Promise<void> {
  for (const notice of await loadNoticeSeeds()) {
    const exists = await trx.selectFrom('notice').select('id').where('number', '=', notice.number).executeTakeFirst()
    if (exists !== undefined) continue
    const { id: noticeId } = await trx.insertInto('notice')
      .values({ number: notice.number, kind: notice.kind, issuedOn: notice.issuedOn, issuerCode: notice.issuer, title: notice.title, summary: notice.summary })
      .returning('id').executeTakeFirstOrThrow()
    let position = 0
    const insert = async (seed: SeedTask, parentId: number | null): Promise<void> => {
      const { id } = await addTask(trx, noticeId, toCreate(seed, parentId, position++), 'seed')
      for (const child of seed.children) await insert(child, id)
    }
    for (const task of notice.tasks) await insert(task, null)
  }
}
