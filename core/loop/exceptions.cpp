#include "loop/exceptions.hpp"

namespace aio {

error::error(Ref<Error> e) : error_(std::move(e)), what_(error_->describe()) {}

void raise(Ref<Error> e) {
  switch (e->kind()) {
  case ErrorKind::cancelled: throw cancelled_error(std::move(e));
  case ErrorKind::timeout: throw timeout_error(std::move(e));
  case ErrorKind::invalid_state: throw invalid_state_error(std::move(e));
  case ErrorKind::exit: throw exit_error(std::move(e));
  case ErrorKind::group: throw exception_group(std::move(e));
  case ErrorKind::other: break;
  }
  if (auto* foreign = dynamic_cast<ForeignError*>(e.get())) {
    std::rethrow_exception(foreign->original());
  }
  throw error(std::move(e));
}

Ref<Error> to_error(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const error& x) {
    return x.get();
  } catch (const std::exception& x) {
    return make_ref<ForeignError>(e, x.what());
  } catch (...) {
    return make_ref<ForeignError>(e, "unknown exception");
  }
}

ForeignError::ForeignError(std::exception_ptr original, std::string message)
    : Error(ErrorKind::other), original_(std::move(original)), message_(std::move(message)) {}

} // namespace aio
