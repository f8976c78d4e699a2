import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { homedir } from 'node:os'
import path from 'node:path'
import t, { type Test } from 'tap'
import { freePort, scratchDir, spawnService, startCluster } from './harness.js'

// What a user can fix is said in one line at start, with exit status 1: no stack, no `undefined`.
async function failsWithOneLine (t: Test, env: Record<string, string>, pattern: RegExp): Promise<void> {
  const service = await spawnService(t, { LOG_LEVEL: 'silent', ...env })
  const code = await service.exited
  const lines = service.output().split('\n').filter((line) => line.trim() !== '')
  t.equal(code, 1, 'exit status 1')
  t.equal(lines.length, 1, `one line: ${service.output().slice(0, 300)}`)
  t.match(lines[0], pattern)
}

async function occupy (t: Test, port: number): Promise<void> {
  const holder: Server = createServer()
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve))
  t.teardown(() => { holder.close() })
}

t.test('start-up errors a user can act on', async (t) => {
  const cluster = await startCluster(t)
  const badPassword = new URL(cluster.serviceUrl)
  badPassword.password = 'wrong'

  t.test('a database that refuses the credentials', async (t) => {
    await failsWithOneLine(t, { DATABASE_URL: badPassword.toString() }, /^cannot start: the database refused the credentials: .*nq57_app.*DATABASE_URL/)
  })

  t.test('a database server that is not there', async (t) => {
    const closed = new URL(cluster.serviceUrl)
    closed.port = String(await freePort())
    await failsWithOneLine(t, { DATABASE_URL: closed.toString() }, /^cannot start: cannot reach the database server \(ECONNREFUSED\)/)
  })

  t.test('an HTTP port in use', async (t) => {
    const port = await freePort()
    await occupy(t, port)
    await failsWithOneLine(t, { DATABASE_URL: cluster.serviceUrl, DATABASE_OWNER_URL: cluster.ownerUrl, PORT: String(port) }, new RegExp(`^cannot start: port ${port} on 127\\.0\\.0\\.1 is already in use`))
  })

  t.test('an embedded database port in use', async (t) => {
    const port = await freePort()
    await occupy(t, port)
    const dataDir = await scratchDir(t)
    await failsWithOneLine(t, { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) }, /^cannot start: the embedded PostgreSQL did not start: .*Address already in use/)
  })

  t.test('as root, a DATA_DIR the database user cannot reach', { skip: process.getuid?.() !== 0 && 'only root hands the cluster to another OS user' }, async (t) => {
    // A home directory such as /root is private (0700): PostgreSQL, running as `postgres`, cannot enter it.
    const privateDir = await mkdtemp(path.join(homedir(), '.nq57-fault-'))
    t.teardown(async () => { await rm(privateDir, { recursive: true, force: true }) })
    await failsWithOneLine(t, { DATA_DIR: path.join(privateDir, 'data') }, /^cannot start: DATA_DIR .* is not reachable by the OS user postgres/)
  })
})
