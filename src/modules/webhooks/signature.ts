import { createHmac, randomBytes } from 'node:crypto'

/** A Standard Webhooks secret: "whsec_" and the base64 of the signing key. */
export function newWebhookSecret (): string {
  return `whsec_${randomBytes(32).toString('base64')}`
}

/** The headers of the Standard Webhooks specification, so receivers can verify with its libraries. */
export function signatureHeaders (secret: string, messageId: string, timestampSeconds: number, body: string): Record<string, string> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const signature = createHmac('sha256', key).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64')
  return { 'webhook-id': messageId, 'webhook-timestamp': String(timestampSeconds), 'webhook-signature': `v1,${signature}` }
}
