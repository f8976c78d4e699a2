import http from 'node:http'
import https from 'node:https'
import pkg from '../../../package.json' with { type: 'json' }
import { TargetRefused } from '../../shared/errors.js'
import type { TargetPolicy } from './target-policy.js'

export const USER_AGENT = `nq57-directive-api/${pkg.version} (webhooks)`

export interface Outcome { ok: boolean, status: number | null, error: string | null }

// The log names a kind of failure only: a receiver's own error text or the difference between a
// refused and a silent port would let a subscriber map what lies behind it.
const REFUSED: Outcome = { ok: false, status: null, error: 'receiver refused by policy' }
const FAILED: Outcome = { ok: false, status: null, error: 'connection failed' }
const TIMEOUT: Outcome = { ok: false, status: null, error: 'timeout' }

function outcomeOf (status: number): Outcome {
  if (status >= 200 && status < 300) return { ok: true, status, error: null }
  if (status >= 300 && status < 400) return { ok: false, status, error: 'HTTP 3xx (redirects are not followed)' }
  return { ok: false, status, error: `HTTP ${String(status).charAt(0)}xx` }
}

/** POSTs one delivery, never following a redirect, and settles within `timeoutMs` whatever the receiver does. */
export async function post (target: string, headers: Record<string, string>, body: string, policy: TargetPolicy, timeoutMs: number): Promise<Outcome> {
  let url: URL
  try {
    url = new URL(target)
    policy.checkLiteral(url)
  } catch {
    return REFUSED
  }
  return await new Promise<Outcome>((resolve) => {
    let timedOut = false
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      agent: false,
      lookup: policy.lookup,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': USER_AGENT }
    }, (response) => {
      clearTimeout(timer)
      response.on('error', () => {})
      response.destroy()
      resolve(outcomeOf(response.statusCode ?? 0))
    })
    const timer = setTimeout(() => { timedOut = true; request.destroy() }, timeoutMs)
    request.on('error', (error) => {
      clearTimeout(timer)
      resolve(timedOut ? TIMEOUT : error instanceof TargetRefused ? REFUSED : FAILED)
    })
    request.end(body)
  })
}
