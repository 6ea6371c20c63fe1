// resolve: the engine. The tree is resolved in place, on demand and once per value: a variable
// that refers to another value resolves that value first (a value met again while still in
// progress is a cycle), and what a variable produces is resolved again where it now stands.
// Nesting depth and the bytes produced are bounded, so no input hangs or exhausts memory.
#include "vars/resolve.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "source/js_scalars.h"
#include "source/loader.h"
#include "vars/engine.h"
#include "vars/stage.h"

namespace slsc {
namespace vars {
namespace {

// Values placed by variables may not nest deeper than a loaded file may.
constexpr std::size_t kMaxTreeDepth = LoadLimits{}.maxDepth;

using Handler = Outcome (*)(Resolver&, const SourceCall&);

Handler handlerOf(std::string_view type) {
  static const std::pair<std::string_view, Handler> handlers[] = {
      {"self", resolveSelf},   {"opt", resolveOpt},     {"env", resolveEnv},
      {"sls", resolveSls},     {"param", resolveParam}, {"file", resolveFile},
      {"strToBool", resolveStrToBool}, {"aws", resolveAws},
      {"ssm", resolveAwsService}, {"cf", resolveAwsService}, {"s3", resolveAwsService},
  };
  for (const auto& [name, handler] : handlers)
    if (name == type) return handler;
  return nullptr;
}

// What a produced node costs in memory, roughly: the node and its strings.
std::size_t costOf(const Node& node, std::size_t pathSize) {
  return sizeof(Node) + node.text().size() + pathSize;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string pathName(const std::string& path) { return path.empty() ? "the service" : path; }

Node literalNode(const Literal& literal, const Location& at) {
  if (literal.type == ScalarType::Null) return Node::null(at);
  return Node::scalar(literal.text, literal.type == ScalarType::String, at);
}

struct DepthGuard {
  explicit DepthGuard(std::size_t& depth) : depth_(depth) { ++depth_; }
  ~DepthGuard() { --depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  std::size_t& depth_;
};

}  // namespace

std::optional<std::string> textOf(const Node& value) {
  if (!value.isScalar() || value.scalarType() == ScalarType::Null) return std::nullopt;
  return asStringNode(value).text();  // as JavaScript makes text of the value
}

std::vector<std::string> splitAddress(const std::string& address) {
  std::vector<std::string> keys;
  if (address.empty()) return keys;
  std::size_t begin = 0;
  while (true) {
    std::size_t dot = address.find('.', begin);
    keys.push_back(address.substr(begin, dot - begin));
    if (dot == std::string::npos) return keys;
    begin = dot + 1;
  }
}

std::string shown(std::string_view text) {
  constexpr std::size_t kLongest = 100;
  if (text.size() <= kLongest) return std::string(text);
  return std::string(text.substr(0, kLongest - 3)) + "...";
}

const Node* childOf(const Node& node, const std::string& key) {
  if (node.isMap()) return node.get(key);
  if (!node.isSeq() || key.empty() || key.size() > 9) return nullptr;
  std::size_t index = 0;
  auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), index);
  if (ec != std::errc() || end != key.data() + key.size()) return nullptr;
  return index < node.items().size() ? &node.items()[index] : nullptr;
}

Resolver::Resolver(Node root, const ResolveContext& context, Diagnostics& diagnostics)
    : file_(root.location().file),
      context_(context),
      diagnostics_(diagnostics),
      work_(std::move(root)) {}

std::optional<Node> Resolver::run() {
  std::size_t errorsBefore = diagnostics_.errorCount();
  resolveTree(work_, 0, 0);
  if (diagnostics_.errorCount() > errorsBefore) return std::nullopt;
  return std::move(work_);
}

void Resolver::error(const Location& at, std::string code, std::string message) {
  diagnostics_.error(at, std::move(code), std::move(message));
}

// Resolves `node` and everything below it.
Resolver::Status Resolver::resolveTree(Node& node, std::size_t generation, std::size_t depth) {
  if (stopped_) return Status::Failed;
  if (resolvedTrees_.count(&node)) return Status::Ok;
  Status status = resolveProperty(node, generation, depth);
  if (status != Status::Ok) return status;
  if (auto placed = generations_.find(&node); placed != generations_.end())
    generation = placed->second;
  Status result = Status::Ok;
  auto visit = [&](Node& child) {
    Status s = resolveTree(child, generation, depth + 1);
    if (s != Status::Ok) result = s;
    return s != Status::Cycle;
  };
  if (node.isMap()) {
    for (auto& entry : node.entries())
      if (!visit(entry.value)) break;
  } else if (node.isSeq()) {
    for (auto& item : node.items())
      if (!visit(item)) break;
  }
  // A scalar needs no record: resolveProperty knows each one it resolved (states_), and one
  // without variables costs nothing to look at again.
  if (result == Status::Ok && (node.isMap() || node.isSeq())) resolvedTrees_.insert(&node);
  return result;
}

// Replaces the string in `slot` by what its variables give, unless that happened already.
Resolver::Status Resolver::resolveProperty(Node& slot, std::size_t generation, std::size_t depth) {
  if (!slot.isScalar() || !mayHoldVariables(slot.text())) return Status::Ok;
  if (auto known = states_.find(&slot); known != states_.end()) {
    switch (known->second) {
      case State::InProgress: cycleAt_ = &slot; return Status::Cycle;
      case State::Done: return Status::Ok;
      case State::Failed: return Status::Failed;
    }
  }
  states_[&slot] = State::InProgress;
  inProgress_.push_back(&slot);
  Site site;
  site.holder = slot.location();
  site.text = &slot.text();
  site.mapped = true;
  site.treeDepth = depth;
  Outcome out = resolveString(slot.text(), site);
  inProgress_.pop_back();
  if (!out.ok()) {
    states_[&slot] = State::Failed;
    return Status::Failed;
  }
  if (out.unchanged) {
    states_[&slot] = State::Done;
    return Status::Ok;
  }
  if (out.value.isMap() || out.value.isSeq()) {
    // A value placed inside a value placed inside … (a file that includes itself) ends here.
    if (generation + 1 > context_.maxDepth) {
      reportTooDeep(slot.location(),
                    fmt::format("variables place values inside placed values more than {} times "
                                "over at '{}'",
                                context_.maxDepth, shown(slot.text())));
      states_[&slot] = State::Failed;
      return Status::Failed;
    }
    generations_[&slot] = generation + 1;
  }
  slot = std::move(out.value);
  states_[&slot] = State::Done;
  return Status::Ok;
}

Outcome Resolver::resolveString(const std::string& text, const Site& site) {
  ParseError problem;
  std::optional<Pieces> pieces = parseVariables(text, context_.maxDepth, problem);
  if (!pieces) {
    Location at = problem.at < text.size() ? locate(site, problem.at, problem.at + 1)
                                           : locate(site, problem.variableBegin, text.size());
    std::string variable = shown(std::string_view(text).substr(problem.variableBegin));
    if (problem.tooDeep) {
      reportTooDeep(at, fmt::format("variables nest more than {} levels deep in '{}'",
                                    context_.maxDepth, variable));
    } else {
      error(at, "var-syntax", fmt::format("invalid variable '{}': {}", variable, problem.message));
    }
    return Outcome::failed();
  }
  if (const Variable* whole = wholeVariable(*pieces)) return resolveVariable(*whole, site);
  bool hasVariable = std::any_of(pieces->begin(), pieces->end(),
                                 [](const Piece& piece) { return piece.variable != nullptr; });
  if (!hasVariable) {
    // Only text, such as CloudFormation's ${AWS::Region}; escapes may still change it.
    std::string plain;
    for (const auto& piece : *pieces) plain += piece.text;
    if (plain == text) {
      Outcome same = Outcome::of(Node());
      same.unchanged = true;
      return same;
    }
  }
  return interpolate(*pieces, site);
}

// Text and variables joined into one string.
Outcome Resolver::interpolate(const Pieces& pieces, const Site& site) {
  std::vector<std::string> parts;
  std::size_t total = 0;
  for (const auto& piece : pieces) {
    if (!piece.variable) {
      parts.push_back(piece.text);
      total += piece.text.size();
      continue;
    }
    const Variable& variable = *piece.variable;
    Outcome value = resolveVariable(variable, site);
    if (!value.ok()) return value;
    std::optional<std::string> text = textOf(value.value);
    if (!text) {
      std::string_view written =
          std::string_view(*site.text).substr(variable.begin, variable.end - variable.begin);
      // The reference fails for maps and null but joins a list with commas, which is almost
      // always a mistake: a list is an error here too.
      error(locate(site, variable.begin, variable.end), "var-type",
            fmt::format("variable '{}' gives {}, which cannot be part of a string",
                        shown(written), value.value.describe()));
      return Outcome::failed();
    }
    total += text->size();
    parts.push_back(std::move(*text));
  }
  if (!charge(sizeof(Node) + total, site.mapped ? site.holder : site.at, *site.text))
    return Outcome::failed();
  std::string out;
  out.reserve(total);
  for (const auto& part : parts) out += part;
  return Outcome::of(Node::scalar(std::move(out), true, site.holder));
}

// The first source that gives a value, or an error naming the variable when none does.
Outcome Resolver::resolveVariable(const Variable& variable, const Site& site) {
  if (stopped_) return Outcome::failed();
  Location at = locate(site, variable.begin, variable.end);
  std::string_view written =
      std::string_view(*site.text).substr(variable.begin, variable.end - variable.begin);
  if (depth_ >= context_.maxDepth) {
    reportTooDeep(at, fmt::format("variables nest more than {} levels deep at '{}'",
                                  context_.maxDepth, shown(written)));
    return Outcome::failed();
  }
  DepthGuard guard(depth_);
  // Every resolution counts, so that work, not only memory, is bounded.
  if (!charge(sizeof(Node), at, written)) return Outcome::failed();
  std::vector<std::string> reasons;
  std::string code = "var-unresolved";
  for (const Source& source : variable.sources) {
    if (source.type.empty()) return settle(literalNode(source.literal, site.holder), site, at);
    Outcome out = callSource(source, variable, site, at);
    if (out.kind == Outcome::Kind::Failed) return out;
    if (out.kind == Outcome::Kind::Missing) {
      reasons.push_back(std::move(out.reason));
      code = std::move(out.code);
      continue;
    }
    if (out.value.isNull()) {
      reasons.push_back(fmt::format("{} gives null",
                                    shown(std::string_view(*site.text)
                                              .substr(source.begin, source.end - source.begin))));
      code = "var-unresolved";
      continue;
    }
    return settle(std::move(out.value), site, at);
  }
  error(at, code,
        fmt::format("cannot resolve variable '{}': {}", shown(written), joined(reasons, "; ")));
  return Outcome::failed();
}

// A string that a variable gave is read for variables again (as the reference does).
Outcome Resolver::settle(Node value, const Site& site, const Location& at) {
  if (!value.isString() || !mayHoldVariables(value.text())) return Outcome::of(std::move(value));
  Site inner;
  inner.holder = site.holder;
  inner.text = &value.text();
  inner.mapped = false;
  inner.at = at;
  inner.treeDepth = site.treeDepth;
  Outcome out = resolveString(value.text(), inner);
  if (out.ok() && out.unchanged) return Outcome::of(std::move(value));
  return out;
}

Outcome Resolver::callSource(const Source& source, const Variable& variable, const Site& site,
                             const Location& at) {
  std::string_view text = *site.text;
  SourceCall call{source,
                  variable.sources,
                  shown(text.substr(variable.begin, variable.end - variable.begin)),
                  std::string(text.substr(source.begin, source.end - source.begin)),
                  at,
                  site,
                  {},
                  {}};
  Handler handler = handlerOf(source.type);
  if (!handler) {
    error(at, "var-unknown-source",
          fmt::format("unknown variable source '{}' in '{}'; sls-compile reads self, opt, env, "
                      "sls, param, file, strToBool and aws:region",
                      source.type, call.variable));
    return Outcome::failed();
  }
  // Nothing to resolve first: the error says how to do without AWS.
  if (handler == resolveAwsService) return handler(*this, call);
  for (const auto& param : source.params) {
    if (!param) {
      call.params.emplace_back(std::nullopt);
      continue;
    }
    Outcome value = resolveArgument(*param, site);
    if (!value.ok()) return value;
    call.params.emplace_back(std::move(value.value));
  }
  if (source.address) {
    Outcome value = resolveArgument(*source.address, site);
    if (!value.ok()) return value;
    std::optional<std::string> address = textOf(value.value);
    if (!address) {
      error(at, "var-type",
            fmt::format("the address in variable '{}' gives {}, not text", call.variable,
                        value.value.describe()));
      return Outcome::failed();
    }
    call.address = std::move(*address);
  }
  return handler(*this, call);
}

Outcome Resolver::resolveArgument(const Argument& argument, const Site& site) {
  if (argument.literal) return Outcome::of(literalNode(*argument.literal, site.holder));
  if (const Variable* whole = wholeVariable(argument.pieces)) return resolveVariable(*whole, site);
  return interpolate(argument.pieces, site);
}

Outcome Resolver::lookup(const std::vector<std::string>& keys, const SourceCall& call) {
  Node* node = &work_;
  std::size_t generation = 0;
  std::size_t depth = 0;
  std::string walked;
  for (const auto& key : keys) {
    if (auto placed = generations_.find(node); placed != generations_.end())
      generation = placed->second;
    walked += walked.empty() ? key : "." + key;
    Node* next = const_cast<Node*>(childOf(*node, key));
    if (!next) return Outcome::missing(fmt::format("no value at '{}'", walked));
    node = next;
    ++depth;
    Status status = resolveProperty(*node, generation, depth);
    if (status == Status::Cycle) reportCycle(call, *node);
    if (status != Status::Ok) return Outcome::failed();
  }
  Status status = resolveTree(*node, generation, depth);
  if (status == Status::Cycle) reportCycle(call, *node);
  if (status != Status::Ok) return Outcome::failed();
  if (node->isNull())
    return Outcome::missing(keys.empty() ? "the service is empty"
                                         : fmt::format("'{}' is null", walked));
  return place(*node, call);
}

Outcome Resolver::resolveDetached(const Node& scalar, const SourceCall& call) {
  Site site;
  site.holder = scalar.location();
  site.text = &scalar.text();
  site.mapped = true;
  site.treeDepth = call.site.treeDepth;
  Outcome out = resolveString(scalar.text(), site);
  if (out.ok() && out.unchanged) return Outcome::of(scalar);
  return out;
}

Outcome Resolver::place(const Node& value, const SourceCall& call) {
  Node out;
  if (!copyInto(value, call.site.holder, call.site.treeDepth, call, out))
    return Outcome::failed();
  return Outcome::of(std::move(out));
}

Outcome Resolver::placeString(std::string text, const SourceCall& call) {
  if (!charge(sizeof(Node) + text.size(), call.at, call.variable)) return Outcome::failed();
  return Outcome::of(Node::scalar(std::move(text), true, call.site.holder));
}

Outcome Resolver::stage(const SourceCall& call) {
  if (!context_.stage.empty()) return placeString(context_.stage, call);
  Outcome written = lookup({"provider", "stage"}, call);
  if (written.kind == Outcome::Kind::Failed) return written;
  if (written.ok()) {
    std::optional<std::string> text = textOf(written.value);
    if (!text || isStageSet(*text)) return written;
  }
  return placeString("dev", call);
}

std::optional<std::string> Resolver::stageName(const SourceCall& call) {
  Outcome value = stage(call);
  if (!value.ok()) return std::nullopt;
  std::optional<std::string> text = textOf(value.value);
  if (!text) {
    error(call.at, "var-type",
          fmt::format("variable '{}' needs the stage, but provider.stage is {}", call.variable,
                      value.value.describe()));
  }
  return text;
}

bool Resolver::charge(std::size_t bytes, const Location& at, std::string_view what) {
  produced_ += bytes;
  if (produced_ <= context_.maxOutputBytes) return true;
  if (!stopped_) {
    stopped_ = true;
    error(at, "var-too-large",
          fmt::format("variables expand the service past {} bytes at '{}' (values that repeat "
                      "each other grow exponentially)",
                      context_.maxOutputBytes, shown(what)));
  }
  return false;
}

const std::string& Resolver::canonicalServiceDir() {
  if (serviceDir_) return *serviceDir_;
  std::filesystem::path folder =
      std::filesystem::path(context_.serviceDir.empty() ? "." : context_.serviceDir)
          .lexically_normal();
  std::optional<std::string> canonical =
      context_.reader ? context_.reader->canonical(folder.string()) : std::nullopt;
  serviceDir_ = canonical ? *canonical : folder.string();
  return *serviceDir_;
}

std::string Resolver::serviceFileName() const {
  return file_ ? file_->name() : std::string();
}

bool Resolver::copyInto(const Node& from, const Location& at, std::size_t depth,
                        const SourceCall& call, Node& out) {
  if (depth > kMaxTreeDepth) {
    reportTooDeep(call.at, fmt::format("variable '{}' places values more than {} levels deep",
                                       call.variable, kMaxTreeDepth));
    return false;
  }
  if (!charge(costOf(from, at.path.size()), call.at, call.variable)) return false;
  switch (from.kind()) {
    case NodeKind::Null: out = Node::null(at); return true;
    case NodeKind::Scalar: out = Node::scalar(from.text(), from.quoted(), at); return true;
    case NodeKind::Map: {
      out = Node::map(at);
      out.entries().reserve(from.entries().size());
      for (const auto& entry : from.entries()) {
        Location childAt = entry.value.location();
        childAt.path = childPath(at.path, entry.key);
        Location keyAt = entry.keyAt;
        keyAt.path = childAt.path;
        Node child;
        if (!copyInto(entry.value, childAt, depth + 1, call, child)) return false;
        out.entries().push_back(MapEntry{entry.key, std::move(keyAt), std::move(child)});
      }
      return true;
    }
    case NodeKind::Seq: {
      out = Node::seq(at);
      out.items().reserve(from.items().size());
      for (std::size_t i = 0; i < from.items().size(); ++i) {
        Location childAt = from.items()[i].location();
        childAt.path = itemPath(at.path, i);
        Node child;
        if (!copyInto(from.items()[i], childAt, depth + 1, call, child)) return false;
        out.push(std::move(child));
      }
      return true;
    }
  }
  return false;
}

void Resolver::reportCycle(const SourceCall& call, const Node& target) {
  const Node* repeated = cycleAt_;
  auto first = std::find(inProgress_.begin(), inProgress_.end(), repeated);
  std::vector<std::string> chain;
  for (auto it = first; it != inProgress_.end(); ++it) chain.push_back(pathName((*it)->path()));
  if (chain.size() == 1 && &target == repeated) {
    error(call.at, "var-cycle",
          fmt::format("variable '{}' refers to its own value at {}", call.variable, chain[0]));
    return;
  }
  chain.push_back(pathName(target.path()));
  std::string message =
      fmt::format("variable '{}' forms a cycle: {}", call.variable, joined(chain, " -> "));
  if (&target != repeated && repeated)
    message += fmt::format(", which contains {}", pathName(repeated->path()));
  error(call.at, "var-cycle", std::move(message));
}

void Resolver::reportTooDeep(const Location& at, const std::string& message) {
  if (stopped_) return;
  stopped_ = true;
  error(at, "var-too-deep", message);
}

// Where the variable at [begin, end) of the site's text stands: its own column and length when
// the text stands verbatim on the holder's line, else the whole holder.
Location Resolver::locate(const Site& site, std::size_t begin, std::size_t end) const {
  if (!site.mapped) return site.at;
  Location at = site.holder;
  if (!at.file || at.line < 1 || at.column < 1) return at;
  std::string_view line = at.file->line(at.line);
  std::string_view prefix = std::string_view(*site.text).substr(0, end);
  auto start = static_cast<std::size_t>(at.column - 1);
  for (std::size_t textStart : {start, start + 1}) {
    if (textStart > line.size()) break;
    bool opensQuote = start < line.size() && (line[start] == '"' || line[start] == '\'');
    if (textStart != start && !opensQuote) break;
    if (line.substr(textStart, prefix.size()) != prefix) continue;
    at.column = static_cast<int>(textStart + begin + 1);
    at.length = static_cast<int>(std::max<std::size_t>(end - begin, 1));
    return at;
  }
  return at;
}

}  // namespace vars

std::optional<Node> resolveVariables(Node root, const ResolveContext& context,
                                     Diagnostics& diagnostics) {
  return vars::Resolver(std::move(root), context, diagnostics).run();
}

}  // namespace slsc
