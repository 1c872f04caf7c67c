package kg

import (
	"errors"
	"fmt"
)

// Error codes, mapped to transport codes in one place per adapter
// (graph: extensions.code; cmd: exit status).
const (
	ECONFLICT       = "conflict"
	EINTERNAL       = "internal"
	EINVALID        = "invalid"
	ENOTFOUND       = "not_found"
	EUNAUTHORIZED   = "unauthorized"
	EUNAVAILABLE    = "unavailable" // the store cannot be reached
	ENOTIMPLEMENTED = "not_implemented"
)

// Error is an application error with a code a user or client can act on.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("kg error: code=%s message=%s", e.Code, e.Message) }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, "" for nil
// and EINTERNAL for any other error.
func ErrorCode(err error) string {
	code, _ := describe(err)
	return code
}

// ErrorMessage returns the message of the first *Error in err's chain; other
// errors are internal and get a generic message so details never leak.
func ErrorMessage(err error) string {
	_, msg := describe(err)
	return msg
}

// describe is ErrorCode and ErrorMessage.
func describe(err error) (code, message string) {
	if err == nil {
		return "", ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code, e.Message
	}
	return EINTERNAL, "internal error"
}
