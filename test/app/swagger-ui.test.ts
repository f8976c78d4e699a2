import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'
import t, { type Test } from 'tap'
import { chromium, type BrowserContext } from 'playwright-core'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { buildTestApp, freshDatabase } from '../helper.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const noChromium = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`
// Chromium never upgrades requests to loopback, so a plain-HTTP deployment is only seen as it is from another address.
const lanAddress = Object.values(networkInterfaces()).flat().find((i) => i?.family === 'IPv4' && !i.internal)?.address

async function launchBrowser (t: Test): Promise<BrowserContext> {
  const profile = await mkdtemp(path.join(tmpdir(), 'nq57-chromium-'))
  // A fresh, empty profile; the flags keep Chromium off the network this machine does not have.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-quic', '--disable-sync']
  })
  t.teardown(async () => {
    await browser.close()
    await rm(profile, { recursive: true, force: true })
  })
  return browser
}

/** The app as the helper builds it, but with TLS_TERMINATED on (the helper keeps the default, off). */
async function buildTlsApp (t: Test): Promise<FastifyInstance> {
  const { connectionString, drop } = await freshDatabase()
  const app = await buildApp({
    config: { LOG_LEVEL: 'silent', BODY_LIMIT: 1048576, DB_POOL_SIZE: 2, TODAY: undefined, ADMIN_API_KEY: undefined, RATE_LIMIT_PER_MINUTE: 100000, CORS_ORIGINS: '', DB_CONNECT_TIMEOUT_MS: 10_000, DB_PROBE_TIMEOUT_MS: 5000, TLS_TERMINATED: true },
    connectionString
  })
  t.teardown(async () => {
    await app.close()
    await drop()
  })
  return app
}

/** Opens /docs/ at `base`; what failed to load (requests, 4xx/5xx answers, console errors such as CSP refusals) is returned. */
async function openDocs (browser: BrowserContext, base: string, waitMs = 15_000): Promise<{ failures: string[], operations: number }> {
  const page = await browser.newPage()
  const failures: string[] = []
  page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`))
  page.on('response', (response) => { if (response.status() >= 400) failures.push(`${response.url()}: ${response.status()}`) })
  // Chromium reports that it ignores Cross-Origin-Opener-Policy over plain HTTP, as src/plugins/security.ts expects.
  page.on('console', (message) => { if (message.type() === 'error' && !/Cross-Origin-Opener-Policy header has been ignored/.test(message.text())) failures.push(`console: ${message.text()}`) })
  await page.goto(`${base}/docs/`)
  const operations = await page.locator('#operations-agencies-listAgencies').waitFor({ timeout: waitMs })
    .then(async () => await page.locator('.opblock').count(), () => 0)
  await page.close()
  return { failures, operations }
}

t.test('Swagger UI in a real browser runs "Try it out" on the agencies list', { skip: noChromium }, async (t) => {
  const { app, keys } = await buildTestApp(t)
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const browser = await launchBrowser(t)
  const page = await browser.newPage()
  await page.goto(`${address}/docs/`)
  // Authorize with a reader key, as a portal developer would.
  await page.locator('button.authorize').first().click()
  await page.locator('.modal-ux input').first().fill(keys.reader)
  await page.locator('.modal-ux button.authorize').click()
  await page.locator('.modal-ux button.btn-done').click()
  const operation = page.locator('#operations-agencies-listAgencies')
  await operation.locator('.opblock-summary').click()
  await operation.locator('button.try-out__btn').click()
  await operation.locator('button.execute').click()
  const status = operation.locator('.live-responses-table tr.response .response-col_status').first()
  await status.waitFor({ timeout: 15000 })
  t.equal((await status.innerText()).trim(), '200')
  t.match(await operation.locator('.live-responses-table .microlight').first().innerText(), /"code": "BKHCN"|"items"/)
})

t.test('Swagger UI renders over plain HTTP on a non-loopback address', {
  skip: noChromium || (lanAddress === undefined && 'no non-internal IPv4 address on this machine (adding one needs root and network setup a test should not do)')
}, async (t) => {
  const { app } = await buildTestApp(t)
  const tlsApp = await buildTlsApp(t)
  // Launched last, so closed first: sockets it left open would hold the servers' close for a minute.
  const browser = await launchBrowser(t)
  const base = await app.listen({ port: 0, host: lanAddress })
  t.equal(new URL(base).hostname, lanAddress, `served at ${base}`)
  const { failures, operations } = await openDocs(browser, base)
  t.same(failures, [], 'every script, style and the document loaded')
  t.ok(operations > 10, `the operations list is shown (${operations} operations)`)

  // The control: told TLS is terminated, the pages ask for https, which plain HTTP cannot give.
  const { failures: upgraded, operations: none } = await openDocs(browser, await tlsApp.listen({ port: 0, host: lanAddress }), 3000)
  t.match(upgraded.join('\n'), /https:\/\/.*\/docs\/static\/.*\.js/, 'with TLS_TERMINATED the scripts are fetched over https')
  t.equal(none, 0, 'and the page stays blank')
})

t.test('upgrade-insecure-requests is sent only when TLS_TERMINATED says browsers come over HTTPS', async (t) => {
  const { app } = await buildTestApp(t)
  const tlsApp = await buildTlsApp(t)
  // The API's policy (helmet) and Swagger UI's own (its page, its scripts): both follow the setting; HSTS does not.
  for (const url of ['/health/live', '/openapi.json', '/docs/', '/docs/static/swagger-initializer.js', '/docs/static/swagger-ui-bundle.js']) {
    const plain = await app.inject({ method: 'GET', url })
    const tls = await tlsApp.inject({ method: 'GET', url })
    t.equal(plain.statusCode, 200, url)
    t.match(plain.headers['content-security-policy'], /default-src 'self'/, `${url}: a policy without TLS_TERMINATED`)
    t.notMatch(plain.headers['content-security-policy'], /upgrade-insecure-requests/, `${url}: no upgrade without TLS_TERMINATED`)
    t.match(tls.headers['content-security-policy'], /(^|; ?)upgrade-insecure-requests(;|$)/, `${url}: upgrade with TLS_TERMINATED`)
    t.ok(plain.headers['strict-transport-security'] !== undefined && tls.headers['strict-transport-security'] !== undefined, `${url}: HSTS either way`)
  }
})
