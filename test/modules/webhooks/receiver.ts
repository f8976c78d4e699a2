import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received { headers: IncomingMessage['headers'], body: string }

/** An HTTP receiver on 127.0.0.1 whose behaviour each test sets; it also counts every TCP connection it accepts. */
export async function receiver (t: { teardown: (fn: () => unknown) => void }, respond: (req: Received, res: ServerResponse) => void) {
  const received: Received[] = []
  const open = new Set<ServerResponse>()
  let connections = 0
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => { body += chunk.toString() })
    req.on('end', () => {
      const entry = { headers: req.headers, body }
      received.push(entry)
      open.add(res)
      res.on('close', () => open.delete(res))
      respond(entry, res)
    })
  })
  server.on('connection', () => { connections++ })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(async () => {
    for (const res of open) res.destroy()
    await new Promise((resolve) => server.close(resolve))
  })
  const port = (server.address() as AddressInfo).port
  return { url: `http://127.0.0.1:${port}/hook`, port, received, connections: () => connections }
}

/** A loopback port nothing listens on. */
export async function closedPort (): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

export async function until (check: () => boolean | Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
