// Fault tests drive a PostgreSQL of their own, run from the embedded package's binaries on a
// temporary data directory, so they can stop, kill, freeze and restart it at will.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import pino from 'pino'
import { createDb } from '../../src/db/database.js'
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/startup/embedded.js'
import { freePort } from '../../src/startup/embedded-process.js'
import { prepareDatabase } from '../../src/startup/prepare.js'
import { ensureRolesAndDatabase, OWNER_ROLE, SERVICE_ROLE } from '../../src/startup/roles.js'
import { insertKey } from '../../src/modules/api-keys/repository.js'
import type { Role } from '../../src/shared/principal.js'
import { newSecret } from '../../src/modules/api-keys/secrets.js'

export { freePort }

interface Teardown { teardown: (fn: () => unknown) => void }

export async function scratchDir (t: Teardown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nq57-fault-'))
  // As root, PostgreSQL runs as another OS user that must reach its data directory.
  await chmod(dir, 0o755)
  t.teardown(async () => { await rm(dir, { recursive: true, force: true }) })
  return dir
}

export interface Cluster {
  dir: string
  port: number
  superuserUrl: string
  ownerUrl: string
  serviceUrl: string
  server: () => EmbeddedServer
  /** `pg_ctl stop -m immediate`: the postmaster's SIGQUIT. */
  stopImmediately: () => Promise<void>
  /** Every process of the cluster stopped (SIGSTOP) or resumed (SIGCONT). */
  freeze: () => void
  thaw: () => void
  restart: () => Promise<void>
  query: (text: string, values?: unknown[]) => Promise<pg.QueryResult>
}

/** A migrated, seeded cluster with the owner and service roles, as a deployment would have it. */
export async function startCluster (t: Teardown): Promise<Cluster> {
  const dir = await scratchDir(t)
  let server = await startEmbeddedPostgres(dir)
  const port = server.port
  const passwords = { owner: randomBytes(18).toString('base64url'), service: randomBytes(18).toString('base64url') }
  await ensureRolesAndDatabase(server.connectionString(), 'nq57', passwords)
  const url = (user: string, password: string): string => `postgres://${user}:${password}@127.0.0.1:${port}/nq57`
  const ownerUrl = url(OWNER_ROLE, passwords.owner)
  const serviceUrl = url(SERVICE_ROLE, passwords.service)
  await prepareDatabase(ownerUrl, pino({ level: 'warn' }), serviceUrl)
  // Each backend is its own session leader (PostgreSQL calls setsid), so the cluster is the
  // postmaster and its children, signalled one by one.
  const signalGroup = (signal: NodeJS.Signals): void => {
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(server.pid)], { encoding: 'utf8' }).split('\n').map(Number).filter((pid) => pid > 0)
    for (const pid of [server.pid, ...children]) {
      try { process.kill(pid, signal) } catch {}
    }
  }
  t.teardown(async () => {
    try { signalGroup('SIGCONT') } catch {}
    await server.stop()
  })
  return {
    dir,
    port,
    superuserUrl: server.connectionString('nq57'),
    ownerUrl,
    serviceUrl,
    server: () => server,
    stopImmediately: async () => {
      process.kill(server.pid, 'SIGQUIT')
      await server.died
    },
    freeze: () => signalGroup('SIGSTOP'),
    thaw: () => signalGroup('SIGCONT'),
    restart: async () => { server = await startEmbeddedPostgres(dir, port) },
    query: async (text, values) => {
      const client = new pg.Client({ connectionString: server.connectionString('nq57') })
      await client.connect()
      try {
        return await client.query(text, values)
      } finally {
        await client.end()
      }
    }
  }
}

export async function makeKey (connectionString: string, role: Role, agencyCode: string | null = null): Promise<string> {
  const { db } = createDb({ connectionString, poolSize: 1 })
  try {
    const secret = newSecret()
    await db.transaction().execute(async (trx) => await insertKey(trx, { name: `fault ${role}`, role, agencyCode }, secret))
    return secret
  } finally {
    await db.destroy()
  }
}

export interface Service {
  url: string
  child: ChildProcess
  exited: Promise<number | null>
  output: () => string
}

/** The real server process (`node --import tsx src/server.ts`, what `npm start` runs) with `env`, not waited for. */
export async function spawnService (t: Teardown, env: Record<string, string>, command: 'node' | 'npm' = 'node'): Promise<Service> {
  const port = env.PORT ?? String(await freePort())
  const args = command === 'node' ? ['--import', 'tsx', 'src/server.ts'] : ['start', '--silent']
  const child = spawn(command, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '1000000', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
  })
  return { url: `http://127.0.0.1:${port}`, child, exited, output: () => output }
}

/** spawnService, then waits until it answers ready. */
export async function startService (t: Teardown, env: Record<string, string>, command: 'node' | 'npm' = 'node'): Promise<Service> {
  const service = await spawnService(t, env, command)
  const deadline = Date.now() + 120_000
  for (;;) {
    if (service.child.exitCode !== null) throw new Error(`the service exited at start: ${service.output()}`)
    try {
      if ((await fetch(`${service.url}/health/ready`)).ok) return service
    } catch {}
    if (Date.now() > deadline) throw new Error(`the service did not become ready: ${service.output()}`)
    await sleep(200)
  }
}

export interface Outcome {
  startedAt: number
  ms: number
  status: number | 'error'
  retryAfter: string | null
  contentType: string | null
  body: string
  error?: string
}

/** One HTTP request, timed; a socket failure or a hang past 30 s is an outcome too, never thrown. */
export async function timedRequest (url: string, init: RequestInit = {}): Promise<Outcome> {
  const startedAt = Date.now()
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
    const body = await res.text()
    return { startedAt, ms: Date.now() - startedAt, status: res.status, retryAfter: res.headers.get('retry-after'), contentType: res.headers.get('content-type'), body }
  } catch (error) {
    return { startedAt, ms: Date.now() - startedAt, status: 'error', retryAfter: null, contentType: null, body: '', error: String((error as Error).cause ?? error) }
  }
}

/** `clients` loops each sending `next()` until `until()` says stop; every outcome is kept. */
export async function load (clients: number, next: (client: number) => Promise<Outcome>, until: () => boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  await Promise.all(Array.from({ length: clients }, async (_v, client) => {
    while (!until()) outcomes.push(await next(client))
  }))
  return outcomes
}

export const sleep = async (ms: number): Promise<void> => { await new Promise((resolve) => setTimeout(resolve, ms)) }
