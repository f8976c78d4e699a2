import t from 'tap'
import { Webhook } from 'standardwebhooks'
import { Value } from 'typebox/value'
import { Change } from '../../../src/modules/changes/schemas.js'
import { buildTestApp, json } from '../../helper.js'
import { receiver, until } from './receiver.js'

t.test('webhooks', async (t) => {
  const { inject } = await buildTestApp(t, { today: '2026-04-15', webhooks: { pollMs: 50, timeoutMs: 1000, retryBaseMs: 100, maxAttempts: 3 }, webhookAllowedHosts: '127.0.0.1' })
  const subscribe = async (url: string, eventTypes: string[]) => (await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url, eventTypes }) })).json()
  const createNotice = async (n: number) => await inject({ method: 'POST', url: '/v1/notices', ...json({ number: `${n}-TB/CQTTBCĐ`, issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: `Thông báo ${n}` }) })

  t.test('a receiver gets a delivery it can verify with the Standard Webhooks library', async (t) => {
    const hook = await receiver(t, (_req, res) => res.writeHead(204).end())
    const { subscription, secret } = await subscribe(hook.url, ['notice.created'])
    t.match(secret, /^whsec_/)
    const created = (await createNotice(90)).json()
    await until(() => hook.received.length > 0)
    const [delivery] = hook.received
    if (delivery === undefined) throw new Error('no delivery')
    const verified = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as { type: string, timestamp: string, data: Change }
    t.match(verified, { type: 'notice.created', data: { entity: 'notice', id: created.id, operation: 'create', data: { id: created.id, number: '90-TB/CQTTBCĐ' } } })
    t.ok(Value.Check(Change, verified.data), 'data is a change as the feed\'s schema describes it')
    t.equal(verified.timestamp, verified.data.occurredAt)
    let served: Change | undefined
    for (let after = '', page; served === undefined; after = `&after=${page.nextCursor as string}`) {
      page = (await inject({ method: 'GET', url: `/v1/changes?limit=1000${after}` })).json()
      if (page.items.length === 0) break
      served = (page.items as Change[]).find((c) => c.entity === 'notice' && c.id === created.id)
    }
    t.same(verified.data, served, 'the very item GET /v1/changes serves for that change')
    t.throws(() => new Webhook(secret).verify(`${delivery.body} `, delivery.headers as Record<string, string>), 'a tampered body fails verification')
    await until(async () => (await inject({ method: 'GET', url: `/v1/webhooks/${subscription.id as number}/deliveries` })).json().items[0]?.status === 'delivered')
    t.match((await inject({ method: 'GET', url: `/v1/webhooks/${subscription.id as number}/deliveries` })).json().items, [{ entity: 'notice', entityId: created.id, status: 'delivered', attempts: 1, lastStatusCode: 204 }])
  })

  t.test('a failing receiver gets retries with backoff, then the delivery fails and can be replayed', async (t) => {
    let healthy = false
    const hook = await receiver(t, (_req, res) => res.writeHead(healthy ? 200 : 500).end())
    const { subscription } = await subscribe(hook.url, ['notice.*'])
    await createNotice(91)
    const log = async () => (await inject({ method: 'GET', url: `/v1/webhooks/${subscription.id as number}/deliveries` })).json().items
    await until(async () => (await log())[0]?.status === 'failed')
    t.equal(hook.received.length, 3, 'three attempts')
    t.same(new Set(hook.received.map((r) => r.headers['webhook-id'])).size, 1, 'the same message id on every attempt')
    t.match((await log())[0], { attempts: 3, lastStatusCode: 500 })
    healthy = true
    const [failed] = await log()
    const replay = await inject({ method: 'POST', url: `/v1/webhooks/${subscription.id as number}/deliveries/${failed.id as number}/replay` })
    t.equal(replay.statusCode, 202)
    await until(async () => (await log())[0]?.status === 'delivered')
    t.equal(hook.received.length, 4)
  })

  t.test('a hanging receiver never holds up the API', async (t) => {
    const hook = await receiver(t, () => { /* never answers */ })
    await subscribe(hook.url, ['*'])
    await createNotice(92)
    await until(() => hook.received.length > 0)
    // The receiver is holding the dispatcher's request open right now; the API still answers every call.
    for (let i = 0; i < 20; i++) {
      const res = await createNotice(500 + i)
      t.equal(res.statusCode, 201)
    }
    t.ok(hook.received.length < 21, 'deliveries are not sent inline with the writes')
  })

  t.test('subscriptions are managed by the Standing Office and validated', async (t) => {
    t.equal((await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url: 'ftp://x', eventTypes: ['task.updated'] }) })).statusCode, 400)
    t.equal((await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url: 'http://127.0.0.1:1/x', eventTypes: ['task.exploded'] }) })).statusCode, 400)
    const list = (await inject({ method: 'GET', url: '/v1/webhooks' })).json()
    t.ok(list.items.length >= 3)
    t.notOk(JSON.stringify(list).includes('whsec_'), 'secrets are never listed')
    const audit = (await inject({ method: 'GET', url: '/v1/audit?entity=webhook_subscription' })).json()
    t.notOk(JSON.stringify(audit).includes('whsec_'), 'nor audited')
  })

  t.test('API8:2023 Security misconfiguration — a replay is in the audit log with who asked for it; the dispatcher\'s own attempts are not', async (t) => {
    let healthy = false
    const hook = await receiver(t, (_req, res) => res.writeHead(healthy ? 204 : 500).end())
    const { subscription } = await subscribe(hook.url, ['notice.created'])
    await createNotice(93)
    const log = async () => (await inject({ method: 'GET', url: `/v1/webhooks/${subscription.id as number}/deliveries` })).json().items
    await until(async () => (await log())[0]?.status === 'failed')
    const [failed] = await log()
    const audited = async () => (await inject({ method: 'GET', url: `/v1/audit?entity=webhook_delivery&entityId=${failed.id as number}` })).json().items
    t.same(await audited(), [], 'three failed attempts leave no audit entry')
    healthy = true
    const replay = await inject({ method: 'POST', url: `/v1/webhooks/${subscription.id as number}/deliveries/${failed.id as number}/replay` })
    t.equal(replay.statusCode, 202)
    await until(async () => (await log())[0]?.status === 'delivered')
    const entries = await audited()
    t.equal(entries.length, 1, 'the replay, and not the delivery that followed it')
    t.match(entries[0], {
      action: 'update', entity: 'webhook_delivery', entityId: String(failed.id), actorName: 'test admin', requestId: replay.headers['x-request-id'],
      before: { status: 'failed', attempts: 3 }, after: { status: 'pending', attempts: 0 }
    })
  })
})
