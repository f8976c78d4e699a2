// The service's whole plugin stack (buildApp, configured from the environment like src/server.ts)
// with one extra /v1 route that runs `select 1` through app.db: compared with the select-1
// ceiling, what every request pays for authentication, the rate limiter, validation and the rest.
// The plugins are not encapsulated, so a route added at the root before ready gets every hook.
import { sql } from 'kysely'
import { Type } from 'typebox'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'

const config = loadConfig()
if (config.DATABASE_URL === undefined) throw new Error('DATABASE_URL is required')
const app = await buildApp({ config, connectionString: config.DATABASE_URL })

app.get('/v1/bench/select1', {
  config: { access: 'read' },
  schema: {
    querystring: Type.Object({}, { additionalProperties: false }),
    response: { 200: Type.Object({ one: Type.Integer() }, { additionalProperties: false }) }
  }
}, async () => {
  const { rows } = await sql<{ one: number }>`select 1 as one`.execute(app.db)
  return { one: rows[0]?.one }
})

process.once('SIGTERM', () => { app.close().then(() => process.exit(0), () => process.exit(1)) })
await app.listen({ port: config.PORT, host: config.HOST })
