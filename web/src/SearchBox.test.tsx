import { fireEvent, render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { rateLimitRetry } from './api'
import { SearchBox } from './SearchBox'

afterEach(() => vi.unstubAllGlobals())

function stubSearch(hits: object[]) {
  const queries: string[] = []
  vi.stubGlobal('fetch', (url: string) => {
    const vars = JSON.parse(new URL(url, 'http://x').searchParams.get('variables') ?? '{}')
    queries.push(vars.query)
    return Promise.resolve(new Response(JSON.stringify({ data: { searchHits: hits } }), { headers: { 'Content-Type': 'application/json' } }))
  })
  return queries
}

describe('SearchBox', () => {
  it('shows typed hits as you type and picks one', async () => {
    const queries = stubSearch([
      { score: 3, entity: { id: 'Region:230129', name: '延寿县', kind: 'COUNTY', code: '230129', level: 'COUNTY', province: { name: '黑龙江省' } } },
      { score: 1, entity: { id: 'Official:off:1', name: '张洪岐', kind: 'OFFICIAL', titles: ['县长'], place: '延寿县' } },
    ])
    const picked: string[] = []
    const { container } = render(<SearchBox onPick={(h) => picked.push(h.id)} />)
    const input = container.querySelector('input')!
    fireEvent.input(input, { target: { value: '延壽' } })
    await waitFor(() => expect(container.querySelectorAll('.hits li.hit')).toHaveLength(2))
    expect(queries).toEqual(['延壽']) // debounced: one request; the server folds traditional to simplified
    const first = container.querySelector('.hits li.hit')!
    expect(first.textContent).toContain('县区')
    expect(first.textContent).toContain('延寿县')
    expect(first.textContent).toContain('黑龙江省')
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(picked).toEqual(['Official:off:1'])
    expect(input.value).toBe('张洪岐')
  })

  it('says when nothing matches', async () => {
    stubSearch([])
    const { container } = render(<SearchBox />)
    fireEvent.input(container.querySelector('input')!, { target: { value: '火星' } })
    await waitFor(() => expect(container.querySelector('.hits .state.empty')?.textContent).toBe('没有匹配的条目'))
  })

  it('shows an error with its code', async () => {
    // The client retries a 429 after Retry-After (api.ts); here the server never relents.
    const saved = rateLimitRetry.wait
    rateLimitRetry.wait = () => Promise.resolve()
    onTestFinished(() => {
      rateLimitRetry.wait = saved
    })
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ errors: [{ message: 'too many requests', extensions: { code: 'RATE_LIMITED' } }] }), { status: 429 })))
    const { container } = render(<SearchBox />)
    fireEvent.input(container.querySelector('input')!, { target: { value: '延寿' } })
    await waitFor(() => expect(container.querySelector('.hits .code')?.textContent).toBe('RATE_LIMITED'))
  })
})
