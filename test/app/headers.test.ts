import t, { type Test } from 'tap'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { API_METHODS } from '../../src/plugins/security.js'
import { bearer, buildTestApp, makeUnreachable } from '../helper.js'

const PORTAL = 'https://portal.example.gov.vn'

function sameHeaders (t: Test, res: LightMyRequestResponse, what: string, rateLimited = true): void {
  t.equal(res.headers['x-content-type-options'], 'nosniff', `${what}: security headers`)
  t.ok(res.headers['content-security-policy'], `${what}: content security policy`)
  t.ok(res.headers['strict-transport-security'], `${what}: HSTS`)
  t.match(res.headers['x-request-id'], /\S/, `${what}: x-request-id`)
  if (res.statusCode >= 400) t.equal(res.json().requestId, res.headers['x-request-id'], `${what}: the same id in the body`)
  if (rateLimited) t.match(res.headers['x-ratelimit-remaining'], /^\d+$/, `${what}: rate-limit headers`)
}

t.test('API8:2023 Security misconfiguration — refusals carry the same security, request-id and rate-limit headers as answers', async (t) => {
  const { app, keys } = await buildTestApp(t)
  const reader = bearer(keys.reader)
  sameHeaders(t, await app.inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: reader }), '200')
  const cases: Array<[number, InjectOptions]> = [
    [401, { method: 'GET', url: '/v1/tasks?limit=1' }],
    [401, { method: 'GET', url: '/v1/tasks?limit=1', headers: bearer('nq57_not-a-key-at-all-000000') }],
    [403, { method: 'POST', url: '/v1/notices', headers: reader, payload: {} }],
    [404, { method: 'GET', url: '/v1/no-such-route', headers: reader }],
    [404, { method: 'GET', url: '/v1/tasks/999999', headers: reader }],
    [400, { method: 'GET', url: '/v1/tasks?limit=0', headers: reader }]
  ]
  for (const [status, options] of cases) {
    const res = await app.inject(options)
    t.equal(res.statusCode, status, `${String(options.method)} ${String(options.url)}`)
    sameHeaders(t, res, `${status} ${String(options.url)}`)
  }
})

t.test('API8:2023 Security misconfiguration — CORS preflight allows every method the API has, for the allowed origin only', async (t) => {
  const { app } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
  const used = new Set(Object.values<Record<string, unknown>>(doc.paths).flatMap((item) => Object.keys(item).map((m) => m.toUpperCase())))
  t.ok(used.has('PATCH') && used.has('DELETE'), 'the API has PATCH and DELETE')
  for (const method of used) {
    t.ok(API_METHODS.includes(method), `${method} is in the CORS method list`)
    const preflight = await app.inject({ method: 'OPTIONS', url: '/v1/tasks/1', headers: { origin: PORTAL, 'access-control-request-method': method, 'access-control-request-headers': 'authorization, if-match, content-type' } })
    t.equal(preflight.statusCode, 204)
    t.equal(preflight.headers['access-control-allow-origin'], PORTAL)
    t.ok(String(preflight.headers['access-control-allow-methods']).split(/,\s*/).includes(method), `preflight allows ${method}`)
  }
  const stranger = await app.inject({ method: 'OPTIONS', url: '/v1/tasks/1', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'DELETE' } })
  t.equal(stranger.headers['access-control-allow-origin'], undefined)
})

t.test('API8:2023 Security misconfiguration — a 503 while the database is away carries the same headers', async (t) => {
  const { app, keys, connectionString } = await buildTestApp(t)
  await makeUnreachable(t, connectionString)
  let res: LightMyRequestResponse | undefined
  for (let i = 0; i < 60 && res?.statusCode !== 503; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    res = await app.inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: bearer(keys.reader) })
  }
  t.equal(res?.statusCode, 503)
  if (res !== undefined) sameHeaders(t, res, '503', false)
  t.equal(res?.headers['retry-after'], '2')
})
