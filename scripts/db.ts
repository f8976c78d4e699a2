// `npm run db:migrate` and `npm run db:seed`: the same steps the server runs on start, on demand.
import pino from 'pino'
import { loadConfig } from '../src/config.js'
import { openDatabaseServer } from '../src/startup/connect.js'
import { prepareDatabase } from '../src/startup/prepare.js'

const command = process.argv[2]
if (command !== 'migrate' && command !== 'seed') {
  console.error('usage: db.ts migrate|seed')
  process.exit(2)
}
const config = loadConfig()
const log = pino({ level: config.LOG_LEVEL })
const server = await openDatabaseServer(config)
try {
  await prepareDatabase(server.ownerConnectionString, log, server.connectionString, command === 'seed' ? 'always' : 'never')
  log.info('database schema is up to date')
} finally {
  await server.stop()
}
