package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// httpTransport serves GraphQL over HTTP (GET and POST) as the
// GraphQL-over-HTTP specification describes it, which gqlgen's own
// transports do not quite: with application/json, requests that fail to
// parse, validate or coerce variables get status 200; with
// application/graphql-response+json they get 400 and no "data" entry.
type httpTransport struct{}

var _ graphql.Transport = httpTransport{}

func (httpTransport) Supports(r *http.Request) bool {
	return r.Header.Get("Upgrade") == "" && (r.Method == http.MethodGet || r.Method == http.MethodPost)
}

func (httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	media, ok := negotiate(r.Header.Get("Accept"))
	if !ok {
		writeCoded(w, http.StatusNotAcceptable, codeNotAcceptable,
			"Accept must allow application/graphql-response+json or application/json")
		return
	}
	start := graphql.Now()
	params, status, err := readParams(r)
	if err != nil {
		writeErrors(w, media, status, gqlerror.List{codedError(status, err.Error())})
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	oc, errs := exec.CreateOperationContext(ctx, params)
	if info := requestInfoFrom(ctx); info != nil {
		info.operation = operationName(oc)
		if info.operation == "" {
			info.operation = clip(params.OperationName, 64)
		}
	}
	if errs != nil {
		// Validation may find an error per pair of conflicting fields: the
		// client gets the first ones.
		errs = capErrors(errs)
		// Parsing, validation or variable coercion failed: the request was
		// not executed, so the response has no data.
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		status := http.StatusOK
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		writeErrors(w, media, status, resp.Errors)
		return
	}
	if r.Method == http.MethodGet && oc.Operation != nil && oc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", http.MethodPost)
		writeErrors(w, media, http.StatusMethodNotAllowed,
			gqlerror.List{codedError(http.StatusMethodNotAllowed, "only queries may be sent with GET; use POST for "+string(oc.Operation.Operation)+"s")})
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	resp := responses(ctx)
	if r.Method == http.MethodPost && dataOnly(resp) {
		// Written around the executor's data in place (GET answers need
		// the whole body for their ETag).
		w.Header().Set("Content-Type", media+"; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		w.Write(dataOpen)
		w.Write(resp.Data)
		w.Write(dataClose)
		return
	}
	b, err := encodeResponse(resp)
	if err != nil {
		writeErrors(w, media, http.StatusInternalServerError, gqlerror.List{codedError(http.StatusInternalServerError, "internal error")})
		return
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	if r.Method == http.MethodGet && cacheGET(w, r, b, len(resp.Errors) > 0) {
		return
	}
	w.WriteHeader(http.StatusOK)
	w.Write(b)
}

// codedError is an error of the transport with the code for its status.
func codedError(status int, msg string) *gqlerror.Error {
	code := codeBadRequest
	switch status {
	case http.StatusRequestEntityTooLarge:
		code = codeTooLarge
	case http.StatusUnsupportedMediaType:
		code = codeUnsupportedMedia
	case http.StatusMethodNotAllowed:
		code = codeMethodNotAllowed
	case http.StatusNotAcceptable:
		code = codeNotAcceptable
	case http.StatusInternalServerError:
		code = codeInternal
	}
	err := &gqlerror.Error{Message: msg}
	errcode.Set(err, code)
	return err
}

// negotiate picks the response media type from an Accept header: the
// first acceptable of graphql-response+json and json; application/json
// for */*, application/* or no header. False when nothing is acceptable.
func negotiate(accept string) (string, bool) {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON, true
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil || params["q"] == "0" {
			continue
		}
		switch mt {
		case mediaGraphQLResponse:
			return mediaGraphQLResponse, true
		case mediaJSON, "*/*", "application/*":
			return mediaJSON, true
		}
	}
	return "", false
}

// readParams decodes the GraphQL parameters of a GET (URL query) or POST
// (JSON body) request, checking the type of each. A POST body is decoded
// in one pass, numbers kept as json.Number.
func readParams(r *http.Request) (*graphql.RawParams, int, error) {
	var fields map[string]any
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		fields = make(map[string]any, 4)
		for _, k := range []string{"query", "operationName"} {
			if v := q.Get(k); q.Has(k) {
				fields[k] = v
			}
		}
		for _, k := range []string{"variables", "extensions"} {
			if v := q.Get(k); v != "" {
				var x any
				if decodeJSON([]byte(v), &x) != nil {
					return nil, http.StatusBadRequest, errors.New(k + " must be a JSON object")
				}
				fields[k] = x
			}
		}
	} else {
		if ct := r.Header.Get("Content-Type"); ct != mediaJSON { // the common case needs no parsing
			mt, params, err := mime.ParseMediaType(ct)
			if ct == "" || err != nil || mt != mediaJSON {
				return nil, http.StatusUnsupportedMediaType, errors.New("Content-Type must be application/json")
			}
			if cs := params["charset"]; cs != "" && !strings.EqualFold(cs, "utf-8") {
				return nil, http.StatusUnsupportedMediaType, errors.New("request body must be UTF-8")
			}
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				return nil, http.StatusRequestEntityTooLarge, errors.New("request body is too large")
			}
			return nil, http.StatusBadRequest, errors.New("could not read the request body")
		}
		if err := decodeJSON(body, &fields); err != nil {
			return nil, http.StatusBadRequest, errors.New("request body must be one JSON object")
		}
	}
	p := &graphql.RawParams{}
	var err error
	if p.Extensions, err = objectField(fields, "extensions"); err != nil {
		return nil, http.StatusBadRequest, err
	}
	// An automatic persisted query may name its text by hash only (apq.go).
	byHash := hasPersistedQuery(p.Extensions)
	if p.Query, err = stringField(fields, "query", !byHash); err != nil {
		return nil, http.StatusBadRequest, err
	}
	if strings.TrimSpace(p.Query) == "" && !byHash {
		return nil, http.StatusBadRequest, errors.New("query is missing")
	}
	if p.OperationName, err = stringField(fields, "operationName", false); err != nil {
		return nil, http.StatusBadRequest, err
	}
	if p.Variables, err = objectField(fields, "variables"); err != nil {
		return nil, http.StatusBadRequest, err
	}
	return p, 0, nil
}

// decodeJSON decodes exactly one JSON value, numbers as json.Number; like
// json.Unmarshal, and unlike a Decoder, it refuses anything after it.
func decodeJSON(b []byte, dst any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(dst); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON value")
	}
	return nil
}

// stringField returns one string parameter, treating null as absent and a
// value of another JSON type as an error.
func stringField(fields map[string]any, name string, required bool) (string, error) {
	switch v := fields[name].(type) {
	case nil:
		if required {
			return "", errors.New(name + " is missing")
		}
		return "", nil
	case string:
		return v, nil
	default:
		return "", errors.New(name + " must be a string")
	}
}

// objectField returns one object parameter, treating null as absent and a
// value of another JSON type as an error.
func objectField(fields map[string]any, name string) (map[string]any, error) {
	switch v := fields[name].(type) {
	case nil:
		return nil, nil
	case map[string]any:
		return v, nil
	default:
		return nil, errors.New(name + " must be an object")
	}
}

// encodeResponse writes a response as JSON. The common case, data and
// nothing else, is written around the executor's data as is: json.Marshal
// would re-validate and re-compact the whole document.
func encodeResponse(resp *graphql.Response) ([]byte, error) {
	if dataOnly(resp) {
		b := make([]byte, 0, len(dataOpen)+len(resp.Data)+len(dataClose))
		b = append(b, dataOpen...)
		b = append(b, resp.Data...)
		return append(b, dataClose...), nil
	}
	return json.Marshal(resp)
}

// dataOpen and dataClose enclose the data of a data-only response.
var dataOpen, dataClose = []byte(`{"data":`), []byte(`}`)

// dataOnly reports whether a response has data and nothing else. (The
// executor hands over an empty, non-nil Extensions map: empty is what
// counts, as for json's omitempty.)
func dataOnly(resp *graphql.Response) bool {
	return len(resp.Errors) == 0 && len(resp.Extensions) == 0 && resp.Label == "" && len(resp.Path) == 0 && resp.HasNext == nil && len(resp.Data) > 0
}

// writeErrors writes a response with errors and no data entry.
func writeErrors(w http.ResponseWriter, media string, status int, errs gqlerror.List) {
	b, err := json.Marshal(struct {
		Errors gqlerror.List `json:"errors"`
	}{errs})
	if err != nil {
		b = []byte(`{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}`)
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
}
