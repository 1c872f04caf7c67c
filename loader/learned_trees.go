package loader

import "fmt"

// treeEnsemble is a gradient-boosted ensemble of binary decision trees over
// named features: the learned stage's model when scripts/realcorpus.py train
// fits one with LightGBM (--learner gbdt). The script converts LightGBM's own
// model dump into this form; the loader only walks the trees. (The pure-Go
// LightGBM reader github.com/dmitryikh/leaves reads only the v3 model format,
// and LightGBM 4 writes v4, so the walk is ours: a few lines, checked against
// LightGBM's own probabilities by the probes the script writes with the model.)
type treeEnsemble struct {
	// Features names the feature of each index a split reads; a feature the
	// candidate lacks reads 0, as it did in training (sparse rows).
	Features []string   `json:"features"`
	Trees    []treeNode `json:"trees"`
	// Probes are feature rows with the probability LightGBM gave them when
	// the model was written: TestTreeModelsMatchTheirTrainer holds the walk
	// to them.
	Probes []treeProbe `json:"probes,omitempty"`
}

// treeNode is one tree in flat arrays: internal node i splits on
// Features[Feature[i]] <= Threshold[i] (left) or > (right). A child >= 0 is
// another internal node; a child < 0 is the leaf ^child, worth Leaf[^child]
// in log-odds. A tree of one leaf has no internal nodes. ZeroLeft marks a
// split that sends a zero (LightGBM's missing_type "Zero") to its default
// side: 1 left, -1 right, 0 a plain comparison.
type treeNode struct {
	Feature   []int32   `json:"feature"`
	Threshold []float64 `json:"threshold"`
	Left      []int32   `json:"left"`
	Right     []int32   `json:"right"`
	ZeroLeft  []int8    `json:"zero_left,omitempty"`
	Leaf      []float64 `json:"leaf"`
}

type treeProbe struct {
	Features map[string]float64 `json:"features"`
	P        float64            `json:"p"`
}

// check reports the first structural fault: an index out of range or a
// cycle would otherwise panic or hang the walk.
func (e *treeEnsemble) check() error {
	for t, tr := range e.Trees {
		n := len(tr.Feature)
		if len(tr.Threshold) != n || len(tr.Left) != n || len(tr.Right) != n || (tr.ZeroLeft != nil && len(tr.ZeroLeft) != n) {
			return fmt.Errorf("tree %d: node arrays of different lengths", t)
		}
		if len(tr.Leaf) != n+1 {
			return fmt.Errorf("tree %d: %d leaves for %d splits", t, len(tr.Leaf), n)
		}
		for i := range n {
			if f := tr.Feature[i]; f < 0 || int(f) >= len(e.Features) {
				return fmt.Errorf("tree %d node %d: feature %d of %d", t, i, f, len(e.Features))
			}
			for _, c := range [2]int32{tr.Left[i], tr.Right[i]} {
				// Children come after their parent (LightGBM numbers them so),
				// which rules out cycles.
				if (c >= 0 && (int(c) <= i || int(c) >= n)) || (c < 0 && int(^c) >= len(tr.Leaf)) {
					return fmt.Errorf("tree %d node %d: child %d out of range", t, i, c)
				}
			}
		}
	}
	return nil
}

// score is the ensemble's log-odds for a candidate's features.
func (e *treeEnsemble) score(f map[string]float64) float64 {
	z := 0.0
	for _, tr := range e.Trees {
		if len(tr.Feature) == 0 {
			z += tr.Leaf[0]
			continue
		}
		i := int32(0)
		for i >= 0 {
			v := f[e.Features[tr.Feature[i]]]
			left := v <= tr.Threshold[i]
			if tr.ZeroLeft != nil && tr.ZeroLeft[i] != 0 && v == 0 {
				left = tr.ZeroLeft[i] > 0
			}
			if left {
				i = tr.Left[i]
			} else {
				i = tr.Right[i]
			}
		}
		z += tr.Leaf[^i]
	}
	return z
}
