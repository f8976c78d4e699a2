import pino from 'pino'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, type Config } from './config.js'
import { openDatabaseServer } from './db/connect.js'
import { prepareDatabase } from './db/prepare.js'
import { devAdminKey } from './db/dev-admin-key.js'

const SHUTDOWN_GRACE_MS = 10_000

async function main (config: Config): Promise<void> {
  const log = pino({ level: config.LOG_LEVEL })
  const database = await openDatabaseServer(config)
  log.info({ embedded: config.DATABASE_URL === undefined }, 'database server ready')
  await prepareDatabase(database.connectionString, log)

  if (config.ADMIN_API_KEY === undefined && config.DATABASE_URL === undefined) {
    const { secret, file } = await devAdminKey(config.DATA_DIR)
    config = { ...config, ADMIN_API_KEY: secret }
    log.info({ file }, 'development admin API key (embedded database, no ADMIN_API_KEY set)')
  }
  const app = await buildApp({ config, connectionString: database.connectionString })
  let closing = false
  const shutdown = (signal: string): void => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down: finishing in-flight requests')
    const forced = setTimeout(() => { app.log.error('shutdown took too long; exiting'); process.exit(1) }, SHUTDOWN_GRACE_MS)
    forced.unref()
    // Fastify stops accepting, drains requests, then closes the pool (onClose); the embedded server goes last.
    app.close()
      .then(async () => { await database.stop() })
      .then(() => process.exit(0), (error: unknown) => { app.log.error({ err: error }, 'shutdown failed'); process.exit(1) })
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))

  const address = await app.listen({ port: config.PORT, host: config.HOST })
  app.log.info(`Swagger UI at ${address}/docs`)
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
  console.error(error)
  process.exit(1)
})
