import { render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ASSISTED, MapView } from './Map'

afterEach(() => vi.unstubAllGlobals())

// Regions paged one a page, each helping 620002 from 620001 (two counties
// of the boundary data), over `pages` pages: the map reads them all, up to
// ARC_PAGES pages, and says when it stopped there (it stopped at 40, silently).
function stubArcs(pages: number, perRegion = 1) {
  let asked = 0
  vi.stubGlobal('fetch', (url: string) => {
    if (url.includes('boundaries/')) {
      const ring = [10000, 3000, 50, 0, 0, 25]
      return Promise.resolve(new Response(JSON.stringify({ precision: 100, counties: [['620001', '甲县', 100, 30, [ring]], ['620002', '乙县', 101, 31, [ring]]] })))
    }
    const vars = JSON.parse(new URL(url, 'http://x').searchParams.get('variables') ?? '{}')
    let data: object
    if ('after' in vars) {
      const page = vars.after === null ? 0 : Number(vars.after)
      asked++
      data = {
        regions: {
          pageInfo: { hasNextPage: page + 1 < pages, endCursor: String(page + 1) },
          nodes: [{ id: 'Region:620001', name: '甲县', code: '620001', level: 'county', assists: Array.from({ length: perRegion }, () => ({ helped: { id: 'Region:620002', name: '乙县', code: '620002', level: 'county' }, mechanism: null, support: 1 })) }],
        },
      }
    } else {
      data = { metrics: [] }
    }
    return Promise.resolve(new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } }))
  })
  return () => asked
}

describe('MapView arcs', () => {
  it.each([
    [45, 45, '1 个地区有数据 · 45 条帮扶连线'],
    [501, 500, '1 个地区有数据 · 500 条帮扶连线（只读取了前 10000 个地区的帮扶关系）'],
  ])('reads %i pages of regions (%i asked)', async (pages, wantAsked, want) => {
    const asked = stubArcs(pages)
    const { container } = render(<MapView metric={ASSISTED} year="" whole={false} />)
    await waitFor(() => expect(container.querySelectorAll('path.arc').length).toBeGreaterThan(0), { timeout: 5000 })
    await waitFor(() => expect(container.querySelector('.controls .muted')?.textContent).toBe(want), { timeout: 5000 })
    expect(asked()).toBe(wantAsked)
  })

  // Each region's arcs are a bounded list, asked for ARC_ASSISTS + 1: a
  // helper with more than ARC_ASSISTS is said to have more than were drawn;
  // one of exactly ARC_ASSISTS was said so too.
  it.each([
    [31, '1 个地区有数据 · 30 条帮扶连线（帮扶超过 30 个地区的帮扶方只画出报道最多的 30 条）'],
    [30, '1 个地区有数据 · 30 条帮扶连线'],
  ])('a helper of %i regions', async (perRegion, want) => {
    stubArcs(1, perRegion)
    const { container } = render(<MapView metric={ASSISTED} year="" whole={false} />)
    await waitFor(() => expect(container.querySelector('.controls .muted')?.textContent).toBe(want), { timeout: 5000 })
  })

  // While the pages load (hundreds on a large graph: 345 on 3,000 synthetic
  // articles, several seconds) the line said "0 个地区有数据 · 0 条帮扶连线".
  it.each([
    [ASSISTED, '帮扶连线读取中（已读 1 个地区）…'],
    ['贫困发生率', '0 个地区有数据 · 帮扶连线读取中（已读 1 个地区）…'],
  ])('says the arcs are loading (%s)', async (metric, want) => {
    vi.stubGlobal('fetch', (url: string) => {
      if (url.includes('boundaries/')) return Promise.resolve(new Response(JSON.stringify({ precision: 100, counties: [] })))
      const vars = JSON.parse(new URL(url, 'http://x').searchParams.get('variables') ?? '{}')
      let data: object
      if ('after' in vars) {
        if (vars.after !== null) return new Promise<Response>(() => {}) // the second page never comes
        data = { regions: { pageInfo: { hasNextPage: true, endCursor: '1' }, nodes: [{ id: 'Region:620001', name: '甲县', code: '620001', level: 'county', assists: [] }] } }
      } else if ('metric' in vars) {
        data = { statisticComparison: [] }
      } else {
        data = { metrics: ['贫困发生率'] }
      }
      return Promise.resolve(new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } }))
    })
    const { container } = render(<MapView metric={metric} year="" whole={false} />)
    await waitFor(() => expect(container.querySelector('.controls .muted')?.textContent).toBe(want), { timeout: 5000 })
  })
})
