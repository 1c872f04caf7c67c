package gazetteer_test

import (
	"fmt"

	"github.com/tuopin/tuopin/loader/gazetteer"
)

func ExampleGazetteer_Resolve() {
	g := gazetteer.Default()
	for _, context := range [][]string{{"天津市"}, {"临沂市"}, nil} {
		d, ambiguous, ok := g.Resolve("河东区", context)
		p, _ := g.Parent(d)
		fmt.Println(context, d.Code, p.Name+d.Name, ambiguous, ok)
	}
	// Output:
	// [天津市] 120102 天津市河东区 false true
	// [临沂市] 371312 临沂市河东区 false true
	// [] 120102 天津市河东区 true true
}
