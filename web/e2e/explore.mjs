// The explorer's browser test: drives Chromium headless (playwright-core
// with the system's Chromium, no browser download) against a running
// server over the seed graph. Run by graph/explore_browser_test.go, which
// starts the server and passes:
//   TUOPIN_URL        the server (http://127.0.0.1:PORT)
//   TUOPIN_CHROMIUM   the browser (/usr/bin/chromium)
//   TUOPIN_ARTIFACTS  where screenshots and first-paint.json go
//   E2E_OFFICIAL      the global id of 张洪岐
//   E2E_OTHER_ORIGIN  a page of another origin that the server allows (CORS)
// Prints "ok <step>" or "FAIL <step>: <why>" per step; exits 1 on a failure.
import { chromium } from 'playwright-core'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const base = process.env.TUOPIN_URL
const dir = process.env.TUOPIN_ARTIFACTS ?? 'artifacts/browser'
mkdirSync(dir, { recursive: true })
for (const f of readdirSync(dir)) if (f.endsWith('.png') || f.endsWith('.json')) rmSync(join(dir, f))
let failed = 0
const timings = {}

const browser = await chromium.launch({
  executablePath: process.env.TUOPIN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
})
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' })
const page = await context.newPage()
page.setDefaultTimeout(30000) // a busy 2-core CI machine runs the other packages' tests meanwhile
const consoleErrors = []
page.on('pageerror', (e) => consoleErrors.push(String(e)))
// Offline: every request goes to the server itself (or the test's other origin).
const foreign = []
page.on('request', (r) => {
  const u = r.url()
  if (!u.startsWith(base) && !u.startsWith(process.env.E2E_OTHER_ORIGIN ?? base) && !u.startsWith('data:') && u !== 'about:blank') foreign.push(u)
})
page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))

async function step(name, fn) {
  try {
    await fn()
    console.log(`ok ${name}`)
  } catch (e) {
    failed++
    console.log(`FAIL ${name}: ${String(e?.message ?? e).split('\n').slice(0, 6).join(' | ')}`)
    await page.screenshot({ path: join(dir, `failed-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {})
  }
}
function check(cond, why) {
  if (!cond) throw new Error(why)
}
const shot = (name, fullPage = true) => page.screenshot({ path: join(dir, name), fullPage })
const firstPaint = () => page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1)

await step('search 延寿 shows 张洪岐 with evidence', async () => {
  await page.goto(`${base}/explore`)
  await page.locator('.searchbox input').waitFor()
  timings.home = await firstPaint()
  await page.locator('.searchbox input').pressSequentially('延寿', { delay: 50 })
  const hit = page.locator('.hits li.hit', { hasText: '延寿县' }).first()
  await hit.waitFor()
  await shot('1-search.png')
  await hit.click()
  await page.waitForURL(/\/explore\/entity\/Region:230129/)
  const officials = page.locator('section[data-group="官员"]')
  const fact = officials.locator('.fact', { hasText: '张洪岐' }).first()
  await fact.waitFor()
  const sentence = await fact.locator('.evidence blockquote').first().innerText()
  const marks = await fact.locator('.evidence blockquote mark').allInnerTexts()
  check(sentence.length >= 10, `evidence sentence ${JSON.stringify(sentence)}`)
  check(marks.length > 0, `no highlighted words in ${JSON.stringify(sentence)}`)
  check((await fact.locator('.source').first().innerText()).includes('《'), 'no article shown for the evidence')
  const support = await fact.locator('.fact-head .support').innerText()
  check(/^[1-9]\d* 篇报道$/.test(support), `support of the fact: ${JSON.stringify(support)}`)
})

await step('clicking a node expands it', async () => {
  await page.locator('.graph-panel[data-state=ready]').waitFor()
  const count = async () => +(await page.locator('[data-testid=graph-count]').getAttribute('data-nodes'))
  const before = await count()
  // Click the one-hop neighbours that link elsewhere (industries, programs, the prefecture) until one adds nodes.
  const candidates = await page.evaluate(() => {
    const cy = document.querySelector('[data-testid=graph]').__cy
    return cy
      .nodes()
      .filter((n) => !n.hasClass('root') && ['INDUSTRY', 'PROGRAM', 'PREFECTURE', 'COUNTY'].includes(n.data('kind')))
      .map((n) => n.id())
      .slice(0, 8)
  })
  let after = before
  let clicked = ''
  for (const id of candidates) {
    const pos = await page.evaluate((id) => {
      const cy = document.querySelector('[data-testid=graph]').__cy
      const n = cy.getElementById(id)
      const p = n.renderedPosition()
      return { x: p.x, y: p.y, name: n.data('name') }
    }, id)
    await page.locator('[data-testid=graph]').click({ position: { x: pos.x, y: pos.y } })
    await page.locator('.graph-panel .selected').waitFor()
    await page.waitForTimeout(1500)
    after = await count()
    clicked = (await page.locator('.graph-panel .selected a').innerText()) + (after > before ? '' : ` (aimed at ${pos.name})`)
    if (after > before) break
  }
  console.log(`   clicked ${clicked}: ${before} → ${after} nodes`)
  check(after > before, `no click added nodes (${before})`)
  await shot('2-county-graph-expanded.png', false)
})

await step('neighbourhood draws at least 10 nodes', async () => {
  await page.locator('.graph-panel select[aria-label="跳数"]').selectOption('2')
  await page.waitForURL(/hops=2/)
  await page.locator('.graph-panel[data-state=ready]').waitFor()
  await page.waitForFunction(() => +(document.querySelector('[data-testid=graph-count]')?.dataset.nodes ?? 0) >= 10)
  const n = await page.locator('[data-testid=graph-count]').getAttribute('data-nodes')
  console.log(`   neighbourhood of 延寿县 at 2 hops: ${n} nodes`)
  await page.waitForTimeout(300)
  await shot('2-county-graph.png', false)
  await shot('2-county-full.png')
})

await step('deep link reloads to the same view', async () => {
  const before = page.url()
  await page.reload()
  await page.locator('section[data-group="官员"] .fact', { hasText: '张洪岐' }).first().waitFor()
  await page.locator('.graph-panel[data-state=ready]').waitFor()
  await page.waitForFunction(() => +(document.querySelector('[data-testid=graph-count]')?.dataset.nodes ?? 0) >= 10)
  check(page.url() === before, `reloaded ${before} to ${page.url()}`)
  check((await page.locator('.entity-head h1').innerText()).includes('延寿县'), 'title lost')
  check((await page.locator('.graph-panel select[aria-label="跳数"]').inputValue()) === '2', 'hops lost')
  timings.county = await firstPaint()
})

await step('path from 张洪岐 to 光伏', async () => {
  const from = encodeURIComponent(process.env.E2E_OFFICIAL)
  await page.goto(`${base}/explore/path?from=${from}&to=${encodeURIComponent('Industry:光伏')}`)
  const path = page.locator('[data-testid=path]')
  await path.waitFor()
  timings.path = await firstPaint()
  const text = await path.innerText()
  check(text.includes('张洪岐') && text.includes('光伏'), `path reads ${JSON.stringify(text.slice(0, 200))}`)
  check((await path.locator('.evidence blockquote').count()) > 0, 'no evidence on the hops')
  await shot('3-path.png')
})

await step('map colours 延寿县 by 贫困发生率 2019', async () => {
  await page.goto(`${base}/explore/map?metric=${encodeURIComponent('贫困发生率')}&year=2019`)
  const county = page.locator('path.county.has-value[data-name="延寿县"]')
  await county.waitFor({ state: 'attached' })
  check((await county.getAttribute('data-value')) === '0.44%', `延寿县 value ${await county.getAttribute('data-value')}`)
  timings.map = await firstPaint()
  await page.waitForTimeout(300)
  await shot('4-map-statistic.png')
})

await step('map colours 迭部县 with an arc from 河东区', async () => {
  const url = `${base}/explore/map?metric=${encodeURIComponent('受帮扶')}`
  await page.goto(url)
  const county = page.locator('path.county.has-value[data-name="迭部县"]')
  await county.waitFor({ state: 'attached' })
  const fill = await county.getAttribute('fill')
  check(fill && fill !== '#e6e6e6', `迭部县 filled ${fill}`)
  await page.locator('path.arc[data-from="河东区"][data-to="迭部县"]').first().waitFor({ state: 'attached' })
  await page.waitForTimeout(300)
  await shot('5-map-assistance.png')
  await page.reload()
  await page.locator('path.county.has-value[data-name="迭部县"]').waitFor({ state: 'attached' })
  check(page.url() === url, `map reloaded to ${page.url()}`)
  // The whole country, kept in the URL.
  await page.locator('.map .controls input[type=checkbox]').check()
  await page.waitForURL(/all=1/)
  await page.reload()
  await page.locator('path.county.has-value[data-name="迭部县"]').waitFor({ state: 'attached' })
  check(await page.locator('.map .controls input[type=checkbox]').isChecked(), 'the whole-country view was not kept')
  await shot('5-map-china.png')
})

await step('three clicks from the home page: a county, its facts and graph, its map', async () => {
  await page.goto(`${base}/explore`)
  await page.locator('.home .chips a').first().click() // 1
  await page.locator('.entity .fact .evidence blockquote').first().waitFor()
  await page.locator('.graph-panel[data-state=ready]').waitFor()
  check(+(await page.locator('[data-testid=graph-count]').getAttribute('data-nodes')) > 1, 'no graph')
  await page.locator('.metric h3 a').first().click() // 2
  await page.waitForURL(/\/explore\/map\?metric=/)
  await page.locator('path.county.has-value').first().waitFor({ state: 'attached' })
})

await step('traditional input finds the simplified county; kinds narrow it', async () => {
  await page.goto(`${base}/explore/search?q=${encodeURIComponent('延壽縣')}`)
  const hit = page.locator('.results .result', { hasText: '延寿县' }).first()
  await hit.waitFor()
  // Narrowed to one kind, in the URL.
  await page.locator('.kinds a', { hasText: '县区' }).click()
  await page.waitForURL(/kind=COUNTY/)
  await page.locator('.results .result', { hasText: '延寿县' }).first().waitFor()
  const badges = await page.locator('.results .result .badge').allInnerTexts()
  check(badges.length > 0 && badges.every((b) => b === '县区'), `badges ${badges}`)
})

await step('an official shows the roles held', async () => {
  await page.goto(`${base}/explore/entity/${encodeURIComponent(process.env.E2E_OFFICIAL)}`)
  const role = page.locator('section[data-group="职务"] .fact', { hasText: '延寿县' }).first()
  await role.waitFor()
  check((await role.locator('.evidence mark').count()) > 0, 'no highlighted words in the role evidence')
})

await step('an industry shows the counties developing it', async () => {
  await page.goto(`${base}/explore/entity/${encodeURIComponent('Industry:光伏')}`)
  await page.locator('section[data-group="发展该产业的县区"] .fact').first().waitFor()
  check((await page.locator('section[data-group="发展该产业的县区"] .fact').count()) >= 1, 'no county')
})

await step('a province lists its regions', async () => {
  await page.goto(`${base}/explore/entity/Region:620000`)
  await page.locator('section[data-group="下辖"] a', { hasText: '甘南' }).first().waitFor()
})

await step('analytics panel lists top entities, communities, similar counties and co-occurrence', async () => {
  await page.goto(`${base}/explore/analytics`)
  await page.locator('.analytics .panels li').first().waitFor()
  const text = await page.locator('.analytics').innerText()
  check(text.includes('核心实体') && text.includes('社区') && text.includes('产业共现') && text.includes('相似县区'), 'a panel is missing')
  await page.locator('[data-panel=similar] li').first().waitFor()
  check((await page.locator('.analytics .panels section').first().locator('li').count()) >= 5, 'fewer than 5 top entities')
  await shot('7-analytics.png')
})

await step('errors show their GraphQL code', async () => {
  await page.goto(`${base}/explore/path?from=Nope:1&to=${encodeURIComponent('Industry:光伏')}`)
  const err = page.locator('.state.error').first()
  await err.waitFor()
  const code = await err.locator('.code').innerText()
  check(/^[A-Z_]+$/.test(code), `error code ${JSON.stringify(code)}`)
  console.log(`   error shown with code ${code}`)
  await shot('6-error.png')
})

await step('a page on another allowed origin can query the API', async () => {
  await page.goto(process.env.E2E_OTHER_ORIGIN)
  const r = await page.evaluate(async (api) => {
    const res = await fetch(api + '/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' }, // not a simple request: preflight first
      body: JSON.stringify({ query: '{ county(name: "延壽縣") { name } }' }),
    })
    return { status: res.status, body: await res.json() }
  }, base)
  check(r.status === 200 && r.body.data?.county?.name === '延寿县', `cross-origin answer ${JSON.stringify(r)}`)
})

// At a phone's width the header's links used to squeeze the search box to
// 44 px, too narrow to show a query; it takes a row of its own there.
await step('on a phone the search box is wide enough to type in and nothing overflows', async () => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true })
  const p = await phone.newPage()
  p.setDefaultTimeout(30000)
  try {
    for (const path of ['/explore', '/explore/analytics']) {
      await p.goto(`${base}${path}`)
      await p.locator('.searchbox input').waitFor()
      const m = await p.evaluate(() => ({
        input: document.querySelector('.searchbox input').getBoundingClientRect().width,
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }))
      check(m.input >= 300, `${path}: search box ${m.input} px wide at 390 px`)
      check(m.scroll <= m.client, `${path}: page ${m.scroll} px wide in a ${m.client} px viewport`)
      await p.locator('.searchbox input').pressSequentially('延寿', { delay: 50 })
      await p.locator('.hits li.hit', { hasText: '延寿县' }).first().waitFor()
      console.log(`   ${path}: search box ${Math.round(m.input)} px at 390 px`)
    }
    await p.screenshot({ path: join(dir, '8-phone.png') })
  } finally {
    await phone.close()
  }
})

await step('nothing is loaded from elsewhere', async () => {
  check(foreign.length === 0, foreign.slice(0, 5).join(' | '))
})

await step('no script errors', async () => {
  check(consoleErrors.length === 0, consoleErrors.join(' | '))
})

writeFileSync(join(dir, 'first-paint.json'), JSON.stringify(timings, null, 2) + '\n')
console.log(`first contentful paint (ms): ${JSON.stringify(timings)}`)
console.log(`screenshots: ${dir}`)
await browser.close()
process.exit(failed ? 1 : 0)
