// dyad/status.h: errors as values.
//
// Every fallible call in the library returns a Status or a Result<T>; exceptions never
// cross the public API. A Status message names what it is about: the file and line
// ("dict/actors.txt:12: ..."), or the document ("doc guardian-004: ...").
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dyad {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk = 0, kInvalidArgument, kNotFound, kIoError, kParseError, kTooLarge, kInternal };

  Status() = default;  // OK
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status ParseError(std::string m) { return {Code::kParseError, std::move(m)}; }
  static Status TooLarge(std::string m) { return {Code::kTooLarge, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK" or the message.
  std::string ToString() const { return ok() ? std::string("OK") : message_; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status saying why there is none. REQUIRES for value(): ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}     // NOLINT; REQUIRES: !status.ok()

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dyad

#define DYAD_CONCAT_INNER_(a, b) a##b
#define DYAD_CONCAT_(a, b) DYAD_CONCAT_INNER_(a, b)

#define DYAD_RETURN_IF_ERROR(expr)            \
  do {                                        \
    ::dyad::Status dyad_status_ = (expr);     \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

#define DYAD_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                \
  if (!tmp.ok()) return tmp.status();               \
  lhs = std::move(tmp).value()

#define DYAD_ASSIGN_OR_RETURN(lhs, expr) \
  DYAD_ASSIGN_OR_RETURN_IMPL_(DYAD_CONCAT_(dyad_result_, __LINE__), lhs, expr)
