import { Migrator } from 'kysely'
import { migrations } from '../../migrations/index.js'
import type { Db } from '../db/database.js'

export async function migrateToLatest (db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error !== undefined) throw error instanceof Error ? error : new Error(String(error))
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName)
}
