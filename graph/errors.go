package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/tuopin/tuopin/kg"
)

// GraphQL error codes in extensions.code.
const (
	codeNotFound        = "NOT_FOUND"
	codeBadUserInput    = "BAD_USER_INPUT"
	codeUnauthenticated = "UNAUTHENTICATED"
	codeUnavailable     = "UNAVAILABLE"
	codeInternal        = "INTERNAL"
	codeNotImplemented  = "NOT_IMPLEMENTED"
	codeConflict        = "CONFLICT"

	// Codes of requests refused before GraphQL sees them.
	codeRateLimited      = "RATE_LIMITED"
	codeTooLarge         = "REQUEST_TOO_LARGE"
	codeBadRequest       = "BAD_REQUEST"
	codeNotAcceptable    = "NOT_ACCEPTABLE"
	codeUnsupportedMedia = "UNSUPPORTED_MEDIA_TYPE"
	codeMethodNotAllowed = "METHOD_NOT_ALLOWED"
	codeTooManyErrors    = "TOO_MANY_ERRORS"
)

// maxErrors bounds the errors of one response.
const maxErrors = 100

// Messages that replace the store's own, which name its address.
const (
	msgUnavailable = "the graph store is unavailable; try again later"
	msgTimedOut    = "request timed out"
)

// msgNoOperationName is gqlgen's message for a document of several
// operations sent without operationName ("operation %s not found" with an
// empty name).
const msgNoOperationName = "operation  not found"

// maxMessageBytes bounds the message of an error a client can act on
// (NOT_FOUND, BAD_USER_INPUT…): they quote user input, which is not echoed
// whole.
const maxMessageBytes = 200

// capErrors keeps the first maxErrors-1 errors and says how many more there were.
func capErrors(errs gqlerror.List) gqlerror.List {
	if len(errs) <= maxErrors {
		return errs
	}
	more := &gqlerror.Error{Message: fmt.Sprintf("%d more errors were left out (at most %d per response)", len(errs)-(maxErrors-1), maxErrors)}
	errcode.Set(more, codeTooManyErrors)
	return append(errs[:maxErrors-1:maxErrors-1], more)
}

// writeCoded writes a GraphQL-shaped error response with extensions.code,
// for requests refused by the HTTP layer.
func writeCoded(w http.ResponseWriter, status int, code, msg string) {
	err := &gqlerror.Error{Message: msg}
	errcode.Set(err, code)
	writeErrors(w, mediaJSON, status, gqlerror.List{err})
}

// transportCode maps a kg error code to the GraphQL one.
func transportCode(code string) string {
	switch code {
	case kg.ENOTFOUND:
		return codeNotFound
	case kg.EINVALID:
		return codeBadUserInput
	case kg.EUNAUTHORIZED:
		return codeUnauthenticated
	case kg.EUNAVAILABLE:
		return codeUnavailable
	case kg.ENOTIMPLEMENTED:
		return codeNotImplemented
	case kg.ECONFLICT:
		return codeConflict
	}
	return codeInternal
}

// presenter is the one place where errors become GraphQL errors: kg errors
// keep their message and get a code; anything else is logged and shown as
// "internal error". Errors gqlgen raises itself (parse, validation,
// coercion, limits) already carry a code and pass through.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gerr *gqlerror.Error
		if errors.As(err, &gerr) && gerr.Err == nil {
			// Raised by gqlgen (validation, parsing, coercion) or by us with a code.
			if gerr.Extensions == nil || gerr.Extensions["code"] == nil {
				errcode.Set(gerr, codeBadUserInput)
			}
			if gerr.Message == msgNoOperationName {
				// gqlgen's words when a document of several operations
				// comes without operationName: it names no operation.
				gerr.Message = "the document has several operations: operationName must name the one to run"
			}
			gerr.Message = clip(gerr.Message, 2*maxMessageBytes)
			return gerr
		}
		path := graphql.GetPath(ctx)
		if gerr != nil && gerr.Path != nil {
			path = gerr.Path
		}
		var ke *kg.Error
		var out *gqlerror.Error
		if errors.As(err, &ke) {
			code := transportCode(ke.Code)
			msg := clip(ke.Message, maxMessageBytes)
			if code == codeInternal {
				log.ErrorContext(ctx, "internal error", "path", path.String(), "err", err)
				msg = "internal error"
			} else if code == codeUnavailable {
				log.WarnContext(ctx, "store unavailable", "path", path.String(), "err", err)
				msg = msgUnavailable
				if errors.Is(err, context.DeadlineExceeded) || strings.Contains(ke.Message, "timed out") {
					msg = msgTimedOut
				}
			}
			out = &gqlerror.Error{Message: msg, Path: path}
			errcode.Set(out, code)
		} else if errors.Is(err, context.DeadlineExceeded) {
			out = &gqlerror.Error{Message: msgTimedOut, Path: path}
			errcode.Set(out, codeUnavailable)
		} else {
			log.ErrorContext(ctx, "internal error", "path", path.String(), "err", err)
			out = &gqlerror.Error{Message: "internal error", Path: path}
			errcode.Set(out, codeInternal)
		}
		if gerr != nil {
			out.Locations = gerr.Locations
		}
		if fc := graphql.GetFieldContext(ctx); fc != nil && out.Locations == nil {
			out.Locations = []gqlerror.Location{{Line: fc.Field.Position.Line, Column: fc.Field.Position.Column}}
		}
		return out
	}
}

// recoverer turns a panic in a resolver into an internal error, logged
// with its stack.
func recoverer(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return kg.Errorf(kg.EINTERNAL, "panic: %v", p)
	}
}
