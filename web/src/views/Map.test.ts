import { describe, expect, it } from 'vitest'
import { colour, project, ringPath } from './Map'

describe('map geometry', () => {
  it('decodes a delta-encoded ring into a closed SVG path', () => {
    // (100.00, 30.00) → (100.50, 30.00) → (100.50, 30.25), precision 100
    const d = ringPath([10000, 3000, 50, 0, 0, 25], 100)
    const [x0, y0] = project(100, 30)
    const [x2, y2] = project(100.5, 30.25)
    expect(d.startsWith(`M${x0.toFixed(2)} ${y0.toFixed(2)}`)).toBe(true)
    expect(d.endsWith(`L${x2.toFixed(2)} ${y2.toFixed(2)}Z`)).toBe(true)
    expect(d.match(/L/g)).toHaveLength(2)
  })

  it('puts north up and east right', () => {
    const [xw, yn] = project(100, 40)
    const [xe, ys] = project(110, 30)
    expect(xe).toBeGreaterThan(xw)
    expect(ys).toBeGreaterThan(yn)
  })

  it('colours from light to dark, clamped', () => {
    expect(colour(0)).toBe('rgb(255,237,160)')
    expect(colour(1)).toBe('rgb(189,0,38)')
    expect(colour(7)).toBe(colour(1))
    expect(colour(-1)).toBe(colour(0))
  })
})
