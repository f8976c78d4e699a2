import type { LookupAddress } from 'node:dns'
import t from 'tap'
import { TargetPolicy } from '../../../src/modules/webhooks/target-policy.js'
import { TargetRefused } from '../../../src/shared/errors.js'

// A resolver under the test's control stands in for DNS: nothing here leaves the process.
function scripted (...answers: LookupAddress[][]): { resolve: (host: string) => Promise<LookupAddress[]>, calls: string[] } {
  const calls: string[] = []
  return { calls, resolve: async (host) => { calls.push(host); return answers[Math.min(calls.length - 1, answers.length - 1)] ?? [] } }
}

async function lookup (policy: TargetPolicy, host: string, options: { all?: boolean, family?: number } = {}): Promise<unknown> {
  return await new Promise((resolve, reject) => {
    policy.lookup(host, options, (error, address, family) => { if (error !== null) reject(error); else resolve(options.all === true ? address : { address, family }) })
  })
}

const PUBLIC = { address: '93.184.215.14', family: 4 }
const LOOPBACK = { address: '127.0.0.1', family: 4 }

t.test('API7:2023 Server side request forgery — DNS rebinding: a name public at subscription and internal at delivery is refused by the connection\'s own lookup', async (t) => {
  const dns = scripted([PUBLIC], [LOOPBACK])
  const policy = new TargetPolicy('', dns.resolve)
  await policy.check(new URL('https://hooks.example.test/x'))
  await t.rejects(lookup(policy, 'hooks.example.test', { all: true }), new TargetRefused('hooks.example.test resolves to a loopback address; webhook receivers must be public hosts unless the operator allows this one'))
  t.same(dns.calls, ['hooks.example.test', 'hooks.example.test'], 'resolved once for the check, once for the connection')
})

t.test('API7:2023 Server side request forgery — the connection gets exactly the addresses that were checked, and none if any is internal', async (t) => {
  const policy = new TargetPolicy('', scripted([PUBLIC, { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 }]).resolve)
  t.same(await lookup(policy, 'hooks.example.test', { all: true }), [PUBLIC, { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 }])
  t.same(await lookup(policy, 'hooks.example.test'), PUBLIC)
  t.same(await lookup(policy, 'hooks.example.test', { family: 6 }), { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 })
  const mixed = new TargetPolicy('', scripted([PUBLIC, { address: 'fe80::1%eth0', family: 6 }]).resolve)
  await t.rejects(lookup(mixed, 'hooks.example.test', { all: true }), { code: 'NQ57_WEBHOOK_TARGET_REFUSED', message: /link-local/ }, 'one internal address refuses the name')
  const failing = new TargetPolicy('', async () => { throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) })
  await t.rejects(failing.check(new URL('https://nowhere.example.test/')), { statusCode: 400, message: /nowhere\.example\.test could not be resolved/ })
})

t.test('API7:2023 Server side request forgery — the allow-list names hosts, addresses and CIDRs, and nothing else', async (t) => {
  const dns = scripted([{ address: '10.1.2.3', family: 4 }])
  const policy = new TargetPolicy('hooks.intranet.test, 10.20.0.0/16,[fd00::5]', dns.resolve)
  await policy.check(new URL('https://HOOKS.intranet.test./x'))
  t.same(dns.calls, [], 'an allowed name is not looked up at subscription')
  t.same(await lookup(policy, 'hooks.intranet.test', { all: true }), [{ address: '10.1.2.3', family: 4 }], 'and is trusted whatever it resolves to')
  t.equal(policy.refusal('10.20.255.1'), undefined)
  t.equal(policy.refusal('::ffff:10.20.0.9'), undefined, 'the IPv4-mapped form of an allowed address')
  t.equal(policy.refusal('10.21.0.1'), 'a private')
  t.equal(policy.refusal('fd00::5'), undefined)
  t.equal(policy.refusal('fd00::6'), 'a unique-local')
  await t.rejects(policy.check(new URL('https://other.intranet.test/')), { message: /other\.intranet\.test resolves to a private address/ })
  for (const bad of ['10.0.0.0/33', '::1/129', 'http://x', 'a/8', '1.2.3.4/x']) {
    t.throws(() => new TargetPolicy(bad), { message: /^WEBHOOK_ALLOWED_HOSTS: / }, bad)
  }
})
