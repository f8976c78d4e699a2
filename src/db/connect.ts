import pg from 'pg'
import type { Config } from '../config.js'
import { startEmbeddedPostgres } from './embedded.js'

export const EMBEDDED_DATABASE = 'nq57'

export interface DatabaseServer {
  connectionString: string
  /** Stops the embedded server; a no-op for an external one. */
  stop: () => Promise<void>
}

/** The configured server, or the embedded one (started, with its database created) when DATABASE_URL is unset. */
export async function openDatabaseServer (config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'EMBEDDED_PG_PORT'>): Promise<DatabaseServer> {
  if (config.DATABASE_URL !== undefined) return { connectionString: config.DATABASE_URL, stop: async () => {} }
  const server = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT)
  await createDatabaseIfMissing(server.connectionString(), EMBEDDED_DATABASE)
  return { connectionString: server.connectionString(EMBEDDED_DATABASE), stop: server.stop }
}

export async function createDatabaseIfMissing (adminConnectionString: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminConnectionString })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
    if (rowCount === 0) {
      const from = template === undefined ? '' : ` template ${pg.escapeIdentifier(template)}`
      await client.query(`create database ${pg.escapeIdentifier(name)}${from}`)
    }
  } finally {
    await client.end()
  }
}
