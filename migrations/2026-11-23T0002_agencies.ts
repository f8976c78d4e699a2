import { sql, type Kysely } from 'kysely'

export async function up (db: Kysely<any>): Promise<void> {
  await db.schema.createTable('agency')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[A-Z0-9][A-Z0-9_-]*$'`))
    .addColumn('name_vi', 'text', (c) => c.notNull().check(sql`length(name_vi) > 0`))
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('government', 'ministry', 'ministerial_agency', 'government_agency', 'party_body', 'committee_body', 'province', 'other')`))
    .addColumn('parent_code', 'text', (c) => c.references('agency.code'))
    .addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('search_text', 'text', (c) => c.generatedAlwaysAs(sql`search_normalize(array[name_vi, name_en] || aliases)`).stored())
    .execute()
  await sql`create index agency_search_trgm on agency using gin (search_text gin_trgm_ops)`.execute(db)
  await db.schema.createIndex('agency_kind').on('agency').columns(['kind', 'code']).execute()

  await db.schema.createTable('agency_group')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[A-Z0-9][A-Z0-9_-]*$'`))
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute()
  await db.schema.createTable('agency_group_member')
    .addColumn('group_code', 'text', (c) => c.notNull().references('agency_group.code').onDelete('cascade'))
    .addColumn('agency_code', 'text', (c) => c.notNull().references('agency.code'))
    .addPrimaryKeyConstraint('agency_group_member_pk', ['group_code', 'agency_code'])
    .execute()
}

export async function down (db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agency_group_member').execute()
  await db.schema.dropTable('agency_group').execute()
  await db.schema.dropTable('agency').execute()
}
