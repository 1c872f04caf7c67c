import { render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ASSISTED, MapView } from './Map'

afterEach(() => vi.unstubAllGlobals())

// ASSISTS relationships paged one a page, each helping 620002 from 620001
// (two counties of the boundary data), over `pages` pages: the map reads
// them all, up to ARC_PAGES pages, and says when it stopped there.
function stubArcs(pages: number, extra: object[] = []) {
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
        relationships: {
          pageInfo: { hasNextPage: page + 1 < pages, endCursor: String(page + 1) },
          nodes: [
            {
              label: null,
              start: { __typename: 'Region', id: 'Region:620001', name: '甲县', code: '620001', level: 'county' },
              end: { __typename: 'Region', id: 'Region:620002', name: '乙县', code: '620002', level: 'county' },
            },
            ...extra,
          ],
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
    [101, 100, '1 个地区有数据 · 100 条帮扶连线（只读取了前 30000 条帮扶关系）'],
  ])('reads %i pages of relationships (%i asked)', async (pages, wantAsked, want) => {
    const asked = stubArcs(pages)
    const { container } = render(<MapView metric={ASSISTED} year="" whole={false} />)
    await waitFor(() => expect(container.querySelectorAll('path.arc').length).toBeGreaterThan(0), { timeout: 5000 })
    await waitFor(() => expect(container.querySelector('.controls .muted')?.textContent).toBe(want), { timeout: 5000 })
    expect(asked()).toBe(wantAsked)
  })
})

// While the arcs load, the line says so rather than "0 条帮扶连线".
describe('MapView arcs loading', () => {
  it('says the arcs are loading until they are read', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => (release = r))
    stubArcs(1)
    const stubbed = globalThis.fetch
    vi.stubGlobal('fetch', async (url: string) => {
      if (!url.includes('boundaries/') && url.includes('after')) await gate
      return stubbed(url)
    })
    const { container } = render(<MapView metric={ASSISTED} year="" whole={false} />)
    await waitFor(() => expect(container.querySelector('.controls .muted')?.textContent).toBe('0 个地区有数据 · 帮扶连线读取中…'), { timeout: 5000 })
    release()
    await waitFor(() => expect(container.querySelector('.controls .muted')?.textContent).toBe('1 个地区有数据 · 1 条帮扶连线'), { timeout: 5000 })
  })
})

// An arc with an end the boundary data does not have (a county renamed since
// it was drawn: 218 of 1,913 arcs on a synthetic corpus) cannot be drawn; the
// line says how many were left out instead of leaving them out silently
// (found by an independent tester).
describe('MapView arcs not on the map', () => {
  it('says how many arcs it could not draw', async () => {
    const off = { __typename: 'Region', id: 'Region:659999', name: '新县', code: '659999', level: 'county' }
    const from = { __typename: 'Region', id: 'Region:620001', name: '甲县', code: '620001', level: 'county' }
    stubArcs(1, [{ label: null, start: from, end: off }, { label: null, start: off, end: from }])
    const { container } = render(<MapView metric={ASSISTED} year="" whole={false} />)
    await waitFor(() => expect(container.querySelector('.controls .muted')?.textContent).toBe('3 个地区有数据 · 1 条帮扶连线（另有 2 条的一端不在地图数据中，未画出）'), { timeout: 5000 })
  })
})
