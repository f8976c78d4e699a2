// What the finance ministry's system writes against the types generated from openapi/openapi.json:
// a dry run, then the write of the same lines, then the totals it reconciles against.
import createClient from 'openapi-fetch'
import type { components, paths } from '../../openapi/schema.js'

type Batch = paths['/v1/funding/batches']['post']
export type BatchLine = NonNullable<Batch['requestBody']>['content']['application/json']['lines'][number]
export type BatchResult = Batch['responses']['200']['content']['application/json']
export type Problem = components['schemas']['Problem']
type Totals = paths['/v1/funding/totals']['get']['responses']['200']['content']['application/json']

export function financeClient (baseUrl: string, apiKey: string) {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${apiKey}` } })
}
type Client = ReturnType<typeof financeClient>

export async function sendBatch (client: Client, lines: BatchLine[], dryRun: boolean): Promise<BatchResult | Problem> {
  const { data, error } = await client.POST('/v1/funding/batches', { params: { query: { dryRun } }, body: { lines } })
  return error ?? data
}

export async function totalsBy (client: Client, groupBy: 'agency' | 'field', asOf?: string): Promise<Totals | Problem> {
  const { data, error } = await client.GET('/v1/funding/totals', { params: { query: { groupBy, ...(asOf === undefined ? {} : { asOf }) } } })
  return error ?? data
}
