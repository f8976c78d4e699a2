import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import t from 'tap'
import { buildTestApp } from '../../helper.js'

const APPENDIX = readFileSync(new URL('../../fixtures/17-TB-CQTTBCD-2025-12-29-appendix.txt', import.meta.url), 'utf8')

t.test('imports', async (t) => {
  const { inject, db } = await buildTestApp(t)
  let serial = 500
  const newNotice = async (): Promise<number> => {
    const res = await inject({ method: 'POST', url: '/v1/notices', payload: { number: `${serial++}-TB/CQTTBCĐ`, title: 'Import', issuedOn: '2026-01-01', issuer: 'CQTTBCD' } })
    return res.json().id as number
  }
  const post = async (id: number, payload: unknown) => await inject({ method: 'POST', url: `/v1/notices/${id}/imports`, payload: payload as object })
  const count = async (id: number): Promise<number> => Number((await db.selectFrom('task').select((eb) => eb.fn.countAll().as('n')).where('noticeId', '=', id).executeTakeFirstOrThrow()).n)

  t.test('a dry run writes nothing', async (t) => {
    const id = await newNotice()
    const res = await post(id, { text: APPENDIX })
    t.equal(res.statusCode, 200)
    t.equal(res.json().tasks.length, 7)
    t.equal(await count(id), 0)
  })

  t.test('dryRun false writes the tree; the same text again adds nothing', async (t) => {
    const id = await newNotice()
    const first = await post(id, { text: APPENDIX, dryRun: false })
    t.equal(first.statusCode, 201)
    t.equal(await count(id), 83)
    const assignments = await db.selectFrom('assignment').innerJoin('task', 'task.id', 'assignment.taskId').select('task.ref')
      .where('task.noticeId', '=', id).where('task.ref', '=', '3.a').execute()
    t.equal(assignments.length, 4, 'lead and three coordinators of 3.a')
    const second = await post(id, { text: APPENDIX, dryRun: false })
    t.equal(second.statusCode, 201)
    t.equal(await count(id), 83)
    t.ok(second.json().warnings.some((w: { ref: string, message: string }) => w.ref === '1.b.(1)' && /already exists/.test(w.message)))
  })

  t.test('a failing node rolls the whole import back', async (t) => {
    const id = await newNotice()
    await sql`create function fail_import() returns trigger language plpgsql as $$
      begin if new.content like '%FAIL-HERE%' then raise exception 'boom'; end if; return new; end $$`.execute(db)
    await sql`create trigger fail_import before insert on task for each row execute function fail_import()`.execute(db)
    t.teardown(async () => { await sql`drop trigger fail_import on task`.execute(db) })
    const text = '1. Về thể chế\na) Bộ Tư pháp chủ trì rà soát.\nb) Bộ Công an FAIL-HERE triển khai.\n'
    const res = await post(id, { text, dryRun: false })
    t.equal(res.statusCode, 500)
    t.equal(await count(id), 0)
  })

  t.test('an agency the register does not know is a warning with ref and phrase, never a guess', async (t) => {
    const id = await newNotice()
    const res = await post(id, { text: '1. Về thể chế\na) Bộ Kinh tế Vũ trụ chủ trì, phối hợp với các cơ quan liên quan xây dựng đề án.\n' })
    t.equal(res.statusCode, 200)
    const a = res.json().tasks[0].children[0]
    t.same(a.leadAgencies, [])
    t.same(a.coordinatingAgencies, [])
    t.same(res.json().warnings.map((w: { ref: string, phrase: string }) => ({ ref: w.ref, phrase: w.phrase })), [{ ref: '1.a', phrase: 'Bộ Kinh tế Vũ trụ' }])
  })

  t.test('list forms, groups, "Đề nghị", "X chỉ đạo Y chủ trì"', async (t) => {
    const id = await newNotice()
    const text = '1. Về thể chế\na) Bộ Khoa học và Công nghệ chủ trì, phối hợp với các Bộ: Quốc phòng, Công an, Công Thương rà soát. Hoàn thành trong tháng 5/2026.\n' +
      'b) Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ chủ trì triển khai.\nc) Đề nghị Bộ Y tế, Bộ Tài chính theo chức năng, nhiệm vụ chủ trì rà soát. Định kỳ hằng quý báo cáo.\n' +
      'd) Các bộ, ngành, địa phương chủ trì, phối hợp với các địa phương thực hiện.\n'
    const [a, b, c, d] = (await post(id, { text })).json().tasks[0].children
    const codes = (list: Array<{ code: string }>): string[] => list.map((x) => x.code)
    t.same(codes(a.coordinatingAgencies), ['BQP', 'BCA', 'BCT'])
    t.same(a.deadline, { kind: 'month', dueOn: '2026-05-31', text: 'Hoàn thành trong tháng 5/2026' })
    t.same([codes(b.leadAgencies), codes(b.directingAgencies)], [['BCY'], ['BQP']])
    t.same([codes(c.leadAgencies), c.recurrence], [['BYT', 'BTC'], 'quarterly'])
    t.same([codes(d.leadGroups), codes(d.coordinatingGroups)], [['CENTRAL_AND_LOCAL'], ['PROVINCES']])
  })

  t.test('bad requests', async (t) => {
    const id = await newNotice()
    const malformed = await inject({ method: 'POST', url: `/v1/notices/${id}/imports`, headers: { 'content-type': 'application/json' }, payload: '{"text": ' })
    t.equal(malformed.statusCode, 400)
    t.match(malformed.headers['content-type'], /application\/problem\+json/)
    const missing = await post(id, { dryRun: true })
    t.equal(missing.statusCode, 400)
    t.match(missing.headers['content-type'], /application\/problem\+json/)
    t.equal((await post(id, { text: 'x', extra: 1 })).statusCode, 400)
    const unknown = await post(999999, { text: '1. Về thể chế' })
    t.equal(unknown.statusCode, 404)
    t.match(unknown.headers['content-type'], /application\/problem\+json/)
  })
})
