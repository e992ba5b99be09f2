#pragma once
// Errors as values: every fallible operation in core, storage and sync returns Result<T>.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace custos {

/// What kind of failure happened; one place per layer maps these to gRPC status or UI alerts.
enum class ErrorCode {
    InvalidArgument,    ///< the caller's input is malformed; retrying will not help
    NotFound,           ///< the named thing does not exist
    AlreadyExists,      ///< creating something that is already there
    PermissionDenied,   ///< authenticated, but not allowed
    Unauthenticated,    ///< no or invalid credential
    FailedPrecondition, ///< the system is not in a state that allows this (e.g. schema too new)
    WrongKey,           ///< an encrypted database could not be opened with the given key
    Corrupt,            ///< stored data failed an integrity check
    StorageFull,        ///< the disk or database size limit was reached
    Unavailable,        ///< transient: the peer or resource is unreachable; retry later
    ResourceExhausted,  ///< a size or count limit was exceeded
    Internal,           ///< a bug or an unexpected failure of a dependency
};

/// A failure: its kind and a plain sentence for a person. Never holds secrets or interview text.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
};

/// Human-readable name of an error code, for logs and messages.
[[nodiscard]] const char* toString(ErrorCode code) noexcept;

/// Either a value of type T or an Error. Small, explicit stand-in for C++23 std::expected.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const noexcept { return std::holds_alternative<T>(state_); }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & {
        assert(ok());
        return std::get<T>(state_);
    }
    [[nodiscard]] const T& value() const& {
        assert(ok());
        return std::get<T>(state_);
    }
    // By value, not T&&: `for (auto& x : *makeResult())` must not dangle.
    [[nodiscard]] T value() && {
        assert(ok());
        return std::get<T>(std::move(state_));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }

    [[nodiscard]] const Error& error() const& {
        assert(!ok());
        return std::get<Error>(state_);
    }

private:
    std::variant<T, Error> state_;
};

/// Result of an operation that produces no value.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {} // NOLINT

    [[nodiscard]] bool ok() const noexcept { return !failed_; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] const Error& error() const& {
        assert(failed_);
        return error_;
    }

private:
    Error error_;
    bool failed_ = false;
};

using Status = Result<void>;

/// Shorthand for building an Error.
[[nodiscard]] inline Error makeError(ErrorCode code, std::string message) {
    return Error{code, std::move(message)};
}

} // namespace custos

/// Returns early from the enclosing function when a Status-returning expression fails.
#define CUSTOS_TRY(expr) CUSTOS_TRY_IMPL(expr, CUSTOS_CONCAT(custos_status_, __COUNTER__))
#define CUSTOS_CONCAT(a, b) CUSTOS_CONCAT_IMPL(a, b)
#define CUSTOS_CONCAT_IMPL(a, b) a##b
#define CUSTOS_TRY_IMPL(expr, name)                                                                \
    do {                                                                                           \
        if (auto name = (expr); !name.ok())                                                        \
            return name.error();                                                                   \
    } while (false)
