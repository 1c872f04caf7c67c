import { render } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { top } from '../top'
import { Group } from './Entity'

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
