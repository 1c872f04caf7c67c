import { fireEvent, render, waitFor } from '@testing-library/preact'
import { describe, expect, it, vi } from 'vitest'
import { top } from '../top'
import { AllFacts, Group } from './Entity'

// Entity pages ask for FACTS_FIRST + 1 facts of each kind. They said "50+"
// and "仅列出报道最多的前 50 项" for a list of exactly 50 facts, which was
// whole; with one more asked for, only a longer list is cut, and the fact
// left out is the one the server leaves out with first = 50.
const f = (id: string, support: number) => ({ region: { id }, support })

describe('top', () => {
  it.each([
    { name: 'keeps a list of at most bound', list: [f('Region:2', 1), f('Region:1', 3)], bound: 2, want: ['Region:2', 'Region:1'] },
    { name: 'leaves out the least supported', list: [f('Region:3', 2), f('Region:1', 1), f('Region:2', 5)], bound: 2, want: ['Region:3', 'Region:2'] },
    { name: 'of equal support, leaves out the greatest key', list: [f('Region:110000', 1), f('Region:620000', 1), f('Region:230129', 1)], bound: 2, want: ['Region:110000', 'Region:230129'] },
    { name: 'compares keys without the type', list: [f('Industry:香菇', 1), f('Industry:光伏', 1)], bound: 1, want: ['Industry:光伏'] },
  ])('$name', ({ list, bound, want }) => {
    expect(top(list, bound, (x) => x.region, (x) => x.support).map((x) => x.region.id)).toEqual(want)
  })
})

describe('Group', () => {
  it.each([
    { count: 50, head: '产业 50', cut: false },
    { count: 51, head: '产业 50+', cut: true },
    { count: 3, head: '产业 3', cut: false },
  ])('$count returned of 50 shown: $head', ({ count, head, cut }) => {
    const { container } = render(
      <Group title="产业" count={count} bound={50}>
        <li>x</li>
      </Group>,
    )
    expect(container.querySelector('h2')?.textContent).toBe(head)
    expect(container.querySelector('.bounded') !== null).toBe(cut)
  })
})

// stubPages answers Query.relationships with two pages of two counties
// developing 光伏 and returns the variables of each request.
function stubPages(): Record<string, unknown>[] {
  const asked: Record<string, unknown>[] = []
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    const vars = init?.body ? JSON.parse(String(init.body)).variables : JSON.parse(new URL(url, 'http://x').searchParams.get('variables') ?? '{}')
    asked.push(vars)
    const page = vars.after === null ? 0 : Number(vars.after)
    const nodes = [0, 1].map((i) => ({
      label: null,
      confidence: 0.9,
      support: 1,
      start: { id: `Region:${page}${i}`, name: `县${page}${i}` },
      end: { id: 'Industry:光伏', name: '光伏' },
      evidence: [],
    }))
    const data = { relationships: { totalCount: 4, pageInfo: { hasNextPage: page === 0, endCursor: String(page + 1) }, nodes } }
    return Promise.resolve(new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } }))
  })
  return asked
}

// A cut group offers every fact, read a page at a time from
// Query.relationships with node, by the other node's key.
describe('AllFacts', () => {
  it('reads the pages on request and lists the other ends', async () => {
    const asked = stubPages()
    const { container } = render(
      <Group title="发展该产业的县区" count={51} bound={50} rels={{ type: 'DEVELOPS', node: 'Industry:光伏', direction: 'IN', terms: [] }}>
        <li>x</li>
      </Group>,
    )
    const button = () => container.querySelector('button.more') as HTMLButtonElement | null
    expect(button()?.textContent).toBe('列出全部（每次 100 项）')
    fireEvent.click(button()!)
    await waitFor(() => expect(container.querySelectorAll('.all-facts li.fact').length).toBe(2))
    expect(button()?.textContent).toBe('再列出 100 项')
    expect(container.querySelector('.all-facts h3')?.textContent).toBe('全部（按代码排序）2 / 4')
    fireEvent.click(button()!)
    await waitFor(() => expect(container.querySelectorAll('.all-facts li.fact').length).toBe(4))
    expect(button()).toBeNull() // the last page
    expect([...container.querySelectorAll('.all-facts li.fact a')].map((a) => a.textContent)).toEqual(['县00', '县01', '县10', '县11'])
    expect(asked.map((v) => [v.type, v.node, v.direction, v.first, v.after])).toEqual([
      ['DEVELOPS', 'Industry:光伏', 'IN', 100, null],
      ['DEVELOPS', 'Industry:光伏', 'IN', 100, '1'],
    ])
    vi.unstubAllGlobals()
  })

  // Two clicks in one task (before the button is disabled by a render) read
  // each page once: they read every page twice and listed each fact twice
  // (2518 items for 光伏's 1259 counties; found by an independent tester).
  it('reads a page once however fast it is clicked', async () => {
    const asked = stubPages()
    const { container } = render(<AllFacts type="DEVELOPS" node="Industry:光伏" direction="IN" terms={[]} />)
    const button = () => container.querySelector('button.more') as HTMLButtonElement | null
    const twice = () => {
      const b = button()!
      b.click()
      b.click()
    }
    twice()
    await waitFor(() => expect(button()?.textContent).toBe('再列出 100 项'))
    twice()
    await waitFor(() => expect(button()).toBeNull())
    expect([...container.querySelectorAll('.all-facts li.fact a')].map((a) => a.textContent)).toEqual(['县00', '县01', '县10', '县11'])
    expect(asked.map((v) => v.after)).toEqual([null, '1'])
    vi.unstubAllGlobals()
  })
})
