import { TopCountiesDocument } from '../generated/graphql'
import { entityHref, href } from '../router'
import { Empty, Status, useQuery } from '../ui'

export function Home() {
  const top = useQuery(TopCountiesDocument, {})
  const counties = top.data?.counties.nodes ?? []
  return (
    <section class="home">
      <h1>脱贫攻坚知识图谱</h1>
      <p class="lead">从新闻报道中抽取的县、人物、扶贫项目、产业、帮扶关系与统计数据，每条事实都附有原文证据句。在上方输入名称即可搜索（简体、繁体均可）。</p>
      <h2>联系最多的县区</h2>
      <Status state={top} what="县区" />
      {top.data && counties.length === 0 && <Empty>图谱中还没有县区：先用 tuopin load 导入文章。</Empty>}
      <ul class="chips">
        {counties.map((c) => (
          <li key={c.id}>
            <a href={entityHref(c.id)}>{c.name}</a>
            {c.province && <span class="muted"> {c.province.name}</span>}
          </li>
        ))}
      </ul>
      <h2>更多视图</h2>
      <ul class="cards">
        <li>
          <a href={href({ name: 'map', metric: '', year: '' })}>地图</a>：按统计指标着色的县区，东西部扶贫协作的帮扶连线
        </li>
        <li>
          <a href={href({ name: 'path', from: '', to: '' })}>路径</a>：两个实体之间的最短关系链，每一步都有证据
        </li>
        <li>
          <a href={href({ name: 'analytics', by: 'DEGREE' })}>分析</a>：核心实体、社区、相似县区、产业共现
        </li>
      </ul>
    </section>
  )
}
