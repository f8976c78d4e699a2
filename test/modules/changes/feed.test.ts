import t from 'tap'
import pg from 'pg'
import { sql } from 'kysely'
import type { Db } from '../../../src/db/database.js'
import { encodeCursor } from '../../../src/shared/schemas.js'
import { buildTestApp, json } from '../../helper.js'

interface Change { entity: string, id: number, operation: string, version: number | null, data: { version?: number } | null }

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
    await client.query('insert into notice (number, kind, issued_on, issuer_code, title) values (\'70-TB/CQTTBCĐ\', \'TB\', \'2026-04-01\', \'CQTTBCD\', \'Chậm\')')
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
    t.match(changes.filter((c) => c.id === notice.id && c.entity === 'notice'), [
      { operation: 'create', data: null },
      { operation: 'delete', data: null }
    ])
    t.notOk(replica.has(`notice:${notice.id as number}`))
  })

  t.test('catalogue entries are in the feed too', async (t) => {
    const created = await inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json({ edition: '21/2026/QĐ-TTg', code: 'X-FEED-1', nameVi: 'Công nghệ thử', nameEn: 'Test', group: 2, investmentMode: 'push' }) })
    t.equal(created.statusCode, 201)
    const changes = await pull()
    t.match(changes.filter((c) => c.entity === 'catalogue_technology'), [{ operation: 'create', id: created.json().id, data: { code: 'X-FEED-1', investmentMode: 'push' } }])
  })

  t.test('ids are numbers and every key is camelCase, in the items and in each entity', async (t) => {
    const keys = new Set<string>()
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk)
      else if (typeof value === 'object' && value !== null) for (const [key, inner] of Object.entries(value)) { keys.add(key); walk(inner) }
    }
    let after = ''
    for (;;) {
      const page = (await inject({ method: 'GET', url: `/v1/changes?limit=1000${after}` })).json() as { items: Change[], nextCursor: string }
      if (page.items.length === 0) break
      for (const change of page.items) {
        if (typeof change.id !== 'number' || (change.data !== null && (change.data as { id?: unknown }).id !== change.id)) t.fail(`${change.entity} ${String(change.id)}: the id is the entity's, as a number`)
      }
      walk(page)
      after = `&after=${page.nextCursor}`
    }
    t.same([...keys].filter((key) => !/^[a-z][a-zA-Z0-9]*$/.test(key)), [], `${keys.size} distinct keys`)
  })

  t.test('bad cursor → 400; readers may follow the feed', async (t) => {
    t.equal((await inject({ method: 'GET', url: '/v1/changes?after=abc' })).statusCode, 400)
    const { bearer } = await import('../../helper.js')
    t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/changes', headers: bearer(ctx.keys.reader) })).statusCode, 200)
  })
})

type Inject = (options: { method: 'GET', url: string }) => Promise<{ statusCode: number, json: () => any }>
interface Lag { heldBack: number, oldestHeldBackAt: string | null, seconds: number }

/** Pages through the whole feed from the start, `limit` at a time, as a consumer would. */
async function replay (inject: Inject, limit: number): Promise<string[]> {
  const served: string[] = []
  let cursor: string | undefined
  for (;;) {
    const page = (await inject({ method: 'GET', url: `/v1/changes?limit=${limit}${cursor === undefined ? '' : `&after=${cursor}`}` })).json()
    if (page.items.length === 0) return served
    for (const c of page.items as Change[]) served.push(`${c.entity}:${c.id}:${c.operation}:${String(c.version)}`)
    cursor = page.nextCursor
  }
}

/** change_log as the feed must serve it: rows below the served horizon, by numeric transaction id. */
async function servedLog (db: Db): Promise<{ rows: string[], horizon: bigint, heldBack: number }> {
  const { rows } = await sql<{ key: string, served: boolean }>`
    select entity || ':' || entity_id || ':' || operation || ':' || coalesce(version::text, 'null') as key,
      txid < pg_snapshot_xmin(pg_current_snapshot()) as served
    from change_log order by txid, seq`.execute(db)
  const { rows: [horizon] } = await sql<{ xmin: string }>`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`.execute(db)
  return { rows: rows.filter((r) => r.served).map((r) => r.key), horizon: BigInt(horizon?.xmin ?? 0), heldBack: rows.filter((r) => !r.served).length }
}

/** Moves the cluster's transaction counter to at least `target`, one short transaction at a time. */
async function burnTransactionIds (connectionString: string, target: number): Promise<bigint> {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const current = async (): Promise<bigint> => BigInt((await client.query<{ x: string }>('select pg_current_xact_id()::text as x')).rows[0]?.x ?? '0')
    const missing = BigInt(target) - await current()
    if (missing > 0n) {
      await client.query('set synchronous_commit = off')
      await client.query(`do $$ begin for i in 1..${missing} loop perform pg_current_xact_id(); commit; end loop; end $$`)
    }
    return await current()
  } finally {
    await client.end()
  }
}

const until = async (check: () => Promise<boolean>, ms = 10000): Promise<boolean> => {
  for (const stop = Date.now() + ms; Date.now() < stop; await new Promise((resolve) => setTimeout(resolve, 50))) if (await check()) return true
  return false
}

t.test('feed order across transaction ids whose text and numeric orders differ', async (t) => {
  const ctx = await buildTestApp(t)
  // 99 < 100, 999 < 1000 and 9999 < 10000 as numbers, the other way round as text.
  const SERVED = [99, 100, 999, 1000, 9999, 10000]
  // Past the 32-bit epoch: no test cluster's transactions get there, so these stay held back.
  const FUTURE = ['4294967295', '4294967296']
  t.ok(await burnTransactionIds(ctx.connectionString, 10100) > 10001n, 'the cluster has passed every served boundary')
  // Planted last transaction first, so their sequence numbers run against transaction order.
  const planted = new Map<string, string[]>()
  let id = 990000
  for (const txid of [...SERVED.map(String), ...FUTURE].reverse()) {
    const rows = ['create', 'update'].map((operation) => ({ operation, entityId: String(++id) }))
    for (const { operation, entityId } of rows) {
      await sql`insert into change_log (txid, entity, entity_id, operation, version) values (${txid}::xid8, 'notice', ${entityId}, ${operation}, 1)`.execute(ctx.db)
    }
    planted.set(txid, rows.map(({ operation, entityId }) => `notice:${entityId}:${operation}:1`))
  }
  t.ok(await until(async () => (await servedLog(ctx.db)).horizon > 10000n), 'the served horizon is past 10000')

  const served = await replay(ctx.inject, 3)
  const log = await servedLog(ctx.db)
  t.equal(log.heldBack, 4, 'only the rows past the epoch are held back')
  t.same(served, log.rows, 'a replay 3 at a time is change_log row for row: nothing skipped, nothing repeated')
  t.equal(new Set(served).size, served.length, 'no change served twice')
  const plantedKeys = new Set([...planted.values()].flat())
  t.same(served.filter((key) => plantedKeys.has(key)), SERVED.flatMap((txid) => planted.get(String(txid))),
    'the planted rows come in numeric transaction order')
  t.comment(`boundary replay: ${log.rows.length} served rows of change_log, ${served.length} served, ${log.heldBack} held back`)

  t.test('a cursor out of the xid8 range is a 400 problem; one at its edge is served', async (t) => {
    const cursor = (position: unknown[]): string => Buffer.from(JSON.stringify(position)).toString('base64url')
    for (const bad of [['18446744073709551616', 0], ['99999999999999999999', 0], ['1', -1], ['1', 1.5], ['1', 2 ** 63], [1, 1]]) {
      const res = await ctx.inject({ method: 'GET', url: `/v1/changes?after=${cursor(bad)}` })
      t.equal(res.statusCode, 400, JSON.stringify(bad))
      t.match(res.headers['content-type'], /^application\/problem\+json/)
    }
    const edge = await ctx.inject({ method: 'GET', url: `/v1/changes?after=${cursor(['18446744073709551615', 0])}` })
    t.equal(edge.statusCode, 200)
    t.same(edge.json().items, [])
  })
})

t.test('a replay of the seeded data and later writes across a power of ten equals change_log', async (t) => {
  const ctx = await buildTestApp(t, { today: '2026-04-15' })
  const { rows: [seed] } = await sql<{ txid: string }>`select min(txid)::text as txid from change_log`.execute(ctx.db)
  const seedTxid = Number(seed?.txid)
  const boundary = 10 ** String(seedTxid).length
  const reached = await burnTransactionIds(ctx.connectionString, boundary + 10)
  t.ok(reached > BigInt(boundary), `seed written by transaction ${seedTxid}; later writes start past ${boundary}`)
  const notice = (await ctx.inject({ method: 'POST', url: '/v1/notices', ...json({ number: '400-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Qua mốc' }) })).json()
  const task = (await ctx.inject({ method: 'POST', url: `/v1/notices/${notice.id as number}/tasks`, ...json({ ref: '1', label: '1.', content: 'Việc', leadAgencies: ['BKHCN'] }) })).json().task
  const [assignment] = (await ctx.inject({ method: 'GET', url: `/v1/tasks/${task.id as number}/assignments` })).json().items
  t.equal((await ctx.inject({ method: 'POST', url: `/v1/assignments/${assignment.id as number}/updates`, ...json({ percent: 30, note: 'Đang làm' }) })).statusCode, 201)
  const { rows: [late] } = await sql<{ txid: string }>`select max(txid)::text as txid from change_log`.execute(ctx.db)
  t.ok(String(late?.txid).length > String(seedTxid).length, `the last change (transaction ${String(late?.txid)}) has more digits than the seed's`)
  t.ok(await until(async () => (await servedLog(ctx.db)).heldBack === 0), 'nothing is held back')

  const served = await replay(ctx.inject, 7)
  const log = await servedLog(ctx.db)
  t.same(served, log.rows, 'served row for row in (transaction, sequence) order')
  const repeats = served.length - new Set(served).size
  t.equal(repeats, 0)
  t.comment(`seed replay: ${log.rows.length} change_log rows, ${served.length} served, ${repeats} repeated`)
})

t.test('the feed answer and the metrics tell how much a running transaction holds back', async (t) => {
  const ctx = await buildTestApp(t)
  const page = async (after: string): Promise<{ items: Change[], nextCursor: string, lag: Lag }> => (await ctx.inject({ method: 'GET', url: `/v1/changes?limit=1000&after=${after}` })).json()
  const gauge = async (name: string): Promise<number> =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec((await ctx.inject({ method: 'GET', url: '/metrics' })).body)?.[1])
  t.ok(await until(async () => (await page(encodeCursor(['0', 0]))).lag.heldBack === 0))
  let nextCursor = encodeCursor(['0', 0])
  for (let read = await page(nextCursor); read.items.length > 0; read = await page(nextCursor)) nextCursor = read.nextCursor
  t.same((await page(nextCursor)).lag, { heldBack: 0, oldestHeldBackAt: null, seconds: 0 })

  const long = new pg.Client({ connectionString: ctx.connectionString })
  await long.connect()
  t.teardown(async () => { await long.end() })
  await long.query('begin')
  await long.query('select pg_current_xact_id()')
  const created = await ctx.inject({ method: 'POST', url: '/v1/notices', ...json({ number: '500-TB/CQTTBCĐ', issuedOn: '2026-04-02', issuer: 'CQTTBCD', title: 'Sau giao dịch dài' }) })
  t.equal(created.statusCode, 201)
  const isNotice = (c: Change): boolean => c.entity === 'notice' && c.id === created.json().id
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const held = await page(nextCursor)
  t.same(held.items.filter(isNotice), [], 'the committed change is not served past the open transaction')
  t.ok(held.lag.heldBack >= 1, `lag.heldBack ${held.lag.heldBack}`)
  t.ok(held.lag.seconds >= 1, `lag.seconds ${held.lag.seconds}`)
  t.ok(held.lag.oldestHeldBackAt !== null && Date.parse(held.lag.oldestHeldBackAt) <= Date.now())
  t.ok(await gauge('change_feed_held_back') >= 1, 'change_feed_held_back')
  t.ok(await gauge('change_feed_lag_seconds') >= 1, 'change_feed_lag_seconds')

  await long.query('commit')
  t.ok(await until(async () => (await page(nextCursor)).lag.heldBack === 0), 'nothing held back once it ends')
  const after = await page(nextCursor)
  t.match(after.items.filter(isNotice), [{ operation: 'create' }], 'then the change is served')
  t.same(after.lag, { heldBack: 0, oldestHeldBackAt: null, seconds: 0 })
  t.equal(await gauge('change_feed_held_back'), 0)
  t.equal(await gauge('change_feed_lag_seconds'), 0)
})
