/** A statistic over the years as a small bar chart (SVG). */
export function StatChart({ points }: { points: { year: string; value: string; number: number | null }[] }) {
  const ps = points.filter((p) => p.number !== null && p.year !== '').sort((a, b) => a.year.localeCompare(b.year))
  if (ps.length === 0) return null
  const max = Math.max(...ps.map((p) => p.number!), 0) || 1
  const w = 40
  const h = 90
  return (
    <svg class="chart" width={ps.length * w + 10} height={h + 30} role="img" aria-label="统计图">
      {ps.map((p, i) => {
        const bh = Math.max(2, (p.number! / max) * h)
        return (
          <g key={i} transform={`translate(${i * w + 5},0)`}>
            <title>{`${p.year}：${p.value}`}</title>
            <rect x={6} y={h - bh + 12} width={w - 12} height={bh} fill="#5fa2e0" />
            <text x={w / 2} y={h + 26} text-anchor="middle" font-size="11">
              {p.year}
            </text>
            <text x={w / 2} y={h - bh + 9} text-anchor="middle" font-size="10">
              {p.value.length > 7 ? p.value.slice(0, 7) + '…' : p.value}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
