import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import type { Config } from '../config.js'
import { startEmbeddedPostgres } from './embedded.js'
import { ensureRolesAndDatabase, OWNER_ROLE, SERVICE_ROLE, type RolePasswords } from './roles.js'

export const EMBEDDED_DATABASE = 'nq57'

export interface DatabaseServer {
  /** The service's own role: reads and writes data, owns nothing. */
  connectionString: string
  /** The owner role, for migrations. */
  ownerConnectionString: string
  /** Resolves if an embedded server dies while in use; never for an external one. */
  died: Promise<void>
  /** Stops the embedded server; a no-op for an external one. */
  stop: () => Promise<void>
}

/** The configured server, or the embedded one (started, with its roles and database) when DATABASE_URL is unset. */
export async function openDatabaseServer (config: Pick<Config, 'DATABASE_URL' | 'DATABASE_OWNER_URL' | 'DATA_DIR' | 'EMBEDDED_PG_PORT'>): Promise<DatabaseServer> {
  if (config.DATABASE_URL !== undefined) {
    return { connectionString: config.DATABASE_URL, ownerConnectionString: config.DATABASE_OWNER_URL ?? config.DATABASE_URL, died: new Promise(() => {}), stop: async () => {} }
  }
  const server = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT)
  try {
    const passwords = await rolePasswords(config.DATA_DIR)
    await ensureRolesAndDatabase(server.connectionString(), EMBEDDED_DATABASE, passwords)
    const url = (role: string, password: string): string =>
      `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${server.port}/${EMBEDDED_DATABASE}`
    return { connectionString: url(SERVICE_ROLE, passwords.service), ownerConnectionString: url(OWNER_ROLE, passwords.owner), died: server.died, stop: server.stop }
  } catch (error) {
    await server.stop()
    throw error
  }
}

/** Generated once per data directory and kept beside the cluster, readable by this user only. */
async function rolePasswords (dataDir: string): Promise<RolePasswords> {
  const file = path.resolve(dataDir, 'role-passwords.json')
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RolePasswords
  } catch {
    const passwords = { owner: randomBytes(24).toString('base64url'), service: randomBytes(24).toString('base64url') }
    await writeFile(file, `${JSON.stringify(passwords)}\n`, { mode: 0o600 })
    return passwords
  }
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
