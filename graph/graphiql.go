package graph

import (
	"embed"
	"html/template"
	"io/fs"
	"net/http"
)

//go:embed assets/*.js assets/*.css
var assetFS embed.FS

// assets serves the embedded GraphiQL bundles under /assets/.
func assets() http.Handler {
	sub, err := fs.Sub(assetFS, "assets")
	if err != nil {
		panic(err)
	}
	files := http.StripPrefix("/assets/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})
}

var graphiqlPage = template.Must(template.New("graphiql").Parse(`<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>Tuopin · GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<a href="/explore" style="position:fixed;right:16px;bottom:16px;z-index:100;background:#b3261e;color:#fff;padding:6px 12px;border-radius:4px;font:14px sans-serif;text-decoration:none">数据浏览器 /explore →</a>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/assets/react.production.min.js"></script>
<script src="/assets/react-dom.production.min.js"></script>
<script src="/assets/graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: {{.Endpoint}} });
  const defaultQuery = {{.Query}};
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
</script>
</body>
</html>
`))

const exampleQuery = `# Tuopin: the knowledge graph of poverty-alleviation reporting.
# Press the run button (or Ctrl-Enter). The docs (book icon) list every field.
{
  county(name: "延寿县") {
    id name code
    province { name }
    officials { title official { name } evidence { sentence article { title } } }
    programs { name }
    industries { name }
    statistics { metric value year }
  }
}
`

// graphiql serves the GraphiQL page, talking to endpoint.
func graphiql(endpoint string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'")
		graphiqlPage.Execute(w, struct{ Endpoint, Query string }{endpoint, exampleQuery})
	})
}
