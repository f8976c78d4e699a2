import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { newSecret } from '../modules/api-keys/secrets.js'

/**
 * On the embedded (development) database with no ADMIN_API_KEY, an admin key is made once and
 * kept in DATA_DIR, so a newcomer can use Swagger UI at once; the secret goes to a file, never to the log.
 */
export async function devAdminKey (dataDir: string): Promise<{ secret: string, file: string }> {
  const file = path.resolve(dataDir, 'admin-api-key')
  try {
    return { secret: (await readFile(file, 'utf8')).trim(), file }
  } catch {
    const secret = newSecret()
    await writeFile(file, `${secret}\n`, { mode: 0o600 })
    return { secret, file }
  }
}
