import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { createDb } from '../../src/db/database.js'
import * as repository from '../../src/modules/api-keys/repository.js'
import * as authentication from '../../src/modules/api-keys/authentication.js'
import { newSecret } from '../../src/modules/api-keys/secrets.js'
import { bearer, buildTestApp, freshDatabase } from '../helper.js'

/** The app with its key lookups counted: what reaches the database for an API key. */
async function countingApp (t: Test, rateLimitPerMinute: number, existingKeys: string[] = []): Promise<{ app: FastifyInstance, lookups: () => number, createKey: (secret: string) => Promise<void> }> {
  let lookups = 0
  // Mocked one level at a time: the mock loader cannot follow app.ts's .js specifiers to .ts files.
  const auth = await t.mockImport<typeof import('../../src/plugins/auth.js')>('../../src/plugins/auth.js', {
    '../../src/modules/api-keys/authentication.js': {
      ...authentication,
      // beforeLookup runs exactly when the key is not cached and the database is about to be asked.
      principalOf: async (...[db, cache, secret, beforeLookup]: Parameters<typeof authentication.principalOf>) =>
        await authentication.principalOf(db, cache, secret, async () => { await beforeLookup(); lookups++ })
    }
  })
  const { buildApp } = await t.mockImport<typeof import('../../src/app.js')>('../../src/app.js', { '../../src/plugins/auth.js': auth })
  const { connectionString, ownerConnectionString, drop } = await freshDatabase()
  const { db } = createDb({ connectionString: ownerConnectionString, poolSize: 1 })
  const createKey = async (secret: string): Promise<void> => { await db.transaction().execute(async (trx) => await repository.insertKey(trx, { name: 'limits reader', role: 'reader', agencyCode: null }, secret)) }
  // Made before the app starts, so no key-change notification is still on its way when the test begins.
  for (const secret of existingKeys) await createKey(secret)
  const app = await buildApp({
    config: { LOG_LEVEL: 'silent', BODY_LIMIT: 1048576, DB_POOL_SIZE: 2, TODAY: '2026-04-15', ADMIN_API_KEY: undefined, RATE_LIMIT_PER_MINUTE: rateLimitPerMinute, CORS_ORIGINS: '' },
    connectionString
  })
  await app.ready()
  t.teardown(async () => {
    await app.close()
    await db.destroy()
    await drop()
  })
  return { app, lookups: () => lookups, createKey }
}

t.test('API4:2023 Unrestricted resource consumption — requests without a valid key are limited per address, before the key is looked up', async (t) => {
  const good = newSecret()
  const { app, lookups } = await countingApp(t, 5, [good])
  t.equal((await app.inject({ method: 'GET', url: '/v1/agencies?limit=1', headers: bearer(good) })).statusCode, 200, 'a valid key, now known')
  const before = lookups()
  const answers = []
  for (let i = 0; i < 8; i++) answers.push(await app.inject({ method: 'GET', url: '/v1/agencies?limit=1', headers: bearer(newSecret()) }))
  t.same(answers.map((res) => res.statusCode), [401, 401, 401, 401, 401, 429, 429, 429])
  t.same(answers.slice(0, 5).map((res) => res.headers['x-ratelimit-remaining']), ['4', '3', '2', '1', '0'], 'the 401s carry the budget')
  t.equal(lookups() - before, 5, 'no lookup once the budget is spent')
  const refused = answers.at(-1)
  t.ok(Number(refused?.headers['retry-after']) > 0, 'Retry-After')
  t.match(refused?.json(), { status: 429, code: 'NQ57_RATE_LIMITED' })
  t.equal(refused?.headers['x-request-id'], refused?.json().requestId)
  t.equal((await app.inject({ method: 'GET', url: '/v1/agencies?limit=1' })).statusCode, 429, 'no key at all counts against the same budget')
  t.equal((await app.inject({ method: 'GET', url: '/v1/agencies?limit=1', headers: bearer(good) })).statusCode, 200, 'a known valid key from that address still works')
  t.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200, 'liveness is never limited')
})

t.test('API4:2023 Unrestricted resource consumption — a repeated unknown key costs one lookup, and creating that key lifts the refusal at once', async (t) => {
  const { app, lookups, createKey } = await countingApp(t, 100000)
  const secret = newSecret()
  const before = lookups()
  for (let i = 0; i < 20; i++) t.equal((await app.inject({ method: 'GET', url: '/v1/agencies?limit=1', headers: bearer(secret) })).statusCode, 401)
  t.equal(lookups() - before, 1, 'one lookup for twenty attempts')
  await createKey(secret)
  let status = 401
  for (let i = 0; i < 50 && status === 401; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    status = (await app.inject({ method: 'GET', url: '/v1/agencies?limit=1', headers: bearer(secret) })).statusCode
  }
  t.equal(status, 200, 'the new key works within the notification delay')
})

t.test('API4:2023 Unrestricted resource consumption — public routes that reach the database are limited per address', async (t) => {
  const { app } = await buildTestApp(t, { rateLimitPerMinute: 3 })
  const ranking = '/v1/rankings/agencies?from=2026-01-01&to=2026-03-31&asOf=2026-04-01'
  const codes = [
    (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode,
    (await app.inject({ method: 'GET', url: ranking })).statusCode,
    (await app.inject({ method: 'GET', url: ranking })).statusCode
  ]
  const over = await app.inject({ method: 'GET', url: ranking })
  t.same([...codes, over.statusCode], [200, 200, 200, 429])
  t.equal(over.headers['x-ratelimit-limit'], '3')
  t.ok(Number(over.headers['retry-after']) > 0)
  t.equal((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 429, 'readiness shares the address budget')
  t.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200, 'liveness does not')
})

t.test('API4:2023 Unrestricted resource consumption — the public ranking is cacheable: Cache-Control, an ETag and 304 on If-None-Match', async (t) => {
  const { app } = await buildTestApp(t)
  const url = '/v1/rankings/agencies?from=2026-01-01&to=2026-03-31&asOf=2026-04-01'
  const first = await app.inject({ method: 'GET', url })
  t.equal(first.statusCode, 200)
  t.equal(first.headers['cache-control'], 'public, max-age=60')
  const etag = first.headers.etag as string
  t.match(etag, /^"[\w-]{27}"$/)
  t.equal((await app.inject({ method: 'GET', url })).headers.etag, etag, 'the same content, the same ETag')
  for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
    const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': ifNoneMatch } })
    t.equal(again.statusCode, 304, `If-None-Match: ${ifNoneMatch}`)
    t.equal(again.body, '')
    t.equal(again.headers['content-length'], undefined, 'a 304 carries no body length')
    t.equal(again.headers.etag, etag)
  }
  const stale = await app.inject({ method: 'GET', url, headers: { 'if-none-match': '"not-this-one"' } })
  t.equal(stale.statusCode, 200)
  t.same(stale.json(), first.json())
  const other = await app.inject({ method: 'GET', url: '/v1/rankings/agencies?from=2026-01-01&to=2026-02-28&asOf=2026-04-01', headers: { 'if-none-match': etag } })
  t.equal(other.statusCode, 200, 'another period is another entity')
  t.not(other.headers.etag, etag)
})
