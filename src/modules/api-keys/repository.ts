import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import { displayPrefix, hashSecret } from './secrets.js'
import type { ApiKey } from './schemas.js'
import type { Principal, Role } from '../../shared/principal.js'

export async function principalForHash (db: Db, secretHash: string): Promise<Principal | undefined> {
  return await db.selectFrom('apiKey')
    .select(['id as keyId', 'name', 'role', 'agencyCode'])
    .where('secretHash', '=', secretHash).where('revokedAt', 'is', null)
    .executeTakeFirst()
}

export async function insertKey (db: Db, key: { name: string, role: Role, agencyCode: string | null }, secret: string): Promise<number> {
  const { id } = await db.insertInto('apiKey')
    .values({ ...key, secretHash: hashSecret(secret), secretPrefix: displayPrefix(secret) })
    .returning('id').executeTakeFirstOrThrow()
  return id
}

/**
 * The environment's admin key: created on first start, left as it is on later ones. A revoked one
 * stays revoked, so a leaked secret is not revived by the next restart: set a new ADMIN_API_KEY.
 */
export async function ensureBootstrapAdmin (db: Db, secret: string): Promise<void> {
  await db.insertInto('apiKey')
    .values({ name: 'bootstrap admin (ADMIN_API_KEY)', role: 'admin', agencyCode: null, secretHash: hashSecret(secret), secretPrefix: displayPrefix(secret) })
    .onConflict((oc) => oc.column('secretHash').doNothing())
    .execute()
}

function selectKeys (db: Db) {
  return db.selectFrom('apiKey').select(['id', 'name', 'role', 'agencyCode', 'secretPrefix', 'createdAt', 'revokedAt'])
}

function toApiKey (row: Awaited<ReturnType<ReturnType<typeof selectKeys>['executeTakeFirstOrThrow']>>): ApiKey {
  return { ...row, createdAt: row.createdAt.toISOString(), revokedAt: row.revokedAt?.toISOString() ?? null }
}

export async function findKey (db: Db, id: number): Promise<ApiKey | undefined> {
  const row = await selectKeys(db).where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toApiKey(row)
}

export async function listKeys (db: Db): Promise<ApiKey[]> {
  return (await selectKeys(db).orderBy('id').execute()).map(toApiKey)
}

export async function revokeKey (db: Db, id: number): Promise<void> {
  await db.updateTable('apiKey').set({ revokedAt: sql`now()` }).where('id', '=', id).where('revokedAt', 'is', null).execute()
}
