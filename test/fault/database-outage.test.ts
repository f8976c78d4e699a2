import t, { type Test } from 'tap'
import { load, makeKey, sleep, startCluster, startService, timedRequest, type Outcome } from './harness.js'

// DESIGN §8: the database may vanish or freeze; the process lives on, answers 503 problem+json with
// Retry-After within about 2 s, and recovers by itself.
const CLIENTS = 8
const ANSWER_WITHIN_MS = 2000
const RECOVER_WITHIN_MS = 5000

interface Observed { outage: Outcome[], inFlight: Outcome[], faultAt: number, recoveryMs: number }

t.test('the service survives its database stopping and freezing, under load', async (t) => {
  const cluster = await startCluster(t)
  const admin = await makeKey(cluster.ownerUrl, 'admin')
  const service = await startService(t, { DATABASE_URL: cluster.serviceUrl, DATABASE_OWNER_URL: cluster.ownerUrl })
  const { rows } = await cluster.query('select id from task order by id limit 50')
  const taskIds = rows.map((row: { id: number }) => row.id)
  const assignmentId = (await cluster.query('select min(id) as id from assignment')).rows[0].id as number
  const auth = { authorization: `Bearer ${admin}` }

  // One client asks for readiness, one writes progress, the others read tasks.
  let calls = 0
  const request = async (client: number): Promise<Outcome> => {
    calls++
    if (client === 0) return await timedRequest(`${service.url}/health/ready`)
    if (client === 1) {
      return await timedRequest(`${service.url}/v1/assignments/${assignmentId}/updates`, {
        method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ percent: calls % 100, note: `lần ${calls}` })
      })
    }
    return await timedRequest(`${service.url}/v1/tasks/${taskIds[(client * 7 + calls) % taskIds.length] as number}`, { headers: auth })
  }

  /** Load while `fault` happens, then until the service answers 200 again; returns what was seen. */
  const during = async (fault: () => Promise<void>, repair: () => Promise<void>, faultMs: number): Promise<Observed> => {
    let stop = false
    const running = load(CLIENTS, request, () => stop)
    await sleep(1000)
    const faultAt = Date.now()
    await fault()
    const faultDone = Date.now()
    await sleep(faultMs)
    const repairAt = Date.now()
    await repair()
    const repairedAt = Date.now()
    let recoveredAt = 0
    while (recoveredAt === 0 && Date.now() - repairedAt < 30_000) {
      const probe = await timedRequest(`${service.url}/v1/tasks/${taskIds[0] as number}`, { headers: auth })
      if (probe.status === 200) recoveredAt = Date.now()
      else await sleep(100)
    }
    await sleep(500)
    stop = true
    const outcomes = await running
    // Requests sent after the fault and before the repair must be 503s; those in flight at the
    // fault must be answered within the limit too, whatever they answer.
    const outage = outcomes.filter((o) => o.startedAt >= faultDone && o.startedAt < repairAt)
    const inFlight = outcomes.filter((o) => o.startedAt < faultDone && o.startedAt + o.ms > faultAt)
    return { outage, inFlight, faultAt, recoveryMs: recoveredAt === 0 ? Infinity : recoveredAt - repairedAt }
  }

  const judge = (t: Test, name: string, { outage, inFlight, faultAt, recoveryMs }: Observed): void => {
    const failed = outage.filter((o) => o.status !== 503)
    const slowest = Math.max(...outage.map((o) => o.ms))
    const lateInFlight = inFlight.filter((o) => o.startedAt + o.ms > faultAt + ANSWER_WITHIN_MS || o.status === 'error' || o.status === 500)
    t.same(lateInFlight.map((o) => `${String(o.status)} after ${o.ms} ms`), [], `${name}: the ${inFlight.length} requests in flight at the fault answered within ${ANSWER_WITHIN_MS} ms of it`)
    t.ok(outage.length > 50, `${name}: ${outage.length} requests during the outage`)
    t.same(failed.map((o) => `${String(o.status)} ${o.error ?? o.body.slice(0, 120)}`), [], `${name}: every request answered 503`)
    if (failed.length > 0) t.comment(service.output().split('\n').filter((line) => line.includes('unhandled error')).slice(0, 3).join('\n'))
    t.ok(outage.every((o) => o.retryAfter !== null && /^\d+$/.test(o.retryAfter)), `${name}: every 503 has Retry-After`)
    t.ok(outage.every((o) => o.contentType?.startsWith('application/problem+json') === true), `${name}: as problem+json`)
    t.ok(slowest <= ANSWER_WITHIN_MS, `${name}: slowest answer ${slowest} ms (limit ${ANSWER_WITHIN_MS})`)
    t.ok(recoveryMs <= RECOVER_WITHIN_MS, `${name}: served again ${recoveryMs} ms after the database returned (limit ${RECOVER_WITHIN_MS})`)
    t.equal(service.child.exitCode, null, `${name}: the process is still running`)
  }

  t.test('stopped (immediate shutdown) for 5 s', async (t) => {
    judge(t, 'stopped', await during(cluster.stopImmediately, cluster.restart, 5000))
  })

  t.test('frozen (SIGSTOP) for 20 s', async (t) => {
    judge(t, 'frozen', await during(async () => { cluster.freeze() }, async () => { cluster.thaw() }, 20_000))
  })

  t.test('after both, reads and writes work on the same process', async (t) => {
    const read = await timedRequest(`${service.url}/v1/tasks/${taskIds[0] as number}`, { headers: auth })
    t.equal(read.status, 200)
    const { rows } = await cluster.query('select id from assignment order by id limit 1')
    const write = await timedRequest(`${service.url}/v1/assignments/${rows[0].id as number}/updates`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ percent: 10, note: 'sau sự cố' })
    })
    t.equal(write.status, 201, write.body)
    t.equal(service.child.exitCode, null)
  })
})
