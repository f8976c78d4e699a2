import pg from 'pg'
import { cutConnection } from './deadline.js'

export interface AvailabilityOptions {
  connectionString: string
  /** How often the server is asked; a failed answer marks it down at once. */
  intervalMs: number
  /** How long one probe (connect and `select 1`) may take. */
  timeoutMs: number
  onChange: (up: boolean, error?: unknown) => void
}

/**
 * Watches the database on a connection of its own, so a lost or frozen server is noticed within
 * interval + timeout whatever the requests are doing, and its return within one interval.
 */
export class DatabaseAvailability {
  up = true
  private client: pg.Client | undefined
  private timer: NodeJS.Timeout | undefined
  private stopped = false

  constructor (private readonly options: AvailabilityOptions) {}

  start (): void {
    this.stopped = false
    this.schedule(0)
  }

  async stop (): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    this.drop()
  }

  private schedule (delayMs: number): void {
    if (this.stopped) return
    this.timer = setTimeout(() => { void this.probe().then(() => this.schedule(this.options.intervalMs)) }, delayMs)
    this.timer.unref()
  }

  private async probe (): Promise<void> {
    let deadline: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        this.ask(),
        new Promise((_resolve, reject) => {
          // After an event-loop stall timers run before socket reads: let an answer already received win.
          deadline = setTimeout(() => setImmediate(() => reject(new Error(`database did not answer within ${this.options.timeoutMs} ms`))), this.options.timeoutMs)
        })
      ])
      this.set(true)
    } catch (error) {
      this.drop()
      this.set(false, error)
    } finally {
      clearTimeout(deadline)
    }
  }

  private async ask (): Promise<void> {
    if (this.client === undefined) {
      const client = new pg.Client({ connectionString: this.options.connectionString, application_name: 'nq57-availability', connectionTimeoutMillis: this.options.timeoutMs })
      client.on('error', () => this.drop())
      this.client = client
      await client.connect()
    }
    await this.client.query('select 1')
  }

  private drop (): void {
    const client = this.client
    this.client = undefined
    if (client === undefined) return
    cutConnection(client)
    void client.end().catch(() => {})
  }

  private set (up: boolean, error?: unknown): void {
    if (up === this.up) return
    this.up = up
    this.options.onChange(up, error)
  }
}
