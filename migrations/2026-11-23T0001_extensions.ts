import { sql, type Kysely } from 'kysely'

export async function up (db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db)
  await sql`create extension if not exists pg_trgm`.execute(db)
  // unaccent() is only STABLE (its dictionary could change), so it cannot back an index or a
  // generated column; pinning the dictionary makes this wrapper safe to declare IMMUTABLE.
  await sql`
    create function search_normalize(value text) returns text
    language sql immutable parallel safe strict as $$
      select btrim(regexp_replace(
        lower(public.unaccent('public.unaccent'::regdictionary, replace(value, '&', ' va '))),
        '[^a-z0-9]+', ' ', 'g'))
    $$`.execute(db)
  // array_to_string is only STABLE for the same reason; over text[] it cannot change.
  await sql`
    create function search_normalize(parts text[]) returns text
    language sql immutable parallel safe strict as $$
      select search_normalize(array_to_string(parts, ' '))
    $$`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop function search_normalize(text[])`.execute(db)
  await sql`drop function search_normalize(text)`.execute(db)
}
