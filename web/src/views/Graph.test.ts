import cytoscape from 'cytoscape'
import { describe, expect, it } from 'vitest'
import { declutter, denseFrom, elements } from './Graph'

const sub = {
  truncated: false,
  nodes: [
    { id: 'Region:230129', name: '延寿县', kind: 'COUNTY' as const },
    { id: 'Official:off:1', name: '张洪岐', kind: 'OFFICIAL' as const },
    { id: 'Industry:光伏', name: '一个名字很长很长很长很长的产业', kind: 'INDUSTRY' as const },
  ],
  edges: [
    { type: 'SERVES_IN' as const, source: 'Official:off:1', target: 'Region:230129', label: '县长' },
    { type: 'DEVELOPS' as const, source: 'Region:230129', target: 'Industry:光伏', label: null },
  ],
}

describe('elements', () => {
  it('colours nodes by kind, clips long labels and names relations in Chinese', () => {
    const els = elements(sub)
    expect(els).toHaveLength(5)
    expect(els[0].data).toMatchObject({ id: 'Region:230129', kind: 'COUNTY', color: '#5fa2e0' })
    expect(els[1].data.color).toBe('#d9534f')
    expect(els[2].data.label).toBe('一个名字很长很长很长很长…')
    expect(els[3].data).toMatchObject({ source: 'Official:off:1', target: 'Region:230129', label: '任职' })
  })

  it('skips what is already drawn, so that expanding a node adds only new elements', () => {
    const drawn = new Set(['Region:230129', 'Official:off:1|SERVES_IN|Region:230129'])
    const els = elements(sub, (id) => drawn.has(id))
    expect(els.map((e) => e.data.id)).toEqual(['Official:off:1', 'Industry:光伏', 'Region:230129|DEVELOPS|Industry:光伏'])
  })
})

describe('declutter', () => {
  it('leaves a small graph alone', () => {
    const cy = cytoscape({ headless: true, elements: elements(sub) })
    declutter(cy)
    expect(cy.nodes('.minor').length).toBe(0)
    expect(cy.edges('.dense').length).toBe(0)
  })

  it('labels only the best-connected tenth of a large graph', () => {
    // A star of hubs: hub i links to i+1 leaves.
    const nodes = []
    const edges = []
    let leaf = 0
    for (let h = 0; h < 10; h++) {
      nodes.push({ id: `h${h}`, name: `hub${h}`, kind: 'INDUSTRY' as const })
      for (let i = 0; i <= h + 20; i++, leaf++) {
        nodes.push({ id: `l${leaf}`, name: `leaf${leaf}`, kind: 'COUNTY' as const })
        edges.push({ type: 'DEVELOPS' as const, source: `l${leaf}`, target: `h${h}`, label: null })
      }
    }
    const cy = cytoscape({ headless: true, elements: elements({ truncated: false, nodes, edges }) })
    cy.getElementById('l0').addClass('root')
    expect(cy.nodes().length).toBeGreaterThan(denseFrom)
    declutter(cy)
    expect(cy.nodes('.major').map((n) => n.id()).sort()).toEqual(['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'l0'])
    expect(cy.nodes('.minor').length).toBe(cy.nodes().length - 11)
    expect(cy.edges('.dense').length).toBe(cy.edges().length)
  })
})
