// Each server under load runs in its own process, so the load generator does not share its event
// loop, and its memory can be read on its own.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { freePort } from '../src/startup/embedded-process.js'
import { BENCH_DIR } from './db.js'
import { BENCH_TODAY } from './generate.js'
import { ADMIN_API_KEY } from './load.js'

const ROOT = path.resolve(BENCH_DIR, '..')
// The service's own default (src/config.ts), for the service and the ceilings alike.
export const POOL_SIZE = process.env.DB_POOL_SIZE ?? '10'
export const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'warn'

export interface Child { process: ChildProcess, url: string, stop: () => Promise<void> }

/** The service's environment in every bench process: the same pool, log level, date and keys. */
export const serverEnv = (databaseUrl: string, port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL,
  TODAY: BENCH_TODAY,
  DB_POOL_SIZE: POOL_SIZE,
  ADMIN_API_KEY,
  RATE_LIMIT_PER_MINUTE: '1000000000',
  // Unset means the default poll of 1 s: the outbox the write scenario checks must stay queued.
  WEBHOOK_POLL_MS: '0'
})

/**
 * Starts `script` with tsx in its own process and waits until /health/ready answers 200; `onLogLine`,
 * when given, reads its log (stdout) line by line.
 */
export async function startChild (script: string, databaseUrl: string, onLogLine?: (line: string) => void): Promise<Child> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: serverEnv(databaseUrl, port), stdio: ['ignore', onLogLine === undefined ? 'ignore' : 'pipe', 'pipe'] })
  let partial = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) onLogLine?.(line)
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}: ${stderr}`)
    const status = await fetch(`${url}/health/ready`).then((r) => r.status, () => 0)
    if (status === 200) break
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`${script} not ready after 60 s: ${stderr}`) }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  return { process: child, url, stop }
}

/** The highest VmRSS of `pid`, read every 250 ms while `run` runs. */
export async function withPeakRss<T> (pid: number | undefined, run: () => Promise<T>): Promise<{ result: T, rssMiB: number }> {
  let peakKiB = 0
  const read = (): void => {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid ?? 0}/status`, 'utf8'))
      if (match !== null) peakKiB = Math.max(peakKiB, Number(match[1]))
    } catch {} // gone, or no /proc: the column shows 0
  }
  read()
  const timer = setInterval(read, 250)
  try {
    const result = await run()
    read()
    return { result, rssMiB: peakKiB / 1024 }
  } finally {
    clearInterval(timer)
  }
}
