import pino from 'pino'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, type Config } from './config.js'
import { openDatabaseServer, type DatabaseServer } from './startup/connect.js'
import { EmbeddedStartError } from './startup/embedded.js'
import { prepareDatabase } from './startup/prepare.js'
import { devAdminKey } from './startup/dev-admin-key.js'

const SHUTDOWN_GRACE_MS = 10_000
let stoppingAtStart = false

async function main (config: Config): Promise<void> {
  const log = pino({ level: config.LOG_LEVEL })
  // Assigned once the server is up; the signal handler below may run before that.
  // eslint-disable-next-line prefer-const
  let database: DatabaseServer | undefined
  let closing = false
  let shutdown = (signal: string): void => {
    // A signal during start-up: nothing is served yet, only the embedded server to stop.
    closing = true
    stoppingAtStart = true
    log.info({ signal }, 'stopping during start-up')
    void (database?.stop() ?? Promise.resolve()).finally(() => process.exit(0))
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))

  database = await openDatabaseServer(config)
  log.info({ embedded: config.DATABASE_URL === undefined }, 'database server ready')
  await prepareDatabase(database.ownerConnectionString, log, database.connectionString)

  if (config.ADMIN_API_KEY === undefined && config.DATABASE_URL === undefined) {
    const { secret, file } = await devAdminKey(config.DATA_DIR)
    config = { ...config, ADMIN_API_KEY: secret }
    log.info({ file }, 'development admin API key (embedded database, no ADMIN_API_KEY set)')
  }
  const app = await buildApp({ config, connectionString: database.connectionString })
  const server = database
  shutdown = (signal: string): void => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down: finishing in-flight requests')
    const forced = setTimeout(() => { app.log.error('shutdown took too long; exiting'); process.exit(1) }, SHUTDOWN_GRACE_MS)
    forced.unref()
    // Fastify stops accepting, answers what it already received, then closes the pool (onClose); the embedded server goes last.
    app.close()
      .then(async () => { await server.stop() })
      .then(() => process.exit(0), (error: unknown) => { app.log.error({ err: error }, 'shutdown failed'); process.exit(1) })
  }
  // The embedded server is this process's own child: if it dies, the service exits non-zero at once
  // so whatever supervises `npm start` restarts both; the next start recovers the cluster.
  void server.died.then(() => {
    if (closing) return
    app.log.fatal('the embedded PostgreSQL stopped unexpectedly; exiting so the service restarts with it')
    process.exit(1)
  })

  // `npm start` runs the service under npm and a shell that do not pass every signal on: when npm
  // goes away, stop as if told to. (Started any other way, the service outlives its parent.)
  if (process.env.npm_lifecycle_event === 'start') {
    const parent = process.ppid
    setInterval(() => { if (process.ppid !== parent) shutdown('npm ended') }, 500).unref()
  }

  const address = await app.listen({ port: config.PORT, host: config.HOST })
  app.log.info(`Swagger UI at ${address}/docs`)
}

/** Start-up failures a user can act on, in one line; anything else keeps its stack. */
function describe (error: unknown, config: Config): string | undefined {
  if (error instanceof EmbeddedStartError) return error.message
  const { code, message } = error as { code?: string, message?: string }
  if (code === 'EADDRINUSE') return `port ${config.PORT} on ${config.HOST} is already in use: stop what holds it or set PORT`
  if (code === 'EADDRNOTAVAIL') return `cannot listen on HOST=${config.HOST}: no such address on this machine`
  if (code === '28P01' || code === '28000') return `the database refused the credentials: ${message ?? ''} (check DATABASE_URL / DATABASE_OWNER_URL)`
  if (code === '3D000') return `${message ?? 'the database does not exist'} (check DATABASE_URL)`
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') return `cannot reach the database server (${code}): check DATABASE_URL`
  if (code === '42501') return `the database role lacks a right it needs: ${message ?? ''}`
  return undefined
}

let config: Config
try {
  config = loadConfig()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}
main(config).catch((error: unknown) => {
  // Stopped by a signal during start-up: the signal handler exits once the embedded server is down.
  if (stoppingAtStart) return
  const line = describe(error, config)
  console.error(line === undefined ? error : `cannot start: ${line}`)
  process.exit(1)
})
