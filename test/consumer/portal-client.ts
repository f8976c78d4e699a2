// What an integrating system writes against the types generated from openapi/openapi.json: CI
// type-checks it, and test/app/generated-client.test.ts runs it against the service.
import createClient from 'openapi-fetch'
import type { components, paths } from '../../openapi/schema.js'

export type Task = components['schemas']['Task']
export type Problem = components['schemas']['Problem']

export function portalClient (baseUrl: string, apiKey: string) {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${apiKey}` } })
}
type Client = ReturnType<typeof portalClient>

/** Only a filter: page size and cursor have defaults. */
export async function tasksOf (client: Client, agency: string): Promise<{ tasks: Task[], next: string | null, link: string | null }> {
  const { data, error, response } = await client.GET('/v1/tasks', { params: { query: { agency } } })
  if (error !== undefined) throw new Error(`${error.code}: ${error.detail ?? error.title}`)
  return { tasks: data.items, next: data.nextCursor, link: response.headers.get('link') }
}

export async function taskById (client: Client, id: number): Promise<{ task: Task, etag: string } | Problem> {
  const { data, error, response } = await client.GET('/v1/tasks/{id}', { params: { path: { id } } })
  if (error !== undefined) return error
  return { task: data, etag: response.headers.get('etag') ?? '' }
}

export async function reportProgress (client: Client, assignmentId: number, percent: number, note: string, retryKey: string): Promise<{ location: string | null, percent: number } | Problem> {
  const { data, error, response } = await client.POST('/v1/assignments/{id}/updates', {
    params: { path: { id: assignmentId }, header: { 'Idempotency-Key': retryKey } },
    body: { percent, note }
  })
  if (error !== undefined) return error
  return { location: response.headers.get('location'), percent: data.percent }
}
