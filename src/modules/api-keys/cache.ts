import pg from 'pg'
import type { Principal } from '../../shared/principal.js'

const TTL_MS = 60_000
// Short: an unknown hash is remembered only to spare the database a flood of the same bad key.
const UNKNOWN_TTL_MS = 10_000
const MAX_ENTRIES = 10_000
const RECONNECT_MS = 1000
export const KEY_CHANGE_CHANNEL = 'api_key_changed'

/**
 * Remembers which secret hash is which principal, so a request costs no key lookup, and which
 * hashes are no key at all (null), so a repeated bad key costs none either. Any change to api_key
 * (a new key, a revocation, on any instance) is NOTIFYed at commit and empties every instance's
 * cache; while that notification channel is down nothing is cached, so a revoked key can never
 * outlive its revocation, nor a new key stay refused, longer than the notification's own delivery.
 */
export class KeyCache {
  private readonly entries = new Map<string, { principal: Principal, expires: number }>()
  // Kept apart, so a flood of made-up keys can never push the real ones out.
  private readonly unknown = new Map<string, number>()
  private listener: pg.Client | undefined
  private listening = false
  private closed = false
  private retry: NodeJS.Timeout | undefined
  /** Bumped by every clear, so a lookup that started before a revocation cannot cache its stale answer. */
  private generation = 0

  constructor (private readonly connectionString: string, private readonly onError: (error: unknown) => void) {}

  /** The principal, null for a hash known to be no key, undefined when it must be looked up. */
  get (hash: string): Principal | null | undefined {
    const now = Date.now()
    const entry = this.entries.get(hash)
    if (entry !== undefined && entry.expires > now) return entry.principal
    if (entry !== undefined) this.entries.delete(hash)
    const unknownUntil = this.unknown.get(hash)
    if (unknownUntil !== undefined && unknownUntil > now) return null
    if (unknownUntil !== undefined) this.unknown.delete(hash)
    return undefined
  }

  get currentGeneration (): number {
    return this.generation
  }

  set (hash: string, principal: Principal | null, lookedUpAt: number): void {
    if (!this.listening || lookedUpAt !== this.generation) return
    const map = principal === null ? this.unknown : this.entries
    if (map.size >= MAX_ENTRIES) map.clear()
    if (principal === null) this.unknown.set(hash, Date.now() + UNKNOWN_TTL_MS)
    else this.entries.set(hash, { principal, expires: Date.now() + TTL_MS })
  }

  clear (): void {
    this.generation++
    this.entries.clear()
    this.unknown.clear()
  }

  async start (): Promise<void> {
    if (this.closed) return
    const client = new pg.Client({ connectionString: this.connectionString })
    let handled = false
    const lost = (error?: unknown): void => {
      // 'error' and a failed query can both report the same loss: reconnect once.
      if (handled) return
      handled = true
      if (error !== undefined) this.onError(error)
      this.listening = false
      this.clear()
      client.removeAllListeners()
      void client.end().catch(() => {})
      if (!this.closed) this.retry = setTimeout(() => { void this.start() }, RECONNECT_MS).unref()
    }
    client.on('error', lost)
    client.on('notification', () => this.clear())
    try {
      await client.connect()
      await client.query(`listen ${KEY_CHANGE_CHANNEL}`)
      if (this.closed) {
        handled = true
        await client.end()
        return
      }
      this.listener = client
      this.listening = true
      // A revocation committed while the channel was down was never heard: start afresh.
      this.clear()
      client.on('end', () => { if (!this.closed) lost() })
    } catch (error) {
      lost(error)
    }
  }

  async stop (): Promise<void> {
    this.closed = true
    this.listening = false
    clearTimeout(this.retry)
    await this.listener?.end().catch(() => {})
  }
}
