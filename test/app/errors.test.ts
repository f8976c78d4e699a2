import t from 'tap'
import { buildTestApp } from '../helper.js'

t.test('errors are RFC 9457 problem details', async (t) => {
  const { inject } = await buildTestApp(t, { bodyLimit: 2048 })

  t.test('unknown route → 404', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/nothing-here' })
    t.equal(res.statusCode, 404)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { type: /^urn:nq57:problem:/, title: 'Not Found', status: 404, code: 'NQ57_ROUTE_NOT_FOUND' })
    t.equal(res.json().requestId, res.headers['x-request-id'], 'the request id is in the body and the header')
  })

  t.test('unknown id → 404 naming it', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/agencies/NO-SUCH' })
    t.equal(res.statusCode, 404)
    t.match(res.json(), { status: 404, code: 'NQ57_NOT_FOUND', detail: 'agency NO-SUCH not found' })
  })

  t.test('bad query parameter → 400 naming the field', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/agencies?limit=abc' })
    t.equal(res.statusCode, 400)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { status: 400, code: 'NQ57_VALIDATION_FAILED', errors: [{ in: 'query', field: '/limit' }] })
  })

  t.test('limit above the cap → 400', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/agencies?limit=100000' })
    t.equal(res.statusCode, 400)
    t.match(res.json().errors, [{ in: 'query', field: '/limit' }])
  })

  t.test('unknown query parameter → 400 naming it', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/agencies?colour=red' })
    t.equal(res.statusCode, 400)
    t.match(res.json().errors, [{ in: 'query', field: '/colour' }])
  })

  t.test('forged cursor → 400', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/agencies?cursor=bm90LWEtY3Vyc29y' })
    t.equal(res.statusCode, 400)
    t.match(res.json(), { code: 'NQ57_BAD_REQUEST', detail: /cursor/ })
  })

  t.test('SQL-ish strings are data, not code', async (t) => {
    const res = await inject({ method: 'GET', url: `/v1/agencies?q=${encodeURIComponent("'; drop table agency; --")}` })
    t.equal(res.statusCode, 200)
    t.same(res.json().items, [])
    const still = await inject({ method: 'GET', url: '/v1/agencies/BKHCN' })
    t.equal(still.statusCode, 200)
  })

  t.test('a caller-supplied request id is echoed; a hostile one is replaced', async (t) => {
    const kept = await inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'portal-42' } })
    t.equal(kept.headers['x-request-id'], 'portal-42')
    const replaced = await inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'bad id\r\nx: y' } })
    t.not(replaced.headers['x-request-id'], 'bad id\r\nx: y')
    t.match(replaced.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  })
})

t.test('a rule the database enforces comes back as a 4xx problem, not a 500', async (t) => {
  const { inject } = await buildTestApp(t)
  const json = (payload: unknown) => ({ payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } })
  const backwards = await inject({ method: 'POST', url: '/v1/reporting-obligations', ...json({ reporter: 'BCT', cadence: 'monthly', startPeriod: '2026-05', endPeriod: '2026-03' }) })
  t.equal(backwards.statusCode, 400)
  t.match(backwards.json(), { code: 'NQ57_RULE_VIOLATED', detail: /breaks a rule/ })
  t.notMatch(backwards.body, /insert into|select /i, 'no SQL')
})
