import { spawn, type ChildProcess } from 'node:child_process'
import { open, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'

/** A start-up failure told in one line; the service prints it without a stack. */
export class EmbeddedStartError extends Error {}

const READY_TIMEOUT_MS = 60_000

export interface OsUser { uid: number, gid: number }

export function alive (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const sleep = async (ms: number): Promise<void> => { await new Promise((resolve) => setTimeout(resolve, ms)) }

async function firstLineNumber (file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, 'utf8')).split('\n')[0])
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/** After a reboot a recorded pid may belong to another program: only a command line naming `needle` counts. */
async function commandIncludes (pid: number, needle: string): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes(needle)
  } catch {
    return false
  }
}

/**
 * The data directory belongs to one service at a time: a live owner means another service (or
 * `npm run db:migrate`) uses it now and this one must not touch its server. A server whose owner
 * is gone was orphaned by a killed service and is stopped, so this start can recover the cluster.
 */
export async function claimDataDir (root: string, clusterDir: string): Promise<() => Promise<void>> {
  const ownerFile = path.join(root, 'owner.pid')
  const owner = await firstLineNumber(ownerFile)
  if (owner !== undefined && owner !== process.pid && alive(owner) && await commandIncludes(owner, 'node')) {
    throw new EmbeddedStartError(`DATA_DIR ${root} is in use by process ${owner}; stop it first or choose another DATA_DIR`)
  }
  const postmaster = await firstLineNumber(path.join(clusterDir, 'postmaster.pid'))
  if (postmaster !== undefined && alive(postmaster) && await commandIncludes(postmaster, clusterDir)) await stopOrphan(postmaster)
  await writeFile(ownerFile, `${process.pid}\n`)
  return async () => { await rm(ownerFile, { force: true }) }
}

async function stopOrphan (pid: number): Promise<void> {
  const signal = (name: NodeJS.Signals): void => { try { process.kill(pid, name) } catch {} }
  // A frozen orphan would never act on the fast-shutdown request.
  signal('SIGCONT')
  signal('SIGINT')
  const startedAt = Date.now()
  while (alive(pid)) {
    const waited = Date.now() - startedAt
    if (waited > 20_000) throw new EmbeddedStartError(`the PostgreSQL left running by an earlier start (pid ${pid}) does not stop`)
    signal(waited > 15_000 ? 'SIGKILL' : waited > 10_000 ? 'SIGQUIT' : 'SIGINT')
    await sleep(100)
  }
}

/**
 * Starts the postmaster in its own process group (a terminal's Ctrl-C reaches the service alone,
 * which drains before stopping the server) and resolves once it reports itself ready. From the
 * moment it exists, this process ending sends it a fast shutdown.
 */
export async function launch (postgres: string, clusterDir: string, logFile: string, port: number, osUser?: OsUser): Promise<{ child: ChildProcess, forget: () => void }> {
  const log = await open(logFile, 'a')
  const logStart = (await log.stat()).size
  const child = spawn(postgres, ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
    ...osUser, detached: true, stdio: ['ignore', log.fd, log.fd], env: { ...process.env, LC_ALL: 'C' }
  })
  await log.close()
  child.unref()
  const onExit = (): void => { child.kill('SIGINT') }
  process.once('exit', onExit)
  const forget = (): void => { process.removeListener('exit', onExit) }
  try {
    await waitUntilReady(child, clusterDir, logFile, logStart)
  } catch (error) {
    forget()
    child.kill('SIGINT')
    throw error
  }
  return { child, forget }
}

/** Ready when postmaster.pid names this child and says `ready`: another server on the port cannot pass. */
async function waitUntilReady (child: ChildProcess, clusterDir: string, logFile: string, logStart: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const text = await readFile(logFile, 'utf8').catch(() => '')
      throw new EmbeddedStartError(`the embedded PostgreSQL did not start: ${lastMeaningfulLine(text.slice(logStart))}`)
    }
    const lines = (await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')
    if (Number(lines[0]) === child.pid && lines[7]?.trim() === 'ready') return
    if (Date.now() > deadline) throw new EmbeddedStartError(`the embedded PostgreSQL was not ready within ${READY_TIMEOUT_MS / 1000} s (see ${logFile})`)
    await sleep(50)
  }
}

export function lastMeaningfulLine (text: string): string {
  // Server log lines start with a time stamp and process id; the message is what helps.
  const lines = text.split('\n').map((line) => line.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] /, '').trim()).filter((line) => line !== '')
  const telling = lines.filter((line) => /FATAL|ERROR|could not|denied|in use/i.test(line))
  return (telling.length > 0 ? telling.slice(-3) : lines.slice(-1)).join('; ') || 'no output'
}

export async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no free port')))
    })
  })
}
