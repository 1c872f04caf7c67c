import { describe, expect, it } from 'vitest'
import { placeLabels } from './labels'

describe('placeLabels', () => {
  it.each([
    {
      name: 'far apart: all above their points',
      wants: [
        { code: 'a', name: '甲县', x: 0, y: 0, priority: 1 },
        { code: 'b', name: '乙县', x: 100, y: 0, priority: 1 },
      ],
      want: [
        ['a', 0, -5],
        ['b', 100, -5],
      ],
    },
    {
      name: 'two on one point: the second goes below',
      wants: [
        { code: 'a', name: '甲县', x: 0, y: 0, priority: 2 },
        { code: 'b', name: '乙县', x: 0, y: 0, priority: 1 },
      ],
      want: [
        ['a', 0, -5],
        ['b', 0, 13],
      ],
    },
    {
      name: 'three on one point: the least worth reading is left out',
      wants: [
        { code: 'c', name: '丙县', x: 5, y: 0, priority: 0 },
        { code: 'a', name: '甲县', x: 0, y: 0, priority: 2 },
        { code: 'b', name: '乙县', x: 0, y: 0, priority: 1 },
      ],
      want: [
        ['a', 0, -5],
        ['b', 0, 13],
      ],
    },
    {
      name: 'equal priority: by code, whatever the input order',
      wants: [
        { code: 'b', name: '乙县', x: 0, y: 0, priority: 1 },
        { code: 'a', name: '甲县', x: 0, y: 0, priority: 1 },
        { code: 'c', name: '丙县', x: 0, y: 0, priority: 1 },
      ],
      want: [
        ['a', 0, -5],
        ['b', 0, 13],
      ],
    },
    {
      name: 'a long name needs more room',
      wants: [
        { code: 'a', name: '某某某某自治县', x: 0, y: 0, priority: 1 },
        { code: 'b', name: '乙县', x: 40, y: 0, priority: 0 },
      ],
      want: [
        ['a', 0, -5],
        ['b', 40, 13],
      ],
    },
  ])('$name', ({ wants, want }) => {
    expect(placeLabels(wants, 10).map((p) => [p.code, p.x, p.y])).toEqual(want)
  })
})
