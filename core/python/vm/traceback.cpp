#include "python/vm/traceback.hpp"

#include <unordered_set>
#include <vector>

#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/list.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/caret_line.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

void register_source(VM& vm, std::string_view filename, std::string_view source) {
  vm.sources[std::string(filename)] = std::string(source);
}

std::string_view source_line(VM& vm, std::string_view filename, int lineno) {
  auto found = vm.sources.find(std::string(filename));
  if (found == vm.sources.end() || lineno < 1) return {};
  std::string_view text = found->second;
  size_t start = 0;
  for (int line = 1; line < lineno; ++line) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  size_t end = text.find('\n', start);
  std::string_view line =
      text.substr(start, end == std::string_view::npos ? text.npos : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

namespace {

/// The line a frame is at (its current instruction's).
int frame_line(const Frame* frame) {
  const LineEntry* pos = code_position(frame->code, frame->offset());
  return pos ? pos->line : frame->code->firstlineno;
}

} // namespace

Value frame_object_new(VM& vm, Frame* frame) {
  if (frame->object) return newref(Value::object(frame->object));
  auto* fo = vm.allocate<FrameObject>(vm.types.frame);
  if (!fo) return {};
  fo->code = frame->code;
  incref(fo->code);
  fo->globals = frame->globals;
  incref(frame->globals);
  fo->live = frame;
  frame->object = fo;
  return Value::object(fo);
}

void frame_object_detach(VM& vm, Frame* frame) {
  FrameObject* fo = frame->object;
  frame->object = nullptr;
  fo->live = nullptr;
  fo->line = frame_line(frame);
  // The caller is still running: link its (shared) frame object as f_back.
  if (frame->previous && fo->back.is_null()) {
    Value saved = fetch_exception(vm);
    fo->back = frame_object_new(vm, frame->previous);
    restore_exception(vm, saved);
  }
  uint32_t n = frame->code->nlocalsplus();
  fo->locals = n ? static_cast<Value*>(vm.heap().allocate(n * sizeof(Value))) : nullptr;
  fo->nlocals = fo->locals ? n : 0;
  for (uint32_t i = 0; i < fo->nlocals; ++i) fo->locals[i] = newref(frame->localsplus()[i]);
}

void add_traceback(VM& vm, Frame* frame) {
  Value exc = vm.pending_exception;
  if (!is_instance(vm, exc, vm.exc.BaseException)) return;
  Value fo = frame_object_new(vm, frame);
  if (fo.is_null()) return;
  auto* tb = vm.allocate<Traceback>(vm.types.traceback);
  if (!tb) {
    decref(fo);
    return;
  }
  auto* e = static_cast<BaseException*>(exc.as_object());
  tb->frame = static_cast<FrameObject*>(fo.as_object());
  tb->line = frame_line(frame);
  tb->lasti = int(frame->offset());
  tb->next = e->traceback.is_null() ? Value::none() : e->traceback;
  e->traceback = Value::object(tb);
}

namespace {

/// Builds the printed form of one exception and its chain (traceback.py's
/// TracebackException.format with an _ExceptionPrintContext).
class ExceptionPrinter {
public:
  explicit ExceptionPrinter(VM& vm) : vm_(vm) {}

  std::string run(Value exc) {
    format(exc);
    return std::move(out_);
  }

private:
  /// Emits text (possibly several lines), indented for exception groups.
  void emit(std::string_view text, char margin = '|') {
    std::string indent(size_t(2 * group_depth_), ' ');
    if (group_depth_) {
      indent.push_back(margin);
      indent.push_back(' ');
    }
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      end = end == std::string_view::npos ? text.size() : end + 1;
      out_ += indent;
      out_.append(text.substr(start, end - start));
      start = end;
    }
  }

  std::string safe_str(Value v, const char* what) {
    Ref s = Ref::steal(str(vm_, v));
    if (!s) {
      clear_exception(vm_);
      return cat("<", what, " str() failed>");
    }
    return std::string(s.as<Str>()->view());
  }

  Value attr(Value obj, std::string_view name) {
    Value v = get_attr_optional(vm_, obj, str_intern(vm_, name));
    clear_exception(vm_);
    return v;
  }

  /// The frames of a traceback, outermost first.
  std::string format_stack(Value tb) {
    std::string result;
    std::string last_file, last_name;
    int last_line = -1;
    int count = 0;
    constexpr int kCutoff = 3;
    auto flush = [&]() {
      if (count > kCutoff) {
        int more = count - kCutoff;
        result += cat("  [Previous line repeated ", more, " more time", more > 1 ? "s" : "", "]\n");
      }
    };
    for (Value t = tb; !t.is_null() && !t.is_none();
         t = static_cast<Traceback*>(t.as_object())->next) {
      auto* entry = static_cast<Traceback*>(t.as_object());
      Code* code = entry->frame->code;
      std::string filename(code->filename->view());
      std::string name(code->name->view());
      int line = entry->line;
      if (filename != last_file || line != last_line || name != last_name) {
        flush();
        last_file = filename;
        last_line = line;
        last_name = name;
        count = 0;
      }
      if (++count > kCutoff) continue;
      result += cat("  File \"", filename, "\", line ", line, ", in ", name, "\n");
      std::string_view text = source_line(vm_, filename, line);
      size_t first = text.find_first_not_of(" \t\f");
      if (first != std::string_view::npos) {
        size_t last = text.find_last_not_of(" \t\f\r\n");
        std::string_view stripped = text.substr(first, last - first + 1);
        result += cat("    ", stripped, "\n");
        result += carets(code, entry->lasti, text);
      }
    }
    flush();
    return result;
  }

  /// The caret line under the failing expression of entry `lasti` in `code`.
  std::string carets(Code* code, int lasti, std::string_view line) {
    const LineEntry* pos = code_position(code, uint32_t(lasti));
    if (!pos) return {};
    return caret_line(line, {pos->col, pos->end_col, pos->end_line != pos->line});
  }

  std::string exception_only(Value exc) {
    Type* type = vm_.type_of(exc);
    std::string stype(type->qualname->view());
    Value module = dict_get_str(type->dict, vm_.names.module);
    std::string_view smod = module.is_null() ? std::string_view("builtins")
                            : is_instance(vm_, module, vm_.types.str)
                                ? static_cast<Str*>(module.as_object())->view()
                                : std::string_view("<unknown>");
    if (smod != "__main__" && smod != "builtins") stype = cat(smod, ".", stype);
    std::string result;
    if (is_subtype(type, vm_.exc.SyntaxError)) {
      result = syntax_error(exc, stype);
    } else {
      std::string value = safe_str(exc, "exception");
      result = value.empty() ? cat(stype, "\n") : cat(stype, ": ", value, "\n");
    }
    Value notes = attr(exc, "__notes__");
    if (!notes.is_null()) {
      Ref hold = Ref::steal(notes);
      if (is_instance(vm_, notes, vm_.types.list) || is_instance(vm_, notes, vm_.types.tuple)) {
        Ref it = Ref::steal(get_iter(vm_, notes));
        while (it) {
          Ref note = Ref::steal(iter_next(vm_, *it));
          if (!note) break;
          result += safe_str(*note, "note");
          result += "\n";
        }
        clear_exception(vm_);
      } else {
        result += repr_text(vm_, notes);
      }
    }
    return result;
  }

  std::string syntax_error(Value exc, const std::string& stype) {
    std::string result;
    Ref filename = Ref::steal(attr(exc, "filename"));
    Ref lineno = Ref::steal(attr(exc, "lineno"));
    Ref text = Ref::steal(attr(exc, "text"));
    Ref offset = Ref::steal(attr(exc, "offset"));
    Ref end_offset = Ref::steal(attr(exc, "end_offset"));
    Ref msg = Ref::steal(attr(exc, "msg"));
    std::string suffix;
    std::string file = filename && !filename.get().is_none() ? safe_str(*filename, "filename")
                                                             : std::string("<string>");
    if (lineno && !lineno.get().is_none()) {
      result += cat("  File \"", file, "\", line ", safe_str(*lineno, "lineno"), "\n");
    } else if (filename && !filename.get().is_none()) {
      suffix = cat(" (", file, ")");
    }
    if (text && is_instance(vm_, *text, vm_.types.str)) {
      std::string_view rtext = text.as<Str>()->view();
      while (!rtext.empty() && rtext.back() == '\n') rtext.remove_suffix(1);
      size_t first = rtext.find_first_not_of(" \n\f");
      std::string_view ltext = first == std::string_view::npos ? "" : rtext.substr(first);
      int64_t spaces = int64_t(utf8_length(rtext) - utf8_length(ltext));
      result += cat("    ", ltext, "\n");
      if (offset && offset.get().is_small_int()) {
        int64_t off = offset.get().as_small_int();
        int64_t end =
            end_offset && end_offset.get().is_small_int() && end_offset.get().as_small_int() != 0
                ? end_offset.get().as_small_int()
                : off;
        if (off == end || end == -1) end = off + 1;
        int64_t colno = off - 1 - spaces;
        int64_t end_colno = end - 1 - spaces;
        if (colno >= 0) {
          std::string caretspace;
          const char* p = ltext.data();
          const char* e = p + ltext.size();
          for (int64_t i = 0; i < colno && p < e; ++i) {
            uint32_t cp = utf8_decode(p);
            caretspace.push_back(cp == '\t' || cp == '\f' || cp == '\v' ? char(cp) : ' ');
          }
          result += cat("    ", caretspace,
                        std::string(size_t(std::max<int64_t>(end_colno - colno, 0)), '^'), "\n");
        }
      }
    }
    std::string m = msg && !msg.get().is_none() ? safe_str(*msg, "msg") : std::string();
    if (m.empty()) m = "<no detail available>";
    result += cat(stype, ": ", m, suffix, "\n");
    return result;
  }

  void format(Value top) {
    // The chain, newest first (cause over context), cycles cut by `seen_`.
    std::vector<std::pair<const char*, Value>> chain;
    Value exc = top;
    seen_.insert(top.bits());
    while (!exc.is_null()) {
      auto* e = static_cast<BaseException*>(exc.as_object());
      const char* message = nullptr;
      Value next;
      if (!e->cause.is_null() && !e->cause.is_none() && !seen_.count(e->cause.bits())) {
        message = "\nThe above exception was the direct cause of the following exception:\n\n";
        next = e->cause;
      } else if (!e->context.is_null() && !e->context.is_none() && !e->suppress_context &&
                 !seen_.count(e->context.bits())) {
        message = "\nDuring handling of the above exception, another exception occurred:\n\n";
        next = e->context;
      }
      chain.emplace_back(message, exc);
      if (!next.is_null()) seen_.insert(next.bits());
      exc = next;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      if (it->first) emit(it->first);
      format_one(it->second);
    }
  }

  void format_one(Value exc) {
    auto* e = static_cast<BaseException*>(exc.as_object());
    bool has_stack = !e->traceback.is_null() && !e->traceback.is_none();
    if (!is_instance(vm_, exc, vm_.exc.BaseExceptionGroup)) {
      if (has_stack) {
        emit("Traceback (most recent call last):\n");
        emit(format_stack(e->traceback));
      }
      emit(exception_only(exc));
      return;
    }
    constexpr int kMaxWidth = 15, kMaxDepth = 10;
    if (group_depth_ > kMaxDepth) {
      emit(cat("... (max_group_depth is ", kMaxDepth, ")\n"));
      return;
    }
    bool toplevel = group_depth_ == 0;
    if (toplevel) ++group_depth_;
    if (has_stack) {
      emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
      emit(format_stack(e->traceback));
    }
    emit(exception_only(exc));
    Ref excs = Ref::steal(attr(exc, "exceptions"));
    size_t count = excs && is_instance(vm_, *excs, vm_.types.tuple) ? excs.as<Tuple>()->size : 0;
    size_t n = count <= size_t(kMaxWidth) ? count : size_t(kMaxWidth) + 1;
    need_close_ = false;
    for (size_t i = 0; i < n; ++i) {
      bool last = i == n - 1;
      if (last) need_close_ = true;
      bool truncated = i >= size_t(kMaxWidth);
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out_ += cat(std::string(size_t(2 * group_depth_), ' '), i == 0 ? "+-" : "  ",
                  "+---------------- ", title, " ----------------\n");
      ++group_depth_;
      if (!truncated) {
        Value sub = excs.as<Tuple>()->item(i);
        seen_.insert(sub.bits());
        format(sub);
      } else {
        size_t remaining = count - size_t(kMaxWidth);
        emit(cat("and ", remaining, " more exception", remaining > 1 ? "s" : "", "\n"));
      }
      if (last && need_close_) {
        out_ += cat(std::string(size_t(2 * group_depth_), ' '),
                    "+------------------------------------\n");
        need_close_ = false;
      }
      --group_depth_;
    }
    if (toplevel) group_depth_ = 0;
  }

  VM& vm_;
  std::string out_;
  std::unordered_set<uint64_t> seen_;
  int group_depth_ = 0;
  bool need_close_ = false;
};

} // namespace

std::string format_exception(VM& vm, Value exc) {
  Value saved = fetch_exception(vm);
  std::string text = ExceptionPrinter(vm).run(exc);
  restore_exception(vm, saved);
  return text;
}

} // namespace py
