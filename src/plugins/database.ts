import fp from 'fastify-plugin'
import { DatabaseAvailability } from '../db/availability.js'
import { createDb, type Db, type DbTimeouts } from '../db/database.js'
import { sendDatabaseUnavailable, sendStopping } from '../shared/problems.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    dbPoolStats: () => { total: number, idle: number, waiting: number }
    databaseUp: () => boolean
  }
  // Routes that never touch the database say `database: false` and keep answering while it is away.
  interface FastifyContextConfig { database?: false }
}

export interface DatabasePluginOptions {
  connectionString: string
  poolSize: number
  timeouts: DbTimeouts
  /** A lost or frozen server is noticed within 1.5 × this (the probe runs every half of it). */
  probeTimeoutMs: number
}

export default fp<DatabasePluginOptions>(async (app, { connectionString, poolSize, timeouts, probeTimeoutMs }) => {
  const { db, pool, dropConnections } = createDb({ connectionString, poolSize, logger: app.log, timeouts })
  const availability = new DatabaseAvailability({
    connectionString,
    intervalMs: Math.round(probeTimeoutMs / 2),
    timeoutMs: probeTimeoutMs,
    onChange: (up, error) => {
      if (up) {
        app.log.info('database reachable again')
        return
      }
      app.log.error({ err: error }, 'database unreachable: answering 503 until it returns')
      // Requests waiting on the lost server fail now instead of at their own timeouts.
      dropConnections()
    }
  })
  app.decorate('db', db)
  app.decorate('dbPoolStats', () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }))
  app.decorate('databaseUp', () => availability.up)
  // Instead of Fastify's return503OnClosing (plain JSON): the same problem+json as every other answer.
  let stopping = false
  app.addHook('preClose', async () => { stopping = true })
  app.addHook('onRequest', async (request, reply) => {
    if (stopping) return sendStopping(reply)
    const config = request.routeOptions.config as { access?: unknown, database?: false }
    if (config.access === undefined || config.database === false || availability.up) return
    return sendDatabaseUnavailable(reply)
  })
  app.addHook('onReady', async () => { availability.start() })
  app.addHook('onClose', async () => {
    await availability.stop()
    await db.destroy()
  })
}, { name: 'database', dependencies: ['problems'] })
