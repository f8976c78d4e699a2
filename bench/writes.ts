// What the write scenario must leave behind: every progress update it added audited (audit_log),
// announced in the change feed (change_log) and queued for webhooks (webhook_delivery). The
// triggers write the outbox only for an active subscription, so one is made for the scenario
// and removed afterwards, its deliveries with it (on delete cascade).
import pg from 'pg'

const SUBSCRIPTION_URL = 'http://127.0.0.1:9/nq57-bench-outbox'
/** What a progress update announces: the update itself and its assignment's new percent and version. */
const EVENTS = ['progress_update.created', 'assignment.updated']

export interface Outbox { subscriptionId: number, before: { update: number, audit: number, change: number, delivery: number } }
export interface WriteCheck { writes: number, audited: number, fed: number, queued: number, assignmentEvents: number }

/** One query session on its own connection, closed whatever happens. */
export async function withClient<T> (url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export async function openOutbox (url: string): Promise<Outbox> {
  return await withClient(url, async (client) => {
    await client.query('delete from webhook_subscription where url = $1', [SUBSCRIPTION_URL]) // left by an interrupted run
    const { rows } = await client.query<{ id: number }>(
      "insert into webhook_subscription (url, event_types, secret) values ($1, $2, 'whsec_bench_not_dispatched') returning id", [SUBSCRIPTION_URL, EVENTS])
    const marks = await client.query<{ update: string, audit: string, change: string, delivery: string }>(`select
      (select coalesce(max(id), 0) from progress_update) as update, (select coalesce(max(id), 0) from audit_log) as audit,
      (select coalesce(max(seq), 0) from change_log) as change, (select coalesce(max(id), 0) from webhook_delivery) as delivery`)
    const mark = marks.rows[0]
    if (rows[0] === undefined || mark === undefined) throw new Error('could not open the bench outbox')
    return { subscriptionId: rows[0].id, before: { update: Number(mark.update), audit: Number(mark.audit), change: Number(mark.change), delivery: Number(mark.delivery) } }
  })
}

export async function checkWrites (url: string, { subscriptionId, before }: Outbox): Promise<WriteCheck> {
  return await withClient(url, async (client) => {
    const { rows } = await client.query<Record<keyof WriteCheck, string>>(`
      select count(*) as writes,
        count(*) filter (where exists (select 1 from audit_log a where a.entity = 'progress_update' and a.entity_id = p.id::text and a.id > $2 and a.action = 'insert')) as audited,
        count(*) filter (where exists (select 1 from change_log c where c.seq > $3 and c.entity = 'progress_update' and c.entity_id = p.id::text and c.operation = 'create')) as fed,
        count(*) filter (where exists (select 1 from webhook_delivery d where d.subscription_id = $5 and d.id > $4 and d.event_type = 'progress_update.created' and d.entity_id = p.id::text)) as queued,
        (select count(*) from webhook_delivery d where d.subscription_id = $5 and d.event_type = 'assignment.updated') as "assignmentEvents"
      from progress_update p where p.id > $1`, [before.update, before.audit, before.change, before.delivery, subscriptionId])
    const row = rows[0]
    if (row === undefined) throw new Error('no write check')
    return { writes: Number(row.writes), audited: Number(row.audited), fed: Number(row.fed), queued: Number(row.queued), assignmentEvents: Number(row.assignmentEvents) }
  })
}

export async function closeOutbox (url: string, { subscriptionId }: Outbox): Promise<void> {
  await withClient(url, async (client) => { await client.query('delete from webhook_subscription where id = $1', [subscriptionId]) })
}

/** What the checks found short: each write missing from the log, the feed or the outbox is an error. */
export function shortfall ({ writes, audited, fed, queued, assignmentEvents }: WriteCheck, answered: number): number {
  return (writes - audited) + (writes - fed) + (writes - queued) + Math.max(0, writes - assignmentEvents) + Math.max(0, answered - writes)
}

export function describeWrites ({ writes, audited, fed, queued, assignmentEvents }: WriteCheck, answered: number): string {
  return `${writes} writes: ${audited} audited, ${fed} in the feed, ${queued} in the outbox (+${assignmentEvents} assignment.updated); ${answered} answered 201`
}
