// The ceilings the service is measured against: the same Fastify constructor options
// (src/server-options.ts) and the same Kysely/pg pool, with nothing else. GET /hello answers
// from memory; GET /select1 runs `select 1` through the pool; POST /insert/:id writes one progress
// row for assignment :id as a bare insert (autocommit, its triggers: audit, feed, outbox), what a
// generic REST layer over the table would do, with no checks and no assignment update. Configured by the environment
// like the service (DATABASE_URL, PORT, HOST, LOG_LEVEL, DB_POOL_SIZE).
import Fastify from 'fastify'
import { sql } from 'kysely'
import { loadConfig } from '../src/config.js'
import { createDb } from '../src/db/database.js'
import { serverOptions } from '../src/server-options.js'

const config = loadConfig()
if (config.DATABASE_URL === undefined) throw new Error('DATABASE_URL is required')
const app = Fastify(serverOptions(config))
const { db } = createDb({ connectionString: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE, logger: app.log })
app.addHook('onClose', async () => { await db.destroy() })

app.get('/hello', async () => ({ hello: 'world' }))
app.get('/select1', async () => {
  const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db)
  return { one: rows[0]?.one }
})
app.post<{ Params: { id: string }, Body: { percent: number, note: string, author: string } }>('/insert/:id', async (request, reply) => {
  const { percent, note, author } = request.body
  const { rows } = await sql<{ id: number }>`insert into progress_update (assignment_id, percent, note, evidence, author)
    values (${Number(request.params.id)}, ${percent}, ${note}, '{}', ${author}) returning id`.execute(db)
  return await reply.code(201).send({ id: rows[0]?.id })
})
app.get('/health/ready', async () => ({ status: 'ok' }))

process.once('SIGTERM', () => { app.close().then(() => process.exit(0), () => process.exit(1)) })
await app.listen({ port: config.PORT, host: config.HOST })
