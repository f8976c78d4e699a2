import t from 'tap'
import pg from 'pg'
import { buildTestApp } from '../../helper.js'

const json = (payload: unknown, headers: Record<string, string> = {}) => ({ payload: JSON.stringify(payload), headers: { 'content-type': 'application/json', ...headers } })

interface Change { entity: string, id: string, operation: string, version: number | null, data: { version?: number } | null }

t.test('change feed', async (t) => {
  const ctx = await buildTestApp(t, { today: '2026-04-15' })
  const { inject } = ctx
  const replica = new Map<string, Change['data']>()
  let cursor: string | undefined
  const pull = async (): Promise<Change[]> => {
    const res = await inject({ method: 'GET', url: `/v1/changes?limit=500${cursor === undefined ? '' : `&after=${cursor}`}` })
    t.equal(res.statusCode, 200)
    const page = res.json() as { items: Change[], nextCursor: string }
    for (const change of page.items) {
      if (change.data === null) replica.delete(`${change.entity}:${change.id}`)
      else replica.set(`${change.entity}:${change.id}`, change.data)
    }
    cursor = page.nextCursor
    return page.items
  }
  const drain = async (): Promise<void> => { while ((await pull()).length > 0) { /* keep reading */ } }

  const snapshot = async (): Promise<Map<string, number | null>> => {
    const rows = await Promise.all([
      ctx.db.selectFrom('notice').select(['id', 'version']).execute().then((r) => r.map((x) => [`notice:${x.id}`, x.version] as const)),
      ctx.db.selectFrom('task').select(['id', 'version']).execute().then((r) => r.map((x) => [`task:${x.id}`, x.version] as const)),
      ctx.db.selectFrom('assignment').select(['id', 'version']).execute().then((r) => r.map((x) => [`assignment:${x.id}`, x.version] as const)),
      ctx.db.selectFrom('progressUpdate').select(['id']).execute().then((r) => r.map((x) => [`progress_update:${x.id}`, null] as const))
    ])
    return new Map(rows.flat())
  }
  const COMPARED = ['notice:', 'task:', 'assignment:', 'progress_update:']
  const replicaState = (): Map<string, number | null> =>
    new Map([...replica].filter(([key]) => COMPARED.some((prefix) => key.startsWith(prefix)))
      .map(([key, data]) => [key, key.startsWith('progress_update') ? null : (data?.version ?? -1)]))

  t.test('replaying from the start reconstructs the seeded state', async (t) => {
    await drain()
    t.same(replicaState(), await snapshot())
  })

  t.test('a transaction that commits late is not skipped (no bigserial gap)', async (t) => {
    const client = new pg.Client({ connectionString: ctx.connectionString })
    await client.connect()
    t.teardown(async () => { await client.end() })
    await client.query('begin')
    // The slow writer takes its sequence number first…
    await client.query(`insert into notice (number, kind, issued_on, issuer_code, title) values ('70-TB/CQTTBCĐ', 'TB', '2026-04-01', 'CQTTBCD', 'Chậm')`)
    // …a fast one commits after it, with a larger sequence number.
    const fast = await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '71-TB/CQTTBCĐ', issuedOn: '2026-04-02', issuer: 'CQTTBCD', title: 'Nhanh' }) })
    t.equal(fast.statusCode, 201)
    const whileOpen = await pull()
    t.same(whileOpen, [], 'nothing is served past a transaction still in flight')
    await client.query('commit')
    const after = await pull()
    t.same(after.filter((c) => c.entity === 'notice').map((c) => (c.data as { number: string }).number), ['70-TB/CQTTBCĐ', '71-TB/CQTTBCĐ'])
  })

  t.test('a consumer following the feed during 8 concurrent writers reconstructs exactly the current rows', async (t) => {
    const writer = async (w: number): Promise<void> => {
      const notice = (await inject({ method: 'POST', url: '/v1/notices', ...json({ number: `${100 + w}-TB/CQTTBCĐ`, issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: `Người viết ${w}` }) })).json()
      for (let i = 0; i < 6; i++) {
        const task = (await inject({ method: 'POST', url: `/v1/notices/${notice.id as number}/tasks`, ...json({ ref: String(i + 1), label: `${i + 1}.`, content: `Việc ${i}`, leadAgencies: ['BKHCN', 'BCA'], coordinatingAgencies: ['BTC'] }) })).json().task
        const [assignment] = (await inject({ method: 'GET', url: `/v1/tasks/${task.id as number}/assignments` })).json().items
        await inject({ method: 'POST', url: `/v1/assignments/${assignment.id as number}/updates`, ...json({ percent: 50, note: 'Một nửa' }) })
        await inject({ method: 'PATCH', url: `/v1/tasks/${task.id as number}`, ...json({ content: `Việc ${i} (sửa)` }, { 'if-match': '"1"' }) })
      }
      if (w % 2 === 0) {
        const doomed = (await inject({ method: 'POST', url: '/v1/notices', ...json({ number: `${200 + w}-TB/CQTTBCĐ`, issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Sẽ xoá' }) })).json()
        await inject({ method: 'POST', url: `/v1/notices/${doomed.id as number}/tasks`, ...json({ ref: '1', label: '1.', content: 'Tạm', leadGroups: ['MINISTRIES'] }) })
        await inject({ method: 'DELETE', url: `/v1/notices/${doomed.id as number}` })
      }
    }
    let writing = true
    const reader = (async () => { while (writing) await pull() })()
    await Promise.all(Array.from({ length: 8 }, async (_, w) => await writer(w)))
    writing = false
    await reader
    await drain()
    const expected = await snapshot()
    t.ok(expected.size > 500, `${expected.size} rows`)
    t.same(replicaState(), expected)
  })

  t.test('a deletion arrives as a tombstone', async (t) => {
    const notice = (await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '300-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Xoá' }) })).json()
    await inject({ method: 'DELETE', url: `/v1/notices/${notice.id as number}` })
    const changes = await pull()
    t.match(changes.filter((c) => c.id === String(notice.id) && c.entity === 'notice'), [
      { operation: 'create', data: null },
      { operation: 'delete', data: null }
    ])
    t.notOk(replica.has(`notice:${notice.id as number}`))
  })

  t.test('catalogue entries are in the feed too', async (t) => {
    const created = await inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json({ edition: '21/2026/QĐ-TTg', code: 'X-FEED-1', nameVi: 'Công nghệ thử', nameEn: 'Test', group: 2, investmentMode: 'push' }) })
    t.equal(created.statusCode, 201)
    const changes = await pull()
    t.match(changes.filter((c) => c.entity === 'catalogue_technology'), [{ operation: 'create', id: String(created.json().id), data: { code: 'X-FEED-1', investmentMode: 'push' } }])
  })

  t.test('bad cursor → 400; readers may follow the feed', async (t) => {
    t.equal((await inject({ method: 'GET', url: '/v1/changes?after=abc' })).statusCode, 400)
    const { bearer } = await import('../../helper.js')
    t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/changes', headers: bearer(ctx.keys.reader) })).statusCode, 200)
  })
})
