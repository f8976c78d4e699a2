import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { homedir } from 'node:os'
import path from 'node:path'
import t, { type Test } from 'tap'
import { freePort, scratchDir, spawnService, startCluster, startService } from './harness.js'

// What a user can fix is said in one line at start, with exit status 1: no stack, no `undefined`.
async function failsWithOneLine (t: Test, env: Record<string, string>, pattern: RegExp): Promise<string> {
  const service = await spawnService(t, { LOG_LEVEL: 'silent', ...env })
  const code = await service.exited
  const lines = service.output().split('\n').filter((line) => line.trim() !== '')
  t.equal(code, 1, 'exit status 1')
  t.equal(lines.length, 1, `one line: ${service.output().slice(0, 300)}`)
  t.match(lines[0], pattern)
  return service.output()
}

/** Nothing the service printed holds any of `secrets`. */
function noSecrets (t: Test, output: string, secrets: string[]): void {
  for (const secret of secrets) t.notOk(output.includes(secret) || output.includes(encodeURIComponent(secret)), `the output does not hold a secret (${secret.length} characters)`)
}

async function occupy (t: Test, port: number): Promise<void> {
  const holder: Server = createServer()
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve))
  t.teardown(() => { holder.close() })
}

t.test('start-up errors a user can act on', async (t) => {
  const cluster = await startCluster(t)
  const badPassword = new URL(cluster.serviceUrl)
  badPassword.password = 'Wrong-Secret-Pa55word'

  t.test('a database that refuses the credentials', async (t) => {
    const output = await failsWithOneLine(t, { DATABASE_URL: badPassword.toString() }, /^cannot start: the database refused the credentials: .*nq57_app.*DATABASE_URL/)
    noSecrets(t, output, [badPassword.password])
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

t.test('a secret in the environment is never printed', async (t) => {
  const key = 'nq57-bootstrap-admin-key-for-startup-test'
  t.test('each bad secret setting is named with its rule, its value not shown', async (t) => {
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ ADMIN_API_KEY: 'short-Secret' }, 'short-Secret', /^Invalid environment variable ADMIN_API_KEY \(secret: value not shown\): must match pattern/],
      [{ ADMIN_API_KEY: `${key}!` }, key, /^Invalid environment variable ADMIN_API_KEY \(secret: value not shown\): must match pattern/],
      [{ DATABASE_URL: 'mysql://nq57_app:Secret-Pw-1@db/nq57' }, 'Secret-Pw-1', /^Invalid environment variable DATABASE_URL \(secret: value not shown\): must match pattern/],
      // Unparsable: once a stack trace, and where pg accepted the form, new URL()'s error with the whole string.
      [{ DATABASE_URL: 'postgres://nq57_app:Secret/Pw#2@db/nq57' }, 'Secret/Pw#2', /^Invalid environment variable DATABASE_URL \(secret: value not shown\): must be a valid URL/],
      [{ DATABASE_URL: 'postgres://nq57_app:x@db/nq57', DATABASE_OWNER_URL: 'postgres://nq57_owner:Secret:Pw3@db:54x/nq57' }, 'Secret:Pw3', /^Invalid environment variable DATABASE_OWNER_URL \(secret: value not shown\): must be a valid URL/]
    ]
    for (const [env, secret, pattern] of cases) noSecrets(t, await failsWithOneLine(t, env, pattern), [secret])
    // What is not secret is still shown, to help.
    await failsWithOneLine(t, { PORT: 'eighty' }, /^Invalid environment variable PORT="eighty": must be integer/)
  })

  t.test('a service that starts, serves and stops, logging everything', async (t) => {
    const cluster = await startCluster(t)
    const service = await startService(t, { DATABASE_URL: cluster.serviceUrl, DATABASE_OWNER_URL: cluster.ownerUrl, ADMIN_API_KEY: key, LOG_LEVEL: 'trace' })
    t.equal((await fetch(`${service.url}/v1/agencies?limit=1`, { headers: { authorization: `Bearer ${key}` } })).status, 200)
    service.child.kill('SIGTERM')
    t.equal(await service.exited, 0)
    t.match(service.output(), /Swagger UI at/, 'the log was written')
    noSecrets(t, service.output(), [key, new URL(cluster.serviceUrl).password, new URL(cluster.ownerUrl).password])
  })

  t.test('the embedded database: its generated passwords and admin key stay in DATA_DIR', async (t) => {
    const dataDir = await scratchDir(t)
    const service = await startService(t, { DATA_DIR: dataDir, LOG_LEVEL: 'trace' })
    service.child.kill('SIGTERM')
    t.equal(await service.exited, 0)
    const read = async (file: string): Promise<string> => (await readFile(path.join(dataDir, file), 'utf8')).trim()
    const roles = JSON.parse(await read('role-passwords.json')) as Record<string, string>
    noSecrets(t, service.output(), [await read('admin-api-key'), await read('pg-superuser-password'), ...Object.values(roles)])
  })
})
