package graph

import (
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/google/go-cmp/cmp"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

func TestEncodeResponse(t *testing.T) {
	tests := []struct {
		name string
		resp *graphql.Response
		want string
	}{
		{"data only, written as is", &graphql.Response{Data: json.RawMessage(`{"county":{"name":"延寿县","note":"a<b&c"}}`)},
			`{"data":{"county":{"name":"延寿县","note":"a<b&c"}}}`},
		{"data and empty extensions, written as is", &graphql.Response{Data: json.RawMessage(`{"n":1}`), Extensions: map[string]any{}},
			`{"data":{"n":1}}`},
		{"errors", &graphql.Response{Data: json.RawMessage(`null`), Errors: gqlerror.List{{Message: "no region"}}},
			`{"errors":[{"message":"no region"}],"data":null}`},
		{"extensions", &graphql.Response{Data: json.RawMessage(`{}`), Extensions: map[string]any{"n": 1}},
			`{"data":{},"extensions":{"n":1}}`},
		{"no data", &graphql.Response{}, `{"data":null}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := encodeResponse(tt.resp)
			if err != nil {
				t.Fatal(err)
			}
			var got, want any
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("invalid JSON %s: %v", b, err)
			}
			json.Unmarshal([]byte(tt.want), &want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", b, diff)
			}
		})
	}
}
