import { render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MapView } from './Map'

afterEach(() => vi.unstubAllGlobals())

// A metric reported for 150 counties in 2019 and 150 in 2018. Asked without
// a year, the stub answers as the API does: the first `first` points of every
// year, by region, here the 2018 points first; asked for one year, that
// year's points.
function stubMap() {
  const asked: object[] = []
  vi.stubGlobal('fetch', (url: string) => {
    if (url.includes('boundaries/')) return Promise.resolve(new Response(JSON.stringify({ precision: 100, counties: [] })))
    const vars = JSON.parse(new URL(url, 'http://x').searchParams.get('variables') ?? '{}')
    const point = (i: number, year: string) => ({ year, value: `${i}%`, number: i, region: { id: `Region:${620000 + i}`, name: `县${i}`, code: `${620000 + i}`, level: 'county' } })
    const all = [...Array.from({ length: 150 }, (_, i) => point(i, '2018')), ...Array.from({ length: 150 }, (_, i) => point(i, '2019'))]
    let data: object
    if ('years' in vars) {
      asked.push(vars)
      const pts = all.filter((p) => vars.years === null || vars.years.includes(p.year))
      data = { statisticComparison: pts.slice(0, vars.first) }
    } else if ('metric' in vars) {
      data = { statisticComparison: all.map((p) => ({ year: p.year })) }
    } else if ('after' in vars || 'first' in vars) {
      data = { regions: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } }
    } else {
      data = { metrics: ['贫困发生率'] }
    }
    return Promise.resolve(new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } }))
  })
  return asked
}

describe('MapView reads the points of the year shown', () => {
  it.each([
    ['the latest year when none is asked', '', '2019'],
    ['the year in the URL', '2018', '2018'],
  ])('colours every county of %s', async (_what, year, want) => {
    const asked = stubMap()
    const { container } = render(<MapView metric="贫困发生率" year={year} whole={false} />)
    await waitFor(() => expect(container.querySelector('.controls .muted')?.textContent).toContain('150 个地区有数据'))
    expect(asked).toEqual([{ metric: '贫困发生率', years: [want], first: 500 }])
    expect(container.querySelector('.controls .muted')?.textContent).not.toContain('只读取了')
  })
})
