import { render, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { GqlError } from './api'
import { ErrorBox, EvidenceList, highlightParts, shortName, Status } from './ui'

describe('highlightParts', () => {
  it.each([
    ['延寿县县长张洪岐表示', ['张洪岐', '延寿县'], ['延寿县', '张洪岐']],
    ['延寿县延寿', ['延寿', '延寿县'], ['延寿县', '延寿']], // the longest match first
    ['光伏扶贫(a+b)', ['(a+b)'], ['(a+b)']], // regexp characters are literal
    ['没有', ['张'], []], // one character is too little to mark
    ['没有', [null, undefined, ''], []],
  ])('%s with %j marks %j', (text, terms, marked) => {
    const parts = highlightParts(text, terms)
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(marked)
  })
})

describe('shortName', () => {
  it.each([
    ['延寿县', '延寿'],
    ['河东区', '河东'],
    ['甘南藏族自治州', '甘南藏族'],
    ['光伏', '光伏'],
    ['县', '县'],
  ])('%s → %s', (a, b) => expect(shortName(a)).toBe(b))
})

describe('EvidenceList', () => {
  it('shows each sentence with the matched words marked, and its article', () => {
    const { container } = render(
      <EvidenceList evidence={[{ sentence: '延寿县县长张洪岐说', article: { id: 'Article:1', title: '报道', publishedAt: '2020-01-21T00:00:00Z' } }]} terms={['张洪岐']} />,
    )
    expect(container.querySelector('blockquote')!.textContent).toBe('延寿县县长张洪岐说')
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['张洪岐'])
    expect(container.querySelector('.source a')!.getAttribute('href')).toBe('/explore/entity/Article:1')
    expect(container.querySelector('.source')!.textContent).toContain('2020-01-21')
  })

  it.each([
    ['', '《（无标题）》'],
    ['  ', '《（无标题）》'],
    ['报道', '《报道》'],
  ])('names an article titled %j as %s', (title, shown) => {
    const { container } = render(<EvidenceList evidence={[{ sentence: '河东区委书记范少军作主题发布', article: { id: 'Article:2', title } }]} terms={[]} />)
    expect(container.querySelector('.source a')!.textContent).toBe(shown)
  })

  it('says when a fact has no sentence', () => {
    render(<EvidenceList evidence={[]} terms={[]} />)
    expect(screen.getByText('（无证据句）')).toBeTruthy()
  })
})

describe('states', () => {
  it('shows an error with its GraphQL code', () => {
    const { container } = render(<ErrorBox error={new GqlError('the store is unavailable', 'UNAVAILABLE')} />)
    expect(container.querySelector('.code')!.textContent).toBe('UNAVAILABLE')
    expect(container.textContent).toContain('the store is unavailable')
  })

  it('shows loading, then nothing once there is data', () => {
    const { container, rerender } = render(<Status state={{ loading: true }} what="图谱" />)
    expect(container.textContent).toContain('正在加载图谱')
    rerender(<Status state={{ loading: false, data: {} }} />)
    expect(container.textContent).toBe('')
  })
})
