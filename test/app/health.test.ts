import t from 'tap'
import { buildTestApp, makeUnreachable } from '../helper.js'

t.test('liveness and readiness answer 200 while the database answers', async (t) => {
  const { inject } = await buildTestApp(t)
  const live = await inject({ method: 'GET', url: '/health/live' })
  t.equal(live.statusCode, 200)
  t.same(live.json(), { status: 'ok' })
  const ready = await inject({ method: 'GET', url: '/health/ready' })
  t.equal(ready.statusCode, 200)
  t.same(ready.json(), { status: 'ok' })
})

t.test('readiness is 503 problem+json when the database is gone', async (t) => {
  const { inject, connectionString } = await buildTestApp(t)
  await makeUnreachable(t, connectionString)
  const ready = await inject({ method: 'GET', url: '/health/ready' })
  t.equal(ready.statusCode, 503)
  t.match(ready.headers['content-type'], /^application\/problem\+json/)
  t.match(ready.json(), { status: 503, code: 'NQ57_DATABASE_UNAVAILABLE' })
  const agencies = await inject({ method: 'GET', url: '/v1/agencies' })
  t.equal(agencies.statusCode, 503, 'a data route says 503, not 500, while the database is down')
  t.notOk(JSON.stringify(agencies.json()).includes('select'), 'no SQL leaks to the client')
})

t.test('metrics are exposed in Prometheus text format', async (t) => {
  const { inject } = await buildTestApp(t)
  await inject({ method: 'GET', url: '/v1/agencies?limit=1' })
  const metrics = await inject({ method: 'GET', url: '/metrics' })
  t.equal(metrics.statusCode, 200)
  t.match(metrics.headers['content-type'], /^text\/plain/)
  t.match(metrics.body, /http_request_duration_seconds_count\{[^}]*route="\/v1\/agencies"[^}]*status_code="200"/)
  t.match(metrics.body, /db_pool_connections\{state="total"\}/)
})
