// `npm run db:migrate` and `npm run db:seed`: the same steps the server runs on start, on demand.
import pino from 'pino'
import { loadConfig } from '../src/config.js'
import { openDatabaseServer } from '../src/db/connect.js'
import { createDb, MAINTENANCE_TIMEOUTS } from '../src/db/database.js'
import { grantServiceRole, userOf } from '../src/db/roles.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { seedDatabase } from '../seeds/index.js'

const command = process.argv[2]
if (command !== 'migrate' && command !== 'seed') {
  console.error('usage: db.ts migrate|seed')
  process.exit(2)
}
const config = loadConfig()
const log = pino({ level: config.LOG_LEVEL })
const server = await openDatabaseServer(config)
const { db } = createDb({ connectionString: server.ownerConnectionString, poolSize: 1, logger: log, timeouts: MAINTENANCE_TIMEOUTS })
try {
  const applied = await migrateToLatest(db)
  const serviceRole = userOf(server.connectionString)
  if (serviceRole !== userOf(server.ownerConnectionString)) await grantServiceRole(server.ownerConnectionString, serviceRole)
  log.info({ applied }, 'database schema is up to date')
  if (command === 'seed') {
    await seedDatabase(db)
    log.info('seed data loaded')
  }
} finally {
  await db.destroy()
  await server.stop()
}
