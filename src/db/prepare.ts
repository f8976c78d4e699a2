import { seedDatabase, isEmpty } from '../../seeds/index.js'
import { createDb, type Logger } from './database.js'
import { migrateToLatest } from './migrate.js'

/** Brings a database to the latest schema and seeds it when it has no data yet. */
export async function prepareDatabase (connectionString: string, logger: Logger & { info: (details: object, message: string) => void }): Promise<void> {
  const { db } = createDb({ connectionString, poolSize: 1, logger })
  try {
    const applied = await migrateToLatest(db)
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied')
    if (await isEmpty(db)) {
      await seedDatabase(db)
      logger.info({}, 'seed data loaded into the empty database')
    }
  } finally {
    await db.destroy()
  }
}
