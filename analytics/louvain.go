package analytics

import (
	"math/rand/v2"
)

// louvainCSR is the Louvain method (Blondel, Guillaume, Lambiotte and
// Lefebvre 2008) over CSR arrays, for graphs above LouvainLibraryMax nodes:
// gonum's community.Modularize keeps maps per node and per edge and ran for
// more than ten minutes on the projection of 20,000 articles (300,000
// nodes). Same method: local moving of nodes in random order to the
// neighbouring community of best modularity gain until no node moves, then
// aggregation of communities into nodes (with self-loops), level after
// level until a level moves nothing. Returns each node's community (not
// numbered by size).
func louvainCSR(p *Projection, resolution float64, seed uint64) []int32 {
	n := p.Len()
	// Level graph: rows of (neighbour, weight), self-loop weights apart.
	off := p.NbrOff
	adj := p.Nbr
	w := make([]float64, len(adj))
	for i := range w {
		w[i] = 1
	}
	self := make([]float64, n)
	member := make([]int32, n) // original node -> level node
	for i := range member {
		member[i] = int32(i)
	}
	r := rand.New(rand.NewPCG(seed, seed+1))
	for {
		ln := len(self)
		k := make([]float64, ln)
		var m2 float64
		for i := range ln {
			k[i] = self[i]
			for e := off[i]; e < off[i+1]; e++ {
				k[i] += w[e]
			}
			m2 += k[i]
		}
		if m2 == 0 {
			break
		}
		comm := make([]int32, ln)
		tot := make([]float64, ln)
		for i := range ln {
			comm[i], tot[i] = int32(i), k[i]
		}
		order := r.Perm(ln)
		toComm := make([]float64, ln)
		touched := make([]int32, 0, 64)
		movedAny := false
		for {
			moved := 0
			for _, i := range order {
				c := comm[i]
				touched = touched[:0]
				for e := off[i]; e < off[i+1]; e++ {
					d := comm[adj[e]]
					if int(adj[e]) == i {
						continue
					}
					if toComm[d] == 0 {
						touched = append(touched, d)
					}
					toComm[d] += w[e]
				}
				tot[c] -= k[i]
				best, bestGain := c, toComm[c]-resolution*tot[c]*k[i]/m2
				for _, d := range touched {
					if gain := toComm[d] - resolution*tot[d]*k[i]/m2; gain > bestGain+1e-12 {
						best, bestGain = d, gain
					}
				}
				for _, d := range touched {
					toComm[d] = 0
				}
				toComm[c] = 0
				tot[best] += k[i]
				if best != c {
					comm[i] = best
					moved++
				}
			}
			if moved == 0 {
				break
			}
			movedAny = true
		}
		if !movedAny {
			break
		}
		// Aggregate: communities become the next level's nodes.
		id := make([]int32, ln)
		for i := range id {
			id[i] = -1
		}
		nc := int32(0)
		for i := range ln {
			if id[comm[i]] < 0 {
				id[comm[i]] = nc
				nc++
			}
		}
		for i := range member {
			member[i] = id[comm[member[i]]]
		}
		// Members of each new node, then its row by a scratch accumulator.
		cnt := make([]int32, nc+1)
		for i := range ln {
			cnt[id[comm[i]]+1]++
		}
		for c := range nc {
			cnt[c+1] += cnt[c]
		}
		members := make([]int32, ln)
		fill := append([]int32(nil), cnt[:nc]...)
		for i := range ln {
			c := id[comm[i]]
			members[fill[c]] = int32(i)
			fill[c]++
		}
		nself := make([]float64, nc)
		noff := make([]int32, 1, nc+1)
		var nadj []int32
		var nw []float64
		acc := make([]float64, nc)
		for c := range nc {
			touched = touched[:0]
			for _, i := range members[cnt[c]:cnt[c+1]] {
				nself[c] += self[i]
				for e := off[i]; e < off[i+1]; e++ {
					d := id[comm[adj[e]]]
					if d == c {
						nself[c] += w[e] // both directions: A_CC sums ordered pairs
						continue
					}
					if acc[d] == 0 {
						touched = append(touched, d)
					}
					acc[d] += w[e]
				}
			}
			for _, d := range touched {
				nadj = append(nadj, d)
				nw = append(nw, acc[d])
				acc[d] = 0
			}
			noff = append(noff, int32(len(nadj)))
		}
		off, adj, w, self = noff, nadj, nw, nself
	}
	return member
}
