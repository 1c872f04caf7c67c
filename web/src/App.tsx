import { lazy, Suspense } from 'preact/compat'
import { useEffect } from 'preact/hooks'
import { href, onLinkClick, useRoute, type Route } from './router'
import { SearchBox } from './SearchBox'
import { Home } from './views/Home'
import { SearchView } from './views/Search'
import { EntityView } from './views/Entity'
import { PathView } from './views/Path'
import { AnalyticsView } from './views/Analytics'
import { Empty, Loading } from './ui'

// The map (and its boundary data) is loaded only when opened.
const MapView = lazy(() => import('./views/Map').then((m) => ({ default: m.MapView })))

function title(r: Route): string {
  switch (r.name) {
    case 'search':
      return `搜索 ${r.q}`
    case 'entity':
      return r.id
    case 'path':
      return '路径'
    case 'map':
      return '地图'
    case 'analytics':
      return '分析'
    default:
      return '浏览'
  }
}

export function App() {
  const route = useRoute()
  useEffect(() => {
    document.title = `${title(route)} · 脱贫图谱`
  }, [route])
  let view
  switch (route.name) {
    case 'home':
      view = <Home />
      break
    case 'search':
      view = <SearchView q={route.q} kind={route.kind ?? ''} />
      break
    case 'entity':
      view = <EntityView key={route.id} id={route.id} hops={route.hops} limit={route.limit} />
      break
    case 'path':
      view = <PathView from={route.from} to={route.to} />
      break
    case 'map':
      view = (
        <Suspense fallback={<Loading what="地图" />}>
          <MapView metric={route.metric} year={route.year} whole={!!route.all} />
        </Suspense>
      )
      break
    case 'analytics':
      view = <AnalyticsView by={route.by} county={route.county ?? ''} />
      break
    default:
      view = <Empty>没有这个页面：{route.path}</Empty>
  }
  return (
    <div class="app" onClick={onLinkClick as any}>
      <header class="top">
        <a class="logo" href={href({ name: 'home' })}>
          脱贫图谱
        </a>
        <SearchBox key={route.name === 'search' ? 'search' : 'top'} initial={route.name === 'search' ? route.q : ''} />
        <nav>
          <a href={href({ name: 'path', from: '', to: '' })}>路径</a>
          <a href={href({ name: 'map', metric: '', year: '' })}>地图</a>
          <a href={href({ name: 'analytics', by: 'DEGREE' })}>分析</a>
          <a href="/" class="ext">
            GraphiQL
          </a>
        </nav>
      </header>
      <main data-view={route.name}>{view}</main>
    </div>
  )
}
