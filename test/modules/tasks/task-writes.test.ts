import t from 'tap'
import { buildTestApp, json as body } from '../../helper.js'

const TODAY = '2026-04-15'

t.test('creating and changing tasks, assignments and progress', async (t) => {
  const { inject } = await buildTestApp(t, { today: TODAY })
  const notice = (await inject({ method: 'POST', url: '/v1/notices', ...body({ number: '40-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Thông báo thử' }) })).json()
  const createTask = async (payload: unknown) => await inject({ method: 'POST', url: `/v1/notices/${notice.id as number}/tasks`, ...body(payload) })

  const section = await createTask({ ref: '1', label: '1.', content: 'Về thể chế', leadAgencies: ['BKHCN'], coordinatingAgencies: ['BTC'] })
  t.equal(section.statusCode, 201)
  const sectionId = section.json().task.id as number

  t.test('a group lead fans out to one assignment per member; children inherit the lead', async (t) => {
    const grouped = await createTask({ parentId: sectionId, ref: '1.a', label: 'a)', content: 'Các địa phương rà soát', leadGroups: ['PROVINCES'], deadlineText: 'Hoàn thành trong quý II/2026' })
    t.equal(grouped.statusCode, 201)
    t.match(grouped.json(), { task: { leadGroups: [{ code: 'PROVINCES' }], deadline: { kind: 'quarter', dueOn: '2026-06-30', text: 'Hoàn thành trong quý II/2026' }, timeliness: 'open_in_time' }, warnings: [] })
    const assignments = (await inject({ method: 'GET', url: `/v1/tasks/${grouped.json().task.id as number}/assignments` })).json().items
    t.equal(assignments.length, 34)
    t.ok(assignments.every((a: { role: string, viaGroup: { code: string } }) => a.role === 'lead' && a.viaGroup.code === 'PROVINCES'))

    const child = await createTask({ parentId: sectionId, ref: '1.b', label: 'b)', content: 'Trình Chính phủ' })
    t.match(child.json().task, { leadAgencies: [{ code: 'BKHCN' }], coordinatingAgencies: [] }, 'inherits the lead, not the coordinators')
  })

  t.test('bad input is refused with the reason', async (t) => {
    const unknownAgency = await createTask({ ref: '2', label: '2.', content: 'X', leadAgencies: ['BKHCN', 'NOPE'] })
    t.equal(unknownAgency.statusCode, 400)
    t.match(unknownAgency.json().detail, /NOPE/)
    const unreal = await createTask({ ref: '2', label: '2.', content: 'X', deadline: { kind: 'date', dueOn: '2026-02-30' } })
    t.equal(unreal.statusCode, 400)
    t.match(unreal.json().detail, /2026-02-30/)
    const otherNotice = await createTask({ parentId: 1, ref: '2', label: '2.', content: 'X' })
    t.equal(otherNotice.statusCode, 400)
    t.match(otherNotice.json().detail, /another notice/)
    const duplicateRef = await createTask({ ref: '1', label: '1.', content: 'X' })
    t.equal(duplicateRef.statusCode, 400)
    const unreadable = await createTask({ ref: '3', label: '3.', content: 'Y', leadAgencies: ['BCT'], deadlineText: 'sớm nhất có thể' })
    t.equal(unreadable.statusCode, 201)
    t.match(unreadable.json(), { task: { deadline: { kind: 'none', dueOn: null, text: 'sớm nhất có thể' }, timeliness: 'open_undated' } })
    t.equal(unreadable.json().warnings.length, 1)
    const recurring = await createTask({ ref: '5', label: '5.', content: 'Báo cáo', leadAgencies: ['BKHCN'], deadlineText: 'Định kỳ hằng tháng báo cáo' })
    t.match(recurring.json().task, { recurrence: 'monthly', deadline: { kind: 'none', dueOn: null } }, 'the phrase carries its recurrence')
    const unknownNotice = await inject({ method: 'POST', url: '/v1/notices/99999/tasks', ...body({ ref: '1', label: '1.', content: 'X' }) })
    t.equal(unknownNotice.statusCode, 404)
  })

  t.test('PATCH needs a current If-Match; stale is 412 and changes nothing', async (t) => {
    const url = `/v1/tasks/${sectionId}`
    const read = await inject({ method: 'GET', url })
    const etag = read.headers.etag as string
    t.equal((await inject({ method: 'PATCH', url, ...body({ content: 'Mới' }) })).statusCode, 428)
    const ok = await inject({ method: 'PATCH', url, ...body({ content: 'Về thể chế, chính sách', deadline: { kind: 'month', dueOn: '2026-03-31', text: 'trong tháng 3/2026' } }, { 'if-match': etag }) })
    t.equal(ok.statusCode, 200)
    t.match(ok.json().task, { content: 'Về thể chế, chính sách', timeliness: 'open_overdue', version: 2 })
    const stale = await inject({ method: 'PATCH', url, ...body({ content: 'Ghi đè' }, { 'if-match': etag }) })
    t.equal(stale.statusCode, 412)
    t.equal((await inject({ method: 'GET', url })).json().content, 'Về thể chế, chính sách')
  })

  t.test('concurrent updates with the same version: exactly one wins, none is lost silently', async (t) => {
    const url = `/v1/tasks/${sectionId}`
    const etag = (await inject({ method: 'GET', url })).headers.etag as string
    const results = await Promise.all(['A', 'B', 'C', 'D'].map(async (content) =>
      await inject({ method: 'PATCH', url, ...body({ content }, { 'if-match': etag }) })))
    const codes = results.map((r) => r.statusCode).sort()
    t.same(codes, [200, 412, 412, 412])
    const winner = results.find((r) => r.statusCode === 200)?.json().task.content
    t.equal((await inject({ method: 'GET', url })).json().content, winner)
  })

  t.test('changing leads re-syncs assignments, keeping reported ones as cancelled', async (t) => {
    const url = `/v1/tasks/${sectionId}`
    const before = (await inject({ method: 'GET', url: `${url}/assignments` })).json().items
    const lead = before.find((a: { role: string }) => a.role === 'lead')
    await inject({ method: 'POST', url: `/v1/assignments/${lead.id as number}/updates`, ...body({ percent: 10, note: 'Bắt đầu', author: 'BKHCN' }) })
    const etag = (await inject({ method: 'GET', url })).headers.etag as string
    const changed = await inject({ method: 'PATCH', url, ...body({ leadAgencies: ['BCT'], coordinatingAgencies: [] }, { 'if-match': etag }) })
    t.equal(changed.statusCode, 200)
    const after = (await inject({ method: 'GET', url: `${url}/assignments` })).json().items
    t.same(after.map((a: { agency: { code: string }, role: string, state: string }) => [a.agency.code, a.role, a.state]).sort(),
      [['BCT', 'lead', 'open'], ['BKHCN', 'lead', 'cancelled']], 'BTC had no reports and is gone; BKHCN reported and is cancelled')
  })

  t.test('progress updates: history, done, timeliness and roll-up', async (t) => {
    const created = await createTask({ ref: '4', label: '4.', content: 'Hai bộ cùng chủ trì', leadAgencies: ['BGDDT', 'BYT'], deadline: { kind: 'date', dueOn: '2026-04-10', text: null } })
    const taskId = created.json().task.id as number
    t.equal(created.json().task.timeliness, 'open_overdue')
    const [first, second] = (await inject({ method: 'GET', url: `/v1/tasks/${taskId}/assignments` })).json().items
    const progress = await inject({ method: 'POST', url: `/v1/assignments/${first.id as number}/updates`, ...body({ percent: 60, note: 'Đã dự thảo', evidence: ['https://example.gov.vn/du-thao.pdf'], author: 'Bộ GD&ĐT' }) })
    t.equal(progress.statusCode, 201)
    t.match(progress.json(), { assignmentId: first.id, percent: 60, note: 'Đã dự thảo', evidence: ['https://example.gov.vn/du-thao.pdf'], doneOn: null })
    const early = await inject({ method: 'POST', url: `/v1/assignments/${first.id as number}/updates`, ...body({ percent: 100, note: 'Xong', author: 'Bộ GD&ĐT', doneOn: '2026-04-09' }) })
    t.equal(early.statusCode, 201)
    const updates = (await inject({ method: 'GET', url: `/v1/assignments/${first.id as number}/updates` })).json().items
    t.same(updates.map((u: { percent: number }) => u.percent), [60, 100], 'both updates in order')
    t.match((await inject({ method: 'GET', url: `/v1/assignments/${first.id as number}` })).json(), { state: 'done', doneOn: '2026-04-09', progressPercent: 100, timeliness: 'done_on_time' })
    t.equal((await inject({ method: 'GET', url: `/v1/tasks/${taskId}` })).json().timeliness, 'open_overdue', 'still overdue: the second lead is open')

    const etag = (await inject({ method: 'GET', url: `/v1/assignments/${second.id as number}` })).headers.etag as string
    const late = await inject({ method: 'PATCH', url: `/v1/assignments/${second.id as number}`, ...body({ state: 'done', doneOn: '2026-04-14' }, { 'if-match': etag }) })
    t.equal(late.statusCode, 200)
    t.match(late.json(), { state: 'done', timeliness: 'done_late' })
    t.equal((await inject({ method: 'GET', url: `/v1/tasks/${taskId}` })).json().timeliness, 'done_late', 'all leads done, one late')

    const reopenStale = await inject({ method: 'PATCH', url: `/v1/assignments/${second.id as number}`, ...body({ state: 'open' }, { 'if-match': etag }) })
    t.equal(reopenStale.statusCode, 412)
    const future = await inject({ method: 'POST', url: `/v1/assignments/${first.id as number}/updates`, ...body({ percent: 100, note: 'x', author: 'x', doneOn: '2026-12-01' }) })
    t.equal(future.statusCode, 400)
    const badPercent = await inject({ method: 'POST', url: `/v1/assignments/${first.id as number}/updates`, ...body({ percent: 140, note: 'x', author: 'x' }) })
    t.equal(badPercent.statusCode, 400)
    t.equal((await inject({ method: 'POST', url: '/v1/assignments/999999/updates', ...body({ percent: 1, note: 'x', author: 'x' }) })).statusCode, 404)

    const history = (await inject({ method: 'GET', url: `/v1/tasks/${taskId}/history` })).json().items
    t.same(history.map((h: { action: string }) => h.action), ['created', 'progress_reported', 'assignment_done', 'assignment_done'])
  })
})
