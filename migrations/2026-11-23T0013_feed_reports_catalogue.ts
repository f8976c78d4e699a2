import { sql, type Kysely } from 'kysely'

// Reports and catalogue entries join the change feed (and so the webhooks) with the same trigger.
const TABLES = ['report', 'catalogue_technology', 'catalogue_product', 'catalogue_registration']

export async function up (db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await sql.raw(`create trigger ${table}_change_feed after insert or update or delete on ${table}
      for each row execute function record_change('${table}')`).execute(db)
  }
}

export async function down (db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await sql.raw(`drop trigger ${table}_change_feed on ${table}`).execute(db)
}
