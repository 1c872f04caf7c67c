import { render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AnalyticsView, formatScore } from './Analytics'

afterEach(() => vi.unstubAllGlobals())

const entity = (id: string, name: string, kind: string) => ({ score: 9, entity: { id, name, kind } })

// The analytics answer (topEntities of every kind, here no county among them,
// as with the seeds plus 300 synthetic articles, where the top 15 are all
// programs and industries) and the counties' own ranking; similarCounties
// answers for whichever county is asked.
function stubAnalytics(topCounties: object[], opts: { stale?: boolean; similar?: object[] } = {}) {
  const similarFor: string[] = []
  vi.stubGlobal('fetch', (url: string) => {
    const vars = JSON.parse(new URL(url, 'http://x').searchParams.get('variables') ?? '{}')
    let data: object
    if ('name' in vars) {
      similarFor.push(vars.name)
      data = { similarCounties: opts.similar ?? [{ score: 0.5, county: { id: 'Region:623024', name: '迭部县' }, sharedIndustries: [{ name: '食用菌' }], sharedPrograms: [] }] }
    } else {
      data = {
        analysis: { analyzedAt: '2026-12-05T04:00:00Z', stale: opts.stale ?? false, modularity: 0.5 },
        topEntities: [entity('Program:prog:产业扶贫', '产业扶贫', 'PROGRAM'), entity('Industry:光伏', '光伏', 'INDUSTRY')],
        topCounties,
        communities: [],
        industryCooccurrence: [],
      }
    }
    return Promise.resolve(new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } }))
  })
  return similarFor
}

describe('AnalyticsView similar counties', () => {
  it.each([
    ['the first county of their ranking', '', ['延寿县', '河东区'], '延寿县'],
    ['the county in the URL', '河东区', ['延寿县', '河东区'], '河东区'],
  ])('compares %s', async (_what, county, ranked, chosen) => {
    const similarFor = stubAnalytics(ranked.map((name) => ({ entity: { name } })))
    const { container } = render(<AnalyticsView by="DEGREE" county={county} />)
    const panel = () => container.querySelector('[data-panel="similar"]')!
    await waitFor(() => expect(panel().querySelectorAll('ol li')).toHaveLength(1))
    expect([...panel().querySelectorAll('option')].map((o) => o.textContent)).toEqual([...new Set([chosen, ...ranked])])
    expect(panel().querySelector('select')!.value).toBe(chosen)
    expect(similarFor).toEqual([chosen])
    expect(panel().querySelector('ol li')!.textContent).toContain('迭部县')
  })

  it('says so when no county was analysed', async () => {
    const similarFor = stubAnalytics([])
    const { container } = render(<AnalyticsView by="DEGREE" county="" />)
    await waitFor(() => expect(container.querySelector('[data-panel="similar"]')).toBeTruthy())
    expect(container.querySelectorAll('[data-panel="similar"] option')).toHaveLength(0)
    expect(similarFor).toEqual([])
  })
})

// Scores were all shown with three decimals: degrees as 498.000, and most
// PageRank scores (below 0.0005 on 800 articles) as 0.000.
describe('formatScore', () => {
  it.each([
    ['DEGREE', 498, '498'],
    ['DEGREE', 2, '2'],
    ['PAGERANK', 0.007210353541, '0.00721'],
    ['PAGERANK', 4.503220615e-5, '0.0000450'],
    ['BETWEENNESS', 14530844.2, '14,530,844'],
    ['BETWEENNESS', 0, '0'],
  ])('%s %f is %s', (by, score, want) => {
    expect(formatScore(by, score)).toBe(want)
  })

  it('shows a degree without decimals in the list', async () => {
    stubAnalytics([])
    const { container } = render(<AnalyticsView by="DEGREE" county="" />)
    await waitFor(() => expect(container.querySelectorAll('.analytics ol li .score').length).toBeGreaterThan(0))
    expect([...container.querySelectorAll('.analytics ol li .score')].map((e) => e.textContent)).toEqual(['9', '9'])
  })
})

// A county without similar counties said only 没有结果; after a reload the
// county's node may be new (its SIMILAR relationships gone until the next
// analysis), which the panel now says when the analysis is stale.
describe('AnalyticsView similar counties, none', () => {
  it.each([
    ['stale', true, '永清县没有相似县区的结果：图谱在分析之后有了变化，它可能是新载入或重新载入的（运行 tuopin analyze 更新）。'],
    ['current', false, '永清县与其他县区没有共同的产业或项目。'],
  ])('says why when the analysis is %s', async (_what, stale, want) => {
    stubAnalytics([{ entity: { name: '延寿县' } }], { stale, similar: [] })
    const { container } = render(<AnalyticsView by="DEGREE" county="永清县" />)
    await waitFor(() => expect(container.querySelector('[data-panel="similar"] .state.empty')).toBeTruthy())
    expect(container.querySelector('[data-panel="similar"] .state.empty')!.textContent).toBe(want)
  })
})
