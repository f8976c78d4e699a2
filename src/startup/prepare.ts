import { seedDatabase, isEmpty } from '../../seeds/index.js'
import { createDb, MAINTENANCE_TIMEOUTS, type Logger } from '../db/database.js'
import { migrateToLatest } from './migrate.js'
import { grantServiceRole, userOf } from './roles.js'

type StartLogger = Logger & { info: (details: object, message: string) => void }

/**
 * As the owner: brings a database to the latest schema, gives the service role its rights, and
 * seeds it when it has no data yet.
 */
export async function prepareDatabase (ownerConnectionString: string, logger: StartLogger, serviceConnectionString = ownerConnectionString, seed: 'if-empty' | 'always' | 'never' = 'if-empty'): Promise<void> {
  const { db } = createDb({ connectionString: ownerConnectionString, poolSize: 1, logger, timeouts: MAINTENANCE_TIMEOUTS })
  try {
    const applied = await migrateToLatest(db)
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied')
    const serviceRole = userOf(serviceConnectionString)
    if (serviceRole !== userOf(ownerConnectionString)) await grantServiceRole(ownerConnectionString, serviceRole)
    else logger.warn({}, 'the service connects as the owner of its tables: set DATABASE_OWNER_URL to migrate as the owner and DATABASE_URL to a role that owns nothing')
    if (seed === 'always' || (seed === 'if-empty' && await isEmpty(db))) {
      await seedDatabase(db)
      logger.info({}, 'seed data loaded')
    }
  } finally {
    await db.destroy()
  }
}
