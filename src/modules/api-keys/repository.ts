import { sql, type Insertable, type Selectable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import type { ApiKeyTable } from '../../db/schema.js'
import type { Principal } from '../../shared/principal.js'
import { displayPrefix, hashSecret } from './secrets.js'
import type { ApiKey } from './schemas.js'

export type NewKey = Pick<Insertable<ApiKeyTable>, 'name' | 'role' | 'agencyCode'>

const KEY = ['id', 'name', 'role', 'agencyCode', 'secretPrefix', 'createdAt', 'revokedAt'] as const

function toApiKey (row: Pick<Selectable<ApiKeyTable>, typeof KEY[number]>): ApiKey {
  return { ...row, createdAt: row.createdAt.toISOString(), revokedAt: row.revokedAt?.toISOString() ?? null }
}

export async function principalForHash (db: Db, secretHash: string): Promise<Principal | undefined> {
  return await db.selectFrom('apiKey')
    .select(['id as keyId', 'name', 'role', 'agencyCode'])
    .where('secretHash', '=', secretHash).where('revokedAt', 'is', null)
    .executeTakeFirst()
}

export async function insertKey (trx: Trx, key: NewKey, secret: string): Promise<ApiKey> {
  const row = await trx.insertInto('apiKey')
    .values({ ...key, secretHash: hashSecret(secret), secretPrefix: displayPrefix(secret) })
    .returning(KEY).executeTakeFirstOrThrow()
  return toApiKey(row)
}

/** Nothing happens when the secret is already stored, whether that key is live or revoked. */
export async function insertKeyIfNew (trx: Trx, key: NewKey, secret: string): Promise<void> {
  await trx.insertInto('apiKey')
    .values({ ...key, secretHash: hashSecret(secret), secretPrefix: displayPrefix(secret) })
    .onConflict((oc) => oc.column('secretHash').doNothing())
    .execute()
}

export async function findKey (db: Db, id: number): Promise<ApiKey | undefined> {
  const row = await db.selectFrom('apiKey').select(KEY).where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toApiKey(row)
}

export async function listKeys (db: Db): Promise<ApiKey[]> {
  return (await db.selectFrom('apiKey').select(KEY).orderBy('id').execute()).map(toApiKey)
}

export async function revokeKey (trx: Trx, id: number): Promise<void> {
  await trx.updateTable('apiKey').set({ revokedAt: sql`now()` }).where('id', '=', id).where('revokedAt', 'is', null).execute()
}
