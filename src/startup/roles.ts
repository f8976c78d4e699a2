import pg from 'pg'

/**
 * Two roles keep history safe from the service itself: the owner runs migrations and owns every
 * object; the service logs in as a role that owns nothing, so it cannot alter, disable or drop a
 * trigger, truncate, or touch audit_log except through the owner's trigger functions.
 */
export const OWNER_ROLE = 'nq57_owner'
export const SERVICE_ROLE = 'nq57_app'

export interface RolePasswords { owner: string, service: string }

async function withClient<T> (connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 })
  client.on('error', () => {})
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * As a superuser (the embedded cluster's, or the test server's): both login roles with the given
 * passwords, and `database` owned by the owner role. Objects an older version made as the
 * superuser are handed to the owner, so migrations can alter them.
 */
export async function ensureRolesAndDatabase (superuserUrl: string, database: string, passwords: RolePasswords): Promise<void> {
  await withClient(superuserUrl, async (client) => {
    for (const [role, password] of [[OWNER_ROLE, passwords.owner], [SERVICE_ROLE, passwords.service]] as const) {
      const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role])
      const verb = rowCount === 0 ? 'create' : 'alter'
      await client.query(`${verb} role ${role} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${pg.escapeLiteral(password)}`)
    }
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database])
    if (rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(database)} owner ${OWNER_ROLE}`)
    else await client.query(`alter database ${pg.escapeIdentifier(database)} owner to ${OWNER_ROLE}`)
  })
  const url = new URL(superuserUrl)
  url.pathname = `/${database}`
  await withClient(url.toString(), async (client) => {
    await client.query(`alter schema public owner to ${OWNER_ROLE}`)
    await client.query(`
      do $$ declare object record; begin
        for object in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') and pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}'
        loop execute format('alter table %s owner to ${OWNER_ROLE}', object.name); end loop;
        for object in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '${OWNER_ROLE}'
            and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
        loop execute format('alter routine %s owner to ${OWNER_ROLE}', object.name); end loop;
      end $$`)
  })
}

/**
 * As the owner, after migrations: the service role may read and write business tables, read the
 * change feed, the audit log and the task documents the triggers keep, and nothing more. Run at every start so new tables are covered.
 */
export async function grantServiceRole (ownerUrl: string, serviceRole: string): Promise<void> {
  const role = pg.escapeIdentifier(serviceRole)
  await withClient(ownerUrl, async (client) => {
    await client.query('revoke create on schema public from public')
    await client.query(`grant usage on schema public to ${role}`)
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${role}`)
    await client.query(`revoke insert, update, delete, truncate, references, trigger on audit_log, change_log, task_document, kysely_migration, kysely_migration_lock from ${role}`)
    // Figure history is appended to, never rewritten.
    await client.query(`revoke update, delete, truncate, references, trigger on funding_figure from ${role}`)
    await client.query(`grant usage, select on all sequences in schema public to ${role}`)
  })
}

export function userOf (connectionString: string): string {
  return decodeURIComponent(new URL(connectionString).username)
}
