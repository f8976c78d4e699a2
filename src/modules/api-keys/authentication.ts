import type { Db } from '../../db/database.js'
import type { Principal } from '../../shared/principal.js'
import type { KeyCache } from './cache.js'
import { insertKeyIfNew, principalForHash } from './repository.js'
import { hashSecret } from './secrets.js'

// What the app's auth plugin uses of API keys, and all it uses.
export { KeyCache } from './cache.js'

/**
 * The principal a bearer secret is, or null when it is no live key. The cache answers first;
 * `beforeLookup` runs only when the database must be asked, and may refuse by throwing.
 */
export async function principalOf (db: Db, cache: KeyCache, secret: string, beforeLookup: () => Promise<void>): Promise<Principal | null> {
  const hash = hashSecret(secret)
  const cached = cache.get(hash)
  if (cached !== undefined) return cached
  await beforeLookup()
  const generation = cache.currentGeneration
  const principal = await principalForHash(db, hash) ?? null
  cache.set(hash, principal, generation)
  return principal
}

/**
 * The environment's admin key: created on first start, left as it is on later ones. A revoked one
 * stays revoked, so a leaked secret is not revived by the next restart: set a new ADMIN_API_KEY.
 * No request acts here, so the audit log names the writer "system".
 */
export async function ensureBootstrapAdmin (db: Db, secret: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertKeyIfNew(trx, { name: 'bootstrap admin (ADMIN_API_KEY)', role: 'admin', agencyCode: null }, secret)
  })
}
