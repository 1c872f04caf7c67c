// node_modules may hold .go files (some npm packages ship them); a go.mod
// there makes it a module of its own, so `go vet ./...` and `go test ./...`
// of the repository never walk into it.
import { writeFileSync, existsSync } from 'node:fs'
if (existsSync('node_modules')) writeFileSync('node_modules/go.mod', 'module ignored/node_modules\n')
