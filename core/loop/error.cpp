#include "loop/error.hpp"

namespace aio {

std::string Error::describe() const {
  std::string text = type_name();
  std::string msg = message();
  if (!msg.empty()) text += ": " + msg;
  return text;
}

std::string Error::repr() const {
  std::string msg = message();
  return type_name() + (msg.empty() ? "()" : "('" + msg + "')");
}

BasicError::BasicError(ErrorKind kind, std::string type_name, std::optional<std::string> message,
                       Ref<Error> cause)
    : Error(kind), type_name_(std::move(type_name)), message_(std::move(message)),
      cause_(std::move(cause)) {}

GroupError::GroupError(std::string message, std::vector<Ref<Error>> members)
    : Error(ErrorKind::group), message_(std::move(message)), members_(std::move(members)) {}

std::string GroupError::type_name() const {
  // BaseExceptionGroup(...) makes an ExceptionGroup when every member is an Exception.
  for (const Ref<Error>& e : members_) {
    if (e->kind() == ErrorKind::exit || e->kind() == ErrorKind::cancelled) {
      return "BaseExceptionGroup";
    }
  }
  return "ExceptionGroup";
}

std::string GroupError::message() const {
  std::size_t n = members_.size();
  return message_ + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? ")" : "s)");
}

Ref<Error> BasicErrorFactory::make(const ErrorInfo& info) {
  struct Type {
    ErrorKind kind;
    const char* name;
  };
  static constexpr Type types[] = {
      {ErrorKind::cancelled, "CancelledError"},
      {ErrorKind::timeout, "TimeoutError"},
      {ErrorKind::invalid_state, "InvalidStateError"},
      {ErrorKind::other, "RuntimeError"},
      {ErrorKind::other, "ValueError"},
      {ErrorKind::other, "QueueEmpty"},
      {ErrorKind::other, "QueueFull"},
      {ErrorKind::other, "Deadlock"},
  };
  const Type& t = types[static_cast<int>(info.type)];
  return make_ref<BasicError>(t.kind, t.name, info.message, info.cause);
}

Ref<Error> BasicErrorFactory::make_group(std::string message, std::vector<Ref<Error>> errors) {
  return make_ref<GroupError>(std::move(message), std::move(errors));
}

Ref<Error> make_error(std::string type_name, std::string message, ErrorKind kind) {
  return make_ref<BasicError>(kind, std::move(type_name), std::move(message));
}

} // namespace aio
