import pg from 'pg'
import type { Principal } from './repository.js'

const TTL_MS = 60_000
const MAX_ENTRIES = 10_000
const RECONNECT_MS = 1000
export const KEY_CHANGE_CHANNEL = 'api_key_changed'

/**
 * Remembers which secret hash is which principal, so a request costs no key lookup. Any change
 * to api_key (a revocation on any instance) is NOTIFYed at commit and empties every instance's
 * cache; while that notification channel is down nothing is cached, so a revoked key can never
 * outlive its revocation by more than the notification's own delivery.
 */
export class KeyCache {
  private readonly entries = new Map<string, { principal: Principal, expires: number }>()
  private listener: pg.Client | undefined
  private listening = false
  private closed = false
  private retry: NodeJS.Timeout | undefined
  /** Bumped by every clear, so a lookup that started before a revocation cannot cache its stale answer. */
  private generation = 0

  constructor (private readonly connectionString: string, private readonly onError: (error: unknown) => void) {}

  get (hash: string): Principal | undefined {
    const entry = this.entries.get(hash)
    if (entry === undefined) return undefined
    if (entry.expires > Date.now()) return entry.principal
    this.entries.delete(hash)
    return undefined
  }

  get currentGeneration (): number {
    return this.generation
  }

  set (hash: string, principal: Principal, lookedUpAt: number): void {
    if (!this.listening || lookedUpAt !== this.generation) return
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear()
    this.entries.set(hash, { principal, expires: Date.now() + TTL_MS })
  }

  clear (): void {
    this.generation++
    this.entries.clear()
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
