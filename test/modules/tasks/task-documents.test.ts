import t, { type Test } from 'tap'
import { sql } from 'kysely'
import type { Db } from '../../../src/db/database.js'
import { buildTestApp, json as body } from '../../helper.js'

const TODAY = '2026-04-15'

/**
 * The stored bodies against bodies built again from scratch, rolled back: any trigger that missed
 * a change shows as a task whose stored body differs (or is missing).
 */
async function staleDocuments (db: Db): Promise<number[]> {
  return await db.transaction().execute(async (trx) => {
    const { rows: before } = await sql<{ taskId: number, body: string }>`select task_id, body from task_document order by task_id`.execute(trx)
    await sql`select refresh_task_documents(array(select id from task))`.execute(trx)
    const { rows: after } = await sql<{ taskId: number, body: string }>`select task_id, body from task_document order by task_id`.execute(trx)
    const stored = new Map(before.map((row) => [row.taskId, row.body]))
    const stale = after.filter((row) => stored.get(row.taskId) !== row.body).map((row) => row.taskId)
    await sql`rollback`.execute(trx).catch(() => {})
    throw Object.assign(new Error('rolled back'), { stale })
  }).catch((error: { stale?: number[] }) => {
    if (error.stale === undefined) throw error
    return error.stale
  })
}

t.test('every task read is its current representation, whatever changed it', async (t) => {
  const { inject, db } = await buildTestApp(t, { today: TODAY })
  const fresh = async (t: Test, step: string): Promise<void> => { t.same(await staleDocuments(db), [], `${step}: no stale task document`) }
  const task = async (id: number) => (await inject({ method: 'GET', url: `/v1/tasks/${id}` })).json()
  const etag = async (url: string): Promise<string> => (await inject({ method: 'GET', url })).headers.etag as string

  await fresh(t, 'the seeded tasks')
  const seeded = await db.selectFrom('task').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const documents = await db.selectFrom('taskDocument').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  t.equal(Number(documents.n), Number(seeded.n), 'one document per task')

  const referring = (await inject({ method: 'POST', url: '/v1/notices', ...body({ number: '41-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Thông báo dẫn chiếu' }) })).json()
  const created = await inject({
    method: 'POST',
    url: `/v1/notices/${referring.id as number}/tasks`,
    ...body({ ref: '1', label: '1.', content: 'Tiếp tục thực hiện', leadAgencies: ['BKHCN'], references: [{ documentNumber: '42-TB/CQTTBCĐ', taskRef: '2' }] })
  })
  t.equal(created.statusCode, 201)
  const referrerId = created.json().task.id as number
  t.match(await task(referrerId), { references: [{ documentNumber: '42-TB/CQTTBCĐ', taskRef: '2', taskId: null }], timeliness: 'open_undated' })
  await fresh(t, 'a task created with parties and references')

  const target = (await inject({ method: 'POST', url: '/v1/notices', ...body({ number: '42-TB/CQTTBCĐ', issuedOn: '2026-04-02', issuer: 'CQTTBCD', title: 'Thông báo được dẫn chiếu' }) })).json()
  const targetTask = (await inject({ method: 'POST', url: `/v1/notices/${target.id as number}/tasks`, ...body({ ref: '2', label: '2.', content: 'Nhiệm vụ gốc', leadAgencies: ['BTC'] }) })).json().task
  t.equal((await task(referrerId)).references[0].taskId, targetTask.id, 'a reference resolves once the task it names exists')
  await fresh(t, 'the referenced task created')

  const patched = await inject({
    method: 'PATCH',
    url: `/v1/tasks/${referrerId}`,
    ...body({ content: 'Nội dung mới', leadAgencies: ['BTC'], coordinatingGroups: ['PROVINCES'] }, { 'if-match': await etag(`/v1/tasks/${referrerId}`) })
  })
  t.equal(patched.statusCode, 200)
  t.match(await task(referrerId), { content: 'Nội dung mới', leadAgencies: [{ code: 'BTC' }], coordinatingGroups: [{ code: 'PROVINCES' }], version: 2 })
  await fresh(t, 'content and parties changed')

  const renamed = await inject({ method: 'PATCH', url: `/v1/notices/${target.id as number}`, ...body({ number: '43-TB/CQTTBCĐ' }, { 'if-match': await etag(`/v1/notices/${target.id as number}`) }) })
  t.equal(renamed.statusCode, 200)
  t.equal((await task(targetTask.id)).noticeNumber, '43-TB/CQTTBCĐ', "a task shows its notice's new number")
  t.equal((await task(referrerId)).references[0].taskId, null, 'a reference to the old number no longer resolves')
  await fresh(t, 'the referenced notice renumbered')

  await db.updateTable('agency').set({ nameVi: 'Bộ Tài chính (tên mới)' }).where('code', '=', 'BTC').execute()
  t.equal((await task(targetTask.id)).leadAgencies[0].nameVi, 'Bộ Tài chính (tên mới)', "a task shows its agency's new name")
  await fresh(t, 'an agency renamed')

  const assignment = (await inject({ method: 'GET', url: `/v1/tasks/${targetTask.id as number}/assignments` })).json().items[0]
  const done = await inject({ method: 'POST', url: `/v1/assignments/${assignment.id as number}/updates`, ...body({ percent: 100, note: 'Xong', doneOn: TODAY }) })
  t.equal(done.statusCode, 201)
  t.equal((await task(targetTask.id)).timeliness, 'done_undated', 'timeliness follows the leads at read time')
  const listed = (await inject({ method: 'GET', url: `/v1/tasks?noticeId=${target.id as number}&limit=10` })).json()
  t.same(listed.items, [await task(targetTask.id)], 'the list serves the same representation as the item')
  await fresh(t, 'a lead reported done')

  const deleted = await inject({ method: 'DELETE', url: `/v1/notices/${referring.id as number}`, headers: { 'if-match': await etag(`/v1/notices/${referring.id as number}`) } })
  t.equal(deleted.statusCode, 204, 'a notice without progress is deleted with its tasks')
  t.equal((await inject({ method: 'GET', url: `/v1/tasks/${referrerId}` })).statusCode, 404, 'its task is gone, body and all')
  await fresh(t, 'after the referring notice was deleted')
})
