import t from 'tap'
import pg from 'pg'
import { bearer, buildTestApp, json } from '../helper.js'

t.test('access control, audit and abuse protection', async (t) => {
  const ctx = await buildTestApp(t, { today: '2026-04-15' })
  const { app, keys, inject } = ctx
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
  const operations = Object.entries<Record<string, { security?: unknown[] }>>(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, url: path.replace('{id}', '1').replace('{code}', 'BKHCN'), secured: op.security !== undefined })))
  const writes = operations.filter((op) => op.method !== 'GET')

  t.test('API2 broken authentication: every write route refuses a missing, malformed, unknown or revoked key with 401', async (t) => {
    t.ok(writes.length >= 10, `${writes.length} write routes`)
    const revoked = await ctx.reporterKey('BCA')
    const { id: revokedId } = (await inject({ method: 'GET', url: '/v1/api-keys' })).json().items.at(-1)
    t.equal((await inject({ method: 'DELETE', url: `/v1/api-keys/${revokedId as number}` })).statusCode, 204)
    for (const op of writes) {
      t.ok(op.secured, `${op.method} ${op.path} declares its security requirement`)
      for (const headers of [{}, { authorization: 'Basic abc' }, bearer('nq57_unknownunknownunknown'), bearer(revoked)]) {
        const res = await app.inject({ method: op.method as 'POST', url: op.url, ...json({}, headers) })
        t.equal(res.statusCode, 401, `${op.method} ${op.path} with ${JSON.stringify(headers)}`)
        t.equal(res.headers['www-authenticate'], 'Bearer')
      }
    }
  })

  t.test('API5 broken function level authorization: a reader key gets 403 on every write route, 200 on reads', async (t) => {
    for (const op of writes) {
      const res = await app.inject({ method: op.method as 'POST', url: op.url, ...json({}, bearer(keys.reader)) })
      t.equal(res.statusCode, 403, `${op.method} ${op.path}`)
      t.match(res.json(), { status: 403, code: 'NQ57_FORBIDDEN' })
    }
    for (const url of ['/v1/tasks?limit=1', '/v1/notices', '/v1/agencies/BKHCN']) {
      t.equal((await app.inject({ method: 'GET', url, headers: bearer(keys.reader) })).statusCode, 200, url)
    }
    const reporter = await ctx.reporterKey('BCA')
    for (const [method, url] of [['POST', '/v1/notices'], ['POST', '/v1/api-keys'], ['GET', '/v1/audit'], ['PATCH', '/v1/tasks/1']] as const) {
      t.equal((await app.inject({ method, url, ...json({}, bearer(reporter)) })).statusCode, 403, `reporter ${method} ${url}`)
    }
    t.equal((await app.inject({ method: 'GET', url: '/v1/api-keys', headers: bearer(keys.secretariat) })).statusCode, 403, 'secretariat cannot manage keys')
    for (const url of ['/health/live', '/health/ready', '/openapi.json', '/docs/']) {
      t.equal((await app.inject({ method: 'GET', url })).statusCode, 200, `${url} is public`)
    }
    t.equal((await app.inject({ method: 'GET', url: '/v1/agencies' })).statusCode, 401, 'data needs a key')
  })

  t.test('API1 broken object level authorization: a reporter of one agency cannot touch another agency\'s assignment', async (t) => {
    const task = (await inject({ method: 'GET', url: '/v1/tasks?agency=BCA&role=lead&limit=1' })).json().items[0]
    const assignments = (await inject({ method: 'GET', url: `/v1/tasks/${task.id as number}/assignments` })).json().items
    const bca = assignments.find((a: { agency: { code: string } }) => a.agency.code === 'BCA')
    const before = (await inject({ method: 'GET', url: `/v1/assignments/${bca.id as number}` }))
    const provinceReporter = await ctx.reporterKey('HA-NOI')
    const update = await app.inject({ method: 'POST', url: `/v1/assignments/${bca.id as number}/updates`, ...json({ percent: 100, note: 'xong', doneOn: '2026-04-01' }, bearer(provinceReporter)) })
    t.equal(update.statusCode, 403)
    const state = await app.inject({ method: 'PATCH', url: `/v1/assignments/${bca.id as number}`, ...json({ state: 'done', doneOn: '2026-04-01' }, { ...bearer(provinceReporter), 'if-match': before.headers.etag as string }) })
    t.equal(state.statusCode, 403)
    const after = await inject({ method: 'GET', url: `/v1/assignments/${bca.id as number}` })
    t.same(after.json(), before.json(), 'nothing changed')
    t.same((await inject({ method: 'GET', url: `/v1/assignments/${bca.id as number}/updates` })).json().items, [])

    const own = await ctx.reporterKey('BCA')
    const mine = await app.inject({ method: 'POST', url: `/v1/assignments/${bca.id as number}/updates`, ...json({ percent: 30, note: 'Đang thực hiện' }, bearer(own)) })
    t.equal(mine.statusCode, 201)
    t.equal(mine.json().author, 'test reporter BCA', 'the author defaults to the key')
    const audit = (await inject({ method: 'GET', url: `/v1/audit?entity=progress_update&entityId=${mine.json().id as number}` })).json().items
    t.match(audit, [{ action: 'insert', actorName: 'test reporter BCA', requestId: mine.headers['x-request-id'], before: null, after: { percent: 30 } }])
  })

  t.test('every write leaves an audit entry with who, before, after and the request id', async (t) => {
    const created = await app.inject({ method: 'POST', url: '/v1/notices', ...json({ number: '50-TB/CQTTBCĐ', issuedOn: '2026-04-10', issuer: 'CQTTBCD', title: 'Kiểm toán' }, bearer(keys.secretariat)) })
    t.equal(created.statusCode, 201)
    const id = created.json().id as number
    const patched = await app.inject({ method: 'PATCH', url: `/v1/notices/${id}`, ...json({ title: 'Kiểm toán (sửa)' }, { ...bearer(keys.secretariat), 'if-match': '"1"' }) })
    t.equal(patched.statusCode, 200)
    const task = await app.inject({ method: 'POST', url: `/v1/notices/${id}/tasks`, ...json({ ref: '1', label: '1.', content: 'Việc', leadAgencies: ['BKHCN'] }, bearer(keys.secretariat)) })
    t.equal(task.statusCode, 201)
    const deleted = await app.inject({ method: 'DELETE', url: `/v1/notices/${id}`, headers: bearer(keys.secretariat) })
    t.equal(deleted.statusCode, 204)
    const entries = (await inject({ method: 'GET', url: `/v1/audit?entity=notice&entityId=${id}` })).json().items
    t.match(entries, [
      { action: 'insert', actorName: 'test secretariat', requestId: created.headers['x-request-id'], before: null, after: { title: 'Kiểm toán' } },
      { action: 'update', requestId: patched.headers['x-request-id'], before: { title: 'Kiểm toán' }, after: { title: 'Kiểm toán (sửa)' } },
      { action: 'delete', requestId: deleted.headers['x-request-id'], before: { title: 'Kiểm toán (sửa)' }, after: null }
    ])
    const taskEntries = (await inject({ method: 'GET', url: `/v1/audit?entity=task&entityId=${task.json().task.id as number}` })).json().items
    // In between, the assignment trigger's update of the task's lead counters is audited as well.
    t.same(taskEntries.map((e: { action: string }) => e.action), ['insert', 'update', 'delete'], 'the cascade is audited too')
    const key = await inject({ method: 'POST', url: '/v1/api-keys', ...json({ name: 'Cổng giám sát', role: 'reader' }) })
    t.equal(key.statusCode, 201)
    const keyAudit = (await inject({ method: 'GET', url: `/v1/audit?entity=api_key&entityId=${key.json().key.id as number}` })).json().items
    t.match(keyAudit, [{ action: 'insert', after: { name: 'Cổng giám sát', role: 'reader' } }])
    t.notOk(JSON.stringify(keyAudit).includes(key.json().secret), 'no secret in the audit')
    t.notOk('secret_hash' in keyAudit[0].after, 'no secret hash in the audit')
  })

  t.test('the audit log cannot be changed, not even directly in the database', async (t) => {
    const client = new pg.Client({ connectionString: ctx.connectionString })
    await client.connect()
    t.teardown(async () => { await client.end() })
    await t.rejects(client.query("update audit_log set actor_name = 'x'"), /append-only|permission denied/)
    await t.rejects(client.query('delete from audit_log'), /append-only|permission denied/)
    const deleted = await app.inject({ method: 'DELETE', url: '/v1/audit', headers: bearer(keys.admin) })
    t.equal(deleted.statusCode, 405, 'no route deletes it')
    t.equal(deleted.headers.allow, 'GET, HEAD')
  })

  t.test('keys: shown once, listed without secrets, revocation works at once', async (t) => {
    const created = await inject({ method: 'POST', url: '/v1/api-keys', ...json({ name: 'Bộ Công an', role: 'reporter', agencyCode: 'BCA' }) })
    t.equal(created.statusCode, 201)
    const secret = created.json().secret as string
    t.match(secret, /^nq57_/)
    const list = await inject({ method: 'GET', url: '/v1/api-keys' })
    t.notOk(list.body.includes(secret))
    t.equal((await app.inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: bearer(secret) })).statusCode, 200)
    await inject({ method: 'DELETE', url: `/v1/api-keys/${created.json().key.id as number}` })
    t.equal((await app.inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: bearer(secret) })).statusCode, 401)
    t.equal((await inject({ method: 'POST', url: '/v1/api-keys', ...json({ name: 'x', role: 'reporter' }) })).statusCode, 400, 'a reporter needs an agency')
    t.equal((await inject({ method: 'POST', url: '/v1/api-keys', ...json({ name: 'x', role: 'reader', agencyCode: 'BCA' }) })).statusCode, 400, 'only a reporter has one')
  })

  t.test('API3 broken object property level authorization: id, version and audit fields cannot be mass-assigned', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/v1/notices', ...json({ number: '51-TB/CQTTBCĐ', issuedOn: '2026-04-10', issuer: 'CQTTBCD', title: 'x', id: 1, version: 9, createdAt: '2020-01-01T00:00:00Z', status: 'withdrawn' }, bearer(keys.secretariat)) })
    t.equal(res.statusCode, 400)
    t.same(res.json().errors.map((e: { field: string }) => e.field).sort(), ['/createdAt', '/id', '/status', '/version'])
  })

  t.test('Idempotency-Key: a retried create returns the first result; another body with the same key is 422', async (t) => {
    const payload = { number: '52-TB/CQTTBCĐ', issuedOn: '2026-04-10', issuer: 'CQTTBCD', title: 'Một lần' }
    const first = await app.inject({ method: 'POST', url: '/v1/notices', ...json(payload, { ...bearer(keys.secretariat), 'idempotency-key': 'retry-1' }) })
    const again = await app.inject({ method: 'POST', url: '/v1/notices', ...json(payload, { ...bearer(keys.secretariat), 'idempotency-key': 'retry-1' }) })
    t.equal(first.statusCode, 201)
    t.equal(again.statusCode, 201)
    t.equal(again.headers['idempotent-replayed'], 'true')
    t.same(again.json(), first.json())
    t.equal(again.headers.location, first.headers.location)
    const rows = (await inject({ method: 'GET', url: `/v1/notices?number=${encodeURIComponent('52-TB/CQTTBCĐ')}` })).json().items
    t.equal(rows.length, 1, 'one row')
    const other = await app.inject({ method: 'POST', url: '/v1/notices', ...json({ ...payload, title: 'Khác' }, { ...bearer(keys.secretariat), 'idempotency-key': 'retry-1' }) })
    t.equal(other.statusCode, 422)
    const failed = await app.inject({ method: 'POST', url: '/v1/notices', ...json({ ...payload, issuer: 'NOPE' }, { ...bearer(keys.secretariat), 'idempotency-key': 'retry-2' }) })
    t.equal(failed.statusCode, 400)
    const fixed = await app.inject({ method: 'POST', url: '/v1/notices', ...json({ ...payload, number: '53-TB/CQTTBCĐ', issuer: 'NOPE' }, { ...bearer(keys.secretariat), 'idempotency-key': 'retry-2' }) })
    t.equal(fixed.statusCode, 400, 'a failed attempt does not pin its key')
  })

  t.test('an idempotent retry of a key creation never stores or repeats the secret', async (t) => {
    const headers = { ...bearer(keys.admin), 'idempotency-key': 'key-once' }
    const first = await app.inject({ method: 'POST', url: '/v1/api-keys', ...json({ name: 'Một lần', role: 'reader' }, headers) })
    t.equal(first.statusCode, 201)
    const again = await app.inject({ method: 'POST', url: '/v1/api-keys', ...json({ name: 'Một lần', role: 'reader' }, headers) })
    t.equal(again.statusCode, 409)
    const keysNamed = (await inject({ method: 'GET', url: '/v1/api-keys' })).json().items.filter((k: { name: string }) => k.name === 'Một lần')
    t.equal(keysNamed.length, 1, 'one key')
    const stored = await ctx.db.selectFrom('idempotencyRequest').select('responseBody').where('idempotencyKey', '=', 'key-once').executeTakeFirstOrThrow()
    t.equal(stored.responseBody, null, 'the secret is not kept')
  })

  t.test('API8 security misconfiguration: security headers and a CORS allow-list', async (t) => {
    const res = await app.inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: { ...bearer(keys.reader), origin: 'https://portal.example.gov.vn' } })
    t.equal(res.headers['x-content-type-options'], 'nosniff')
    t.ok(res.headers['content-security-policy'])
    t.ok(res.headers['strict-transport-security'])
    t.equal(res.headers['access-control-allow-origin'], 'https://portal.example.gov.vn')
    const stranger = await app.inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: { ...bearer(keys.reader), origin: 'https://evil.example.com' } })
    t.equal(stranger.headers['access-control-allow-origin'], undefined)
  })
})

t.test('API4 unrestricted resource consumption: per-key rate limit answers 429 with Retry-After', async (t) => {
  const { app, keys } = await buildTestApp(t, { rateLimitPerMinute: 3 })
  const codes: number[] = []
  let last
  for (let i = 0; i < 5; i++) {
    last = await app.inject({ method: 'GET', url: '/v1/agencies?limit=1', headers: bearer(keys.reader) })
    codes.push(last.statusCode)
  }
  t.same(codes, [200, 200, 200, 429, 429])
  t.ok(Number(last?.headers['retry-after']) > 0)
  t.match(last?.json(), { status: 429, code: 'NQ57_RATE_LIMITED' })
  t.equal((await app.inject({ method: 'GET', url: '/v1/agencies?limit=1', headers: bearer(keys.secretariat) })).statusCode, 200, 'another key has its own budget')
  t.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200, 'health is not limited')
  const capped = await app.inject({ method: 'GET', url: '/v1/tasks?limit=100000', headers: bearer(keys.admin) })
  t.equal(capped.statusCode, 400, 'page size is capped')
})

t.test('a key revoked through another instance stops working here too (cache invalidation by NOTIFY)', async (t) => {
  const ctx = await buildTestApp(t)
  const { buildApp } = await import('../../src/app.js')
  const other = await buildApp({ config: { LOG_LEVEL: 'silent', BODY_LIMIT: 1048576, DB_POOL_SIZE: 2, TODAY: undefined, ADMIN_API_KEY: undefined, RATE_LIMIT_PER_MINUTE: 100000, CORS_ORIGINS: '' }, connectionString: ctx.connectionString })
  await other.ready()
  t.teardown(async () => { await other.close() })
  const reporter = await ctx.reporterKey('BCT')
  t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: bearer(reporter) })).statusCode, 200, 'cached here now')
  const { id } = (await ctx.inject({ method: 'GET', url: '/v1/api-keys' })).json().items.at(-1)
  t.equal((await other.inject({ method: 'DELETE', url: `/v1/api-keys/${id as number}`, headers: bearer(ctx.keys.admin) })).statusCode, 204, 'revoked on the other instance')
  let status = 200
  for (let i = 0; i < 50 && status === 200; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    status = (await ctx.app.inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: bearer(reporter) })).statusCode
  }
  t.equal(status, 401, 'refused here within the notification delay')
})
