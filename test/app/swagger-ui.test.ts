import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import t from 'tap'
import { chromium } from 'playwright-core'
import { buildTestApp } from '../helper.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

t.test('Swagger UI in a real browser runs "Try it out" on the agencies list', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, async (t) => {
  const { app, keys } = await buildTestApp(t)
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
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
