import t from 'tap'
import { buildApp } from '../../src/app.js'
import { makeKey, sleep, startCluster } from './harness.js'

// DESIGN §8: every committed change served exactly once, in commit order, whatever the transaction
// ids look like. Text and numeric order differ only where the number of digits changes, so the
// cluster's transaction counter is moved to just below a power of ten and 8 writers cross it.
const WRITERS = 8
const WRITE_MS = 20_000
const BELOW_BOUNDARY = 500n

interface Change { entity: string, id: string, operation: string, version: number | null }

t.test('the change feed across a transaction-id power of ten, under 8 writers for 20 s', async (t) => {
  const cluster = await startCluster(t)
  const xid = async (): Promise<bigint> => BigInt((await cluster.query('select pg_current_xact_id()::text as x')).rows[0].x as string)
  const start = await xid()
  const boundary = 10n ** BigInt(String(start + 3000n).length)
  // Each committed loop turn uses up one transaction id.
  await cluster.query(`do $$ begin for i in 1..${boundary - BELOW_BOUNDARY - start} loop perform pg_current_xact_id(); commit; end loop; end $$`)
  const burnt = await xid()
  t.ok(burnt < boundary && boundary - burnt <= BELOW_BOUNDARY + 10n, `transaction ids at ${burnt}, ${boundary - burnt} below ${boundary}`)

  const admin = await makeKey(cluster.ownerUrl, 'admin')
  const app = await buildApp({
    config: { LOG_LEVEL: 'silent', BODY_LIMIT: 1048576, DB_POOL_SIZE: 10, TODAY: undefined, ADMIN_API_KEY: undefined, RATE_LIMIT_PER_MINUTE: 1_000_000, CORS_ORIGINS: '' },
    connectionString: cluster.serviceUrl
  })
  await app.ready()
  t.teardown(async () => { await app.close() })
  const headers = { authorization: `Bearer ${admin}` }
  const assignmentIds = (await cluster.query("select id from assignment where state = 'open' order by id limit 64")).rows.map((row: { id: number }) => row.id)

  // A consumer follows live while the writers run, and another replays from the start afterwards.
  const follow = async (served: Change[], cursor: string | undefined, until: () => boolean): Promise<string | undefined> => {
    for (;;) {
      const res = await app.inject({ method: 'GET', url: `/v1/changes?limit=97${cursor === undefined ? '' : `&after=${cursor}`}`, headers })
      if (res.statusCode !== 200) throw new Error(`feed answered ${res.statusCode}: ${res.body}`)
      const page = res.json() as { items: Change[], nextCursor: string, lag: { heldBack: number } }
      served.push(...page.items)
      cursor = page.nextCursor
      // Up to date only when nothing is held back by a transaction still running.
      if (page.items.length === 0 && page.lag.heldBack === 0) {
        if (until()) return cursor
      }
      if (page.items.length === 0) await sleep(20)
    }
  }

  let writing = true
  let writes = 0
  const live: Change[] = []
  const following = follow(live, undefined, () => !writing)
  const endAt = Date.now() + WRITE_MS
  await Promise.all(Array.from({ length: WRITERS }, async (_v, writer) => {
    for (let i = 0; Date.now() < endAt; i++) {
      const assignmentId = assignmentIds[(writer * 8 + i) % assignmentIds.length] as number
      const res = await app.inject({ method: 'POST', url: `/v1/assignments/${assignmentId}/updates`, headers, payload: { percent: i % 100, note: `ghi ${writer}/${i}` } })
      if (res.statusCode !== 201) throw new Error(`write answered ${res.statusCode}: ${res.body}`)
      writes++
    }
  }))
  const after = await xid()
  writing = false
  await following

  const logged = (await cluster.query('select entity, entity_id as id, operation, version from change_log order by txid, seq')).rows as Change[]
  const key = (c: Change): string => `${c.entity}:${c.id}:${c.operation}:${String(c.version)}`
  const replay: Change[] = []
  await follow(replay, undefined, () => true)

  t.ok(after > boundary, `${writes} writes took the transaction ids from ${burnt} to ${after}, across ${boundary}`)
  const tally = (changes: Change[]): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const c of changes) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1)
    return counts
  }
  const compare = (served: Change[]): { skipped: number, repeated: number } => {
    const want = tally(logged)
    const got = tally(served)
    let skipped = 0
    let repeated = 0
    for (const [k, n] of want) skipped += Math.max(0, n - (got.get(k) ?? 0))
    for (const [k, n] of got) repeated += Math.max(0, n - (want.get(k) ?? 0))
    return { skipped, repeated }
  }
  t.same(compare(replay), { skipped: 0, repeated: 0 }, 'replay: 0 skipped, 0 repeated')
  t.same(compare(live), { skipped: 0, repeated: 0 }, 'live: 0 skipped, 0 repeated')
  t.same(replay.map(key), logged.map(key), `a replay from the start serves all ${logged.length} changes of change_log, in order, once each`)
  t.same(live.map(key), logged.map(key), `the live follower was served the same ${live.length} changes`)
})
