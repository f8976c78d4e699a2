import { createHash, randomBytes } from 'node:crypto'

const PREFIX = 'nq57_'

/** A new key: 256 random bits. Only its hash is stored; the secret is shown once. */
export function newSecret (): string {
  return PREFIX + randomBytes(32).toString('base64url')
}

// Keys are long random strings, not passwords: a fast hash cannot be brute-forced back to them.
export function hashSecret (secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export function displayPrefix (secret: string): string {
  return secret.slice(0, PREFIX.length + 6)
}
