import fp from 'fastify-plugin'
import { createDb, type Db } from '../db/database.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    dbPoolStats: () => { total: number, idle: number, waiting: number }
  }
}

export interface DatabasePluginOptions {
  connectionString: string
  poolSize: number
}

export default fp<DatabasePluginOptions>(async (app, { connectionString, poolSize }) => {
  const { db, pool } = createDb({ connectionString, poolSize, logger: app.log })
  app.decorate('db', db)
  app.decorate('dbPoolStats', () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }))
  app.addHook('onClose', async () => { await db.destroy() })
}, { name: 'database' })
