import t from 'tap'
import { agencyGroups } from '../../../seeds/agencies.js'
import { buildTestApp } from '../../helper.js'
import { SEED_FILES, seedNotice, walk, type SeedNode } from '../../seed-data.js'

const TODAY = '2026-04-15'

t.test('seeded tasks through the API', async (t) => {
  const { inject } = await buildTestApp(t, { today: TODAY })
  const get = async (url: string) => (await inject({ method: 'GET', url })).json()
  const byRef = async (noticeNumber: string, ref: string) => {
    const notice = (await get(`/v1/notices?number=${encodeURIComponent(noticeNumber)}`)).items[0]
    const tasks = (await get(`/v1/tasks?noticeId=${notice.id as number}&limit=500`)).items as Array<{ id: number, ref: string, references: Array<{ documentNumber: string, taskRef: string | null, taskId: number | null }> }>
    return tasks.find((task) => task.ref === ref)
  }

  t.test('concrete tasks read as the notices say', async (t) => {
    t.match(await byRef('17-TB/CQTTBCĐ', '1.b.(1)'), {
      label: '(1)', leadAgencies: [{ code: 'VPTW', nameVi: 'Văn phòng Trung ương Đảng' }],
      deadline: { kind: 'quarter', dueOn: '2026-03-31', text: 'hoàn thành trong quý I/2026' }, timeliness: 'open_overdue'
    })
    t.match(await byRef('17-TB/CQTTBCĐ', '5.c.-2.(1)'), { leadAgencies: [{ code: 'BCA' }], deadline: { kind: 'date', dueOn: '2026-03-01' } })
    t.match(await byRef('20-TB/CQTTBCĐ', '3.e'), {
      leadAgencies: [{ code: 'BCY' }], directingAgencies: [{ code: 'BQP' }], deadline: { kind: 'date', dueOn: '2026-05-01' }, timeliness: 'open_in_time'
    })
    t.match(await byRef('20-TB/CQTTBCĐ', '3.d'), { leadAgencies: [{ code: 'BKHCN' }], recurrence: 'monthly' })
    const charter = await byRef('20-TB/CQTTBCĐ', '3.c.-4')
    const target = await byRef('17-TB/CQTTBCĐ', '4.b')
    t.match(charter?.references, [{ documentNumber: '17-TB/CQTTBCĐ', taskRef: '4.b', taskId: target?.id }], "20-TB's charter point refers to 17-TB §4.b")
  })

  t.test('the tree mirrors the notice', async (t) => {
    for (const [index, file] of SEED_FILES.entries()) {
      const tree = (await get(`/v1/notices/${index + 1}/tasks`)).items
      const shape = (nodes: Array<{ task: { ref: string }, children: unknown[] }>): unknown =>
        nodes.map((n) => [n.task.ref, shape(n.children as never)])
      const seedShape = (nodes: SeedNode[]): unknown => nodes.map((n) => [n.ref, seedShape(n.children)])
      t.same(shape(tree), seedShape(seedNotice(file).tasks), file)
    }
  })

  t.test('walking /v1/tasks with limit=7 returns every task once', async (t) => {
    const total = SEED_FILES.reduce((sum, file) => sum + [...walk(seedNotice(file).tasks)].length, 0)
    const ids: number[] = []
    let cursor: string | null = null
    do {
      const page = await get(`/v1/tasks?limit=7${cursor === null ? '' : `&cursor=${cursor}`}`)
      t.ok(page.items.length <= 7)
      ids.push(...page.items.map((task: { id: number }) => task.id))
      cursor = page.nextCursor
    } while (cursor !== null)
    t.equal(ids.length, total)
    t.equal(new Set(ids).size, total)
  })

  t.test('agency, role and timeliness filters return exactly the expected tasks', async (t) => {
    const membersOf = new Map(agencyGroups.map((g) => [g.code, g.members]))
    // Computed from the seed files, independently of the SQL: on a fresh database every assignment is open.
    const expected = (agency: string, role: 'lead' | 'coordinating', timeliness: string): string[] => SEED_FILES.flatMap((file) =>
      [...walk(seedNotice(file).tasks)].filter((node) => {
        const direct = role === 'lead' ? node.leadAgencies : node.coordinatingAgencies
        const groups = role === 'lead' ? node.leadGroups : node.coordinatingGroups
        const isLead = node.leadAgencies.includes(agency) || node.leadGroups.some((g) => membersOf.get(g)?.includes(agency))
        const has = direct.includes(agency) || groups.some((g) => membersOf.get(g)?.includes(agency))
        if (!has || (role === 'coordinating' && isLead)) return false
        const due = node.deadline?.dueOn ?? null
        const actual = due === null ? 'open_undated' : TODAY > due ? 'open_overdue' : 'open_in_time'
        return actual === timeliness
      }).map((node) => `${file}:${node.ref}`))
    const fileOf = ['', ...SEED_FILES]
    for (const [agency, role, timeliness] of [['BCA', 'lead', 'open_overdue'], ['BKHCN', 'lead', 'open_in_time'], ['HA-NOI', 'lead', 'open_overdue'], ['BKHCN', 'coordinating', 'open_undated'], ['BTC', 'lead', 'open_undated']] as const) {
      const page = await get(`/v1/tasks?agency=${agency}&role=${role}&timeliness=${timeliness}&limit=500`)
      const actual = page.items.map((task: { noticeId: number, ref: string }) => `${fileOf[task.noticeId] ?? ''}:${task.ref}`)
      const want = expected(agency, role, timeliness)
      t.ok(want.length > 0, `${agency} ${role} ${timeliness} has cases, so the comparison means something`)
      t.same(actual.sort(), want.sort(), `${agency} ${role} ${timeliness}`)
    }
  })

  t.test('due range, q and roll-up timeliness filters', async (t) => {
    const march = (await get('/v1/tasks?dueAfter=2026-02-28&dueBefore=2026-04-01&limit=500')).items
    t.ok(march.length > 0)
    t.ok(march.every((task: { deadline: { dueOn: string } }) => task.deadline.dueOn >= '2026-03-01' && task.deadline.dueOn < '2026-04-01'))
    const search = (await get(`/v1/tasks?q=${encodeURIComponent('ban co yeu')}&limit=500`)).items
    t.ok(search.some((task: { ref: string }) => task.ref === '3.e'), 'accent-insensitive search finds Ban Cơ yếu')
    const overdue = (await get('/v1/tasks?timeliness=open_overdue&limit=500')).items
    t.ok(overdue.length > 0)
    t.ok(overdue.every((task: { timeliness: string }) => task.timeliness === 'open_overdue'))
    const bad = await inject({ method: 'GET', url: '/v1/tasks?timeliness=late' })
    t.equal(bad.statusCode, 400)
    t.match(bad.json().errors, [{ in: 'query', field: '/timeliness' }])
  })
})
