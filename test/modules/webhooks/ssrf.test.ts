import t from 'tap'
import { sql } from 'kysely'
import { buildTestApp, json } from '../../helper.js'
import { newWebhookSecret } from '../../../src/modules/webhooks/signature.js'
import { closedPort, receiver, until } from './receiver.js'

// Every target here is either loopback or never connected to: tests send nothing off this machine.
const createNotice = (n: number) => ({ method: 'POST' as const, url: '/v1/notices', ...json({ number: `${n}-TB/CQTTBCĐ`, issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: `Thông báo ${n}` }) })

t.test('API7:2023 Server side request forgery — internal targets are refused at subscription with a reason, before any connection', async (t) => {
  const { inject, connectionString } = await buildTestApp(t, { today: '2026-04-15' })
  const trap = await receiver(t, (_req, res) => res.writeHead(204).end())
  const p = trap.port
  const refused: Array<[string, RegExp]> = [
    [`http://127.0.0.1:${p}/hook`, /^url refused: 127\.0\.0\.1 is a loopback address/],
    [`http://[::1]:${p}/hook`, /::1 is a loopback address/],
    [`http://localhost:${p}/hook`, /localhost resolves to a loopback address/],
    [`http://LocalHost.:${p}/hook`, /localhost resolves to a loopback address/],
    [`http://2130706433:${p}/hook`, /127\.0\.0\.1 is a loopback/],
    [`http://127.1:${p}/hook`, /127\.0\.0\.1 is a loopback/],
    [`http://0x7f.1:${p}/hook`, /127\.0\.0\.1 is a loopback/],
    [`http://0177.0.0.01:${p}/hook`, /127\.0\.0\.1 is a loopback/],
    [`http://%31%32%37.0.0.1:${p}/hook`, /127\.0\.0\.1 is a loopback/],
    [`http://[::ffff:127.0.0.1]:${p}/hook`, /::ffff:7f00:1 is a loopback/],
    [`http://[::127.0.0.1]:${p}/hook`, /is a reserved address/],
    [`http://[64:ff9b::7f00:1]:${p}/hook`, /is a reserved address/],
    [`http://127.0.0.1:${new URL(connectionString).port}/`, /127\.0\.0\.1 is a loopback/],
    [`http://0.0.0.0:${p}/hook`, /0\.0\.0\.0 is an unspecified address/],
    [`http://0:${p}/hook`, /0\.0\.0\.0 is an unspecified address/],
    [`http://[::]:${p}/hook`, /:: is an unspecified address/],
    ['http://169.254.169.254/latest/meta-data/iam/security-credentials/', /169\.254\.169\.254 is a cloud metadata address/],
    ['http://[::ffff:a9fe:a9fe]/latest/meta-data/', /is a cloud metadata address/],
    ['http://[fd00:ec2::254]/latest/meta-data/', /is a cloud metadata address/],
    ['http://100.100.100.200/latest/meta-data/', /is a cloud metadata address/],
    ['http://10.20.30.40/hook', /is a private address/],
    ['http://172.16.0.1/hook', /is a private address/],
    ['http://172.31.255.255/hook', /is a private address/],
    ['http://192.168.1.1/hook', /is a private address/],
    ['http://100.64.0.1/hook', /is a carrier-grade NAT address/],
    ['http://169.254.10.10/hook', /is a link-local address/],
    ['http://[fe80::1]/hook', /is a link-local address/],
    ['http://[fd12:3456::1]/hook', /is a unique-local address/],
    ['http://224.0.0.251/hook', /is a multicast address/],
    ['http://[ff02::1]/hook', /is a multicast address/],
    ['http://255.255.255.255/hook', /is a reserved address/],
    ['https://user:secret@8.8.8.8/hook', /credentials in the URL are not supported/]
  ]
  for (const [url, why] of refused) {
    const res = await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url, eventTypes: ['*'] }) })
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { status: 400, code: 'NQ57_WEBHOOK_TARGET_REFUSED', detail: why }, url)
  }
  const unparsable = await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url: 'http://1.2.3.4.5/hook', eventTypes: ['*'] }) })
  t.match({ status: unparsable.statusCode, body: unparsable.json() }, { status: 400, body: { code: 'NQ57_BAD_REQUEST' } }, 'a URL the URL parser rejects is a 400, not a 500')

  // Public addresses, including the edges of the private ranges; nothing is sent (the dispatcher is off here).
  const accepted = ['https://8.8.8.8/hook', 'https://[2001:4860:4860::8888]/hook', 'http://[::ffff:808:808]/hook', 'http://172.32.0.1/hook', 'http://100.128.0.1/hook', 'http://134744072/hook']
  for (const url of accepted) {
    t.equal((await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url, eventTypes: ['*'] }) })).statusCode, 201, url)
  }
  const stored = (await inject({ method: 'GET', url: '/v1/webhooks' })).json().items.map((s: { url: string }) => s.url)
  t.same(stored, [...accepted.slice(0, 5), 'http://8.8.8.8/hook'], 'only the public ones, stored as the URL parser reads them')
  t.equal(trap.connections(), 0, 'the check never connects')
})

t.test('API7:2023 Server side request forgery — a stored target that is internal now is refused again at each delivery, without connecting', async (t) => {
  const { inject, db } = await buildTestApp(t, { today: '2026-04-15', webhooks: { pollMs: 50, timeoutMs: 1000, retryBaseMs: 10, maxAttempts: 2 } })
  const trap = await receiver(t, (_req, res) => res.writeHead(204).end())
  // Written past the API, as a row from before this rule or a name that resolved elsewhere when it was subscribed.
  const urls = [`http://127.0.0.1:${trap.port}/a`, `http://localhost:${trap.port}/b`, `http://2130706433:${trap.port}/c`, `http://[::ffff:7f00:1]:${trap.port}/d`]
  const { rows } = await sql<{ id: number }>`insert into webhook_subscription (url, event_types, secret)
    select u, array['notice.created'], ${newWebhookSecret()} from unnest(${urls}::text[]) u returning id`.execute(db)
  t.equal((await inject(createNotice(94))).statusCode, 201)
  const logOf = async (id: number) => (await inject({ method: 'GET', url: `/v1/webhooks/${id}/deliveries` })).json().items
  await until(async () => (await Promise.all(rows.map(async ({ id }) => (await logOf(id))[0]?.status))).every((s) => s === 'failed'))
  for (const { id } of rows) {
    t.match(await logOf(id), [{ status: 'failed', attempts: 2, lastStatusCode: null, lastError: 'receiver refused by policy' }])
  }
  t.equal(trap.connections(), 0, 'no connection was opened to any of them')
})

t.test('API7:2023 Server side request forgery, API10:2023 Unsafe consumption of APIs — an allow-listed receiver is reached as named, redirects are not followed and the log keeps only a kind of failure, never the receiver\'s answer', async (t) => {
  const { inject } = await buildTestApp(t, { today: '2026-04-15', webhooks: { pollMs: 50, timeoutMs: 300, retryBaseMs: 10, maxAttempts: 1 }, webhookAllowedHosts: '127.0.0.1' })
  const subscribe = async (url: string) => await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url, eventTypes: ['notice.created'] }) })

  t.test('the allow-list opens exactly what it names', async (t) => {
    const other = await receiver(t, (_req, res) => res.writeHead(204).end())
    for (const url of [`http://127.0.0.2:${other.port}/`, `http://[::1]:${other.port}/`, 'http://169.254.169.254/', 'http://10.0.0.1/']) {
      t.equal((await subscribe(url)).statusCode, 400, url)
    }
    t.equal(other.connections(), 0)
  })

  const good = await receiver(t, (_req, res) => res.writeHead(204).end())
  const beyond = await receiver(t, (_req, res) => res.writeHead(204).end())
  const redirecting = await receiver(t, (_req, res) => res.writeHead(302, { location: beyond.url }).end())
  const broken = await receiver(t, (_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('FATAL: password authentication failed for user "postgres"'))
  const silent = await receiver(t, () => { /* never answers */ })
  const targets = { good: good.url, viaName: `http://localhost:${good.port}/named`, redirecting: redirecting.url, broken: broken.url, silent: silent.url, closed: `http://127.0.0.1:${await closedPort()}/hook` }
  const ids: Record<string, number> = {}
  for (const [name, url] of Object.entries(targets)) {
    const res = await subscribe(url)
    t.equal(res.statusCode, 201, name)
    ids[name] = res.json().subscription.id
  }
  t.equal((await inject(createNotice(95))).statusCode, 201)
  const logOf = async (name: string) => (await inject({ method: 'GET', url: `/v1/webhooks/${ids[name] ?? 0}/deliveries` })).json().items
  await until(async () => (await Promise.all(Object.keys(targets).map(async (name) => (await logOf(name))[0]?.status))).every((s) => s !== undefined && s !== 'pending'))

  t.match(await logOf('good'), [{ status: 'delivered', lastStatusCode: 204, lastError: null }])
  t.match(await logOf('viaName'), [{ status: 'delivered', lastStatusCode: 204 }], 'a name that resolves only to an allowed address')
  t.equal(good.received.length, 2)
  for (const { headers } of good.received) t.match(headers['user-agent'], /^nq57-directive-api\/\d+\.\d+\.\d+ \(webhooks\)$/)
  t.match(await logOf('redirecting'), [{ status: 'failed', lastStatusCode: 302, lastError: 'HTTP 3xx (redirects are not followed)' }])
  t.equal(beyond.received.length, 0, 'the redirect target is never called')
  t.match(await logOf('broken'), [{ status: 'failed', lastStatusCode: 503, lastError: 'HTTP 5xx' }])
  t.match(await logOf('closed'), [{ status: 'failed', lastStatusCode: null, lastError: 'connection failed' }])
  t.match(await logOf('silent'), [{ status: 'failed', lastStatusCode: null, lastError: 'timeout' }])
  const everything = JSON.stringify(await Promise.all(Object.keys(targets).map(logOf)))
  t.notMatch(everything, /password|ECONNREFUSED|fetch failed|aborted/i, 'no receiver text or socket error reaches the log')
})
