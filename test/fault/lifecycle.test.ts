import { readFile } from 'node:fs/promises'
import path from 'node:path'
import t from 'tap'
import { load, scratchDir, sleep, spawnService, startService, timedRequest, type Outcome, type Service } from './harness.js'

// DESIGN §8: stopping is graceful, and nothing acknowledged is lost — in embedded mode, where the
// service owns its PostgreSQL as a child process.
const CLIENTS = 8

async function alive (pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function postmasterPid (dataDir: string): Promise<number | undefined> {
  try {
    return Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0])
  } catch {
    return undefined
  }
}

t.test('embedded mode: stop, crash and restart', async (suite) => {
  const dataDir = await scratchDir(suite)
  let service = await startService(suite, { DATA_DIR: dataDir })
  const key = (await readFile(path.join(dataDir, 'admin-api-key'), 'utf8')).trim()
  const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
  const tasks = await fetch(`${service.url}/v1/tasks?limit=8`, { headers: auth })
  if (tasks.status !== 200) throw new Error(`tasks: ${tasks.status} ${await tasks.text()}`)
  const assignments = (await tasks.json() as { items: Array<{ id: number }> }).items
  const assignmentIds: number[] = []
  for (const task of assignments) {
    const res = await fetch(`${service.url}/v1/tasks/${task.id}/assignments`, { headers: auth })
    if (res.status !== 200) throw new Error(`assignments of task ${task.id}: ${res.status} ${await res.text()}`)
    const list = await res.json() as { items: Array<{ id: number, state: string }> }
    const open = list.items.find((a) => a.state === 'open')
    if (open !== undefined) assignmentIds.push(open.id)
  }
  suite.ok(assignmentIds.length >= 4, `writing to ${assignmentIds.length} assignments`)

  const acknowledged = new Map<number, number>()
  const write = (target: Service) => async (client: number): Promise<Outcome> => {
    const assignmentId = assignmentIds[client % assignmentIds.length] as number
    const outcome = await timedRequest(`${target.url}/v1/assignments/${assignmentId}/updates`, {
      method: 'POST', headers: auth, body: JSON.stringify({ percent: client, note: `khách ${client}` })
    })
    if (outcome.status === 201) acknowledged.set((JSON.parse(outcome.body) as { id: number }).id, assignmentId)
    return outcome
  }
  const read = (target: Service) => async (client: number): Promise<Outcome> => client % 2 === 0
    ? await write(target)(client)
    : await timedRequest(`${target.url}/v1/tasks?limit=50`, { headers: auth })

  /** Every acknowledged progress update, read back through the API. */
  const missing = async (target: Service): Promise<number[]> => {
    const stored = new Set<number>()
    for (const assignmentId of new Set(acknowledged.values())) {
      const page = await (await fetch(`${target.url}/v1/assignments/${assignmentId}/updates`, { headers: auth })).json() as { items: Array<{ id: number }> }
      for (const item of page.items) stored.add(item.id)
    }
    return [...acknowledged.keys()].filter((id) => !stored.has(id))
  }

  suite.test('a second service on the same DATA_DIR is refused in one line and the first keeps serving', async (t) => {
    const second = await spawnService(t, { DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
    t.equal(await second.exited, 1)
    t.match(second.output().trim(), new RegExp(`^cannot start: DATA_DIR \\S+ is in use by process ${service.child.pid ?? 0};[^\\n]*$`))
    t.equal((await fetch(`${service.url}/v1/tasks?limit=1`, { headers: auth })).status, 200)
  })

  suite.test('SIGTERM under load: every request received before the signal is answered, then both processes stop', async (t) => {
    let stop = false
    const running = load(CLIENTS, read(service), () => stop)
    await sleep(2000)
    const signalledAt = Date.now()
    const postgres = await postmasterPid(dataDir)
    service.child.kill('SIGTERM')
    const code = await service.exited
    stop = true
    const outcomes = await running
    // Sent at least 50 ms before the signal: on the server's socket by then.
    const before = outcomes.filter((o) => o.startedAt < signalledAt - 50)
    const unanswered = before.filter((o) => o.status === 'error')
    const inFlight = outcomes.filter((o) => o.startedAt < signalledAt && o.startedAt + o.ms > signalledAt)
    t.ok(before.length > 20 && inFlight.length > 0, `${before.length} requests before the signal, ${inFlight.length} in flight at it`)
    t.same(unanswered.map((o) => o.error), [], 'none left without an answer')
    t.ok(before.every((o) => o.status === 200 || o.status === 201), 'all answered 200/201')
    t.equal(code, 0, 'the service exits 0')
    t.ok(postgres !== undefined && !(await alive(postgres)), 'the embedded PostgreSQL has stopped too')
    t.equal(await postmasterPid(dataDir), undefined, 'cleanly: no postmaster.pid left')
  })

  suite.test('SIGKILL of the service under write load (PostgreSQL orphaned), then npm start on the same data', async (t) => {
    service = await startService(suite, { DATA_DIR: dataDir })
    const before = acknowledged.size
    let stop = false
    const running = load(CLIENTS, write(service), () => stop)
    await sleep(3000)
    service.child.kill('SIGKILL')
    await service.exited
    stop = true
    await running
    const orphan = await postmasterPid(dataDir)
    t.ok(orphan !== undefined && await alive(orphan), 'the embedded PostgreSQL was left running')
    service = await startService(suite, { DATA_DIR: dataDir }, 'npm')
    t.ok(acknowledged.size > before, `${acknowledged.size - before} writes acknowledged before the kill`)
    t.same(await missing(service), [], 'every acknowledged write is there after the restart')
  })

  suite.test('SIGKILL of the embedded PostgreSQL under write load: the service exits non-zero at once, and a restart loses nothing', async (t) => {
    let stop = false
    const before = acknowledged.size
    const running = load(CLIENTS, write(service), () => stop)
    await sleep(3000)
    const postgres = await postmasterPid(dataDir)
    if (postgres === undefined) throw new Error('no embedded PostgreSQL is running')
    const killedAt = Date.now()
    process.kill(postgres, 'SIGKILL')
    const code = await service.exited
    const exitMs = Date.now() - killedAt
    stop = true
    await running
    t.ok(acknowledged.size > before, `${acknowledged.size - before} writes acknowledged before the kill`)
    t.equal(code, 1, 'exit status 1, for a supervisor to restart it')
    t.ok(exitMs < 3000, `exited ${exitMs} ms after its database died`)
    service = await startService(suite, { DATA_DIR: dataDir })
    t.same(await missing(service), [], `all ${acknowledged.size} acknowledged writes are there`)
  })
})
