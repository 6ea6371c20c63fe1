// The resolver's internals, shared by the engine (resolve.cpp) and one file per variable source.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "source/diagnostics.h"
#include "source/node.h"
#include "vars/parse.h"
#include "vars/resolve.h"

namespace slsc::vars {

// Where a string being resolved came from, for the positions of what it produces.
struct Site {
  Location holder;                    // the scalar holding the text; produced values stand here
  const std::string* text = nullptr;  // the text being resolved
  bool mapped = false;     // offsets in `text` can be columns on holder's line (when verbatim)
  Location at;             // when not mapped: where every variable of `text` is reported
  std::size_t treeDepth = 0;  // how deep the holder stands in the service tree
};

// What resolving a variable, or one of its sources, gave.
struct Outcome {
  enum class Kind { Value, Missing, Failed };
  Kind kind = Kind::Failed;
  Node value;
  bool unchanged = false;             // Value: the text held no variable and no escape
  std::string reason;                 // Missing: why, for the message
  std::string code = "var-unresolved";  // Missing: the code when no fallback is left

  static Outcome of(Node value) {
    Outcome o;
    o.kind = Kind::Value;
    o.value = std::move(value);
    return o;
  }
  static Outcome missing(std::string reason, std::string code = "var-unresolved") {
    Outcome o;
    o.kind = Kind::Missing;
    o.reason = std::move(reason);
    o.code = std::move(code);
    return o;
  }
  static Outcome failed() { return Outcome{}; }
  bool ok() const { return kind == Kind::Value; }
};

// One use of a variable source, its parameters and address already resolved.
struct SourceCall {
  const Source& source;
  const std::vector<Source>& variableSources;  // the variable's sources, this one among them
  std::string variable;  // the whole variable as written, for messages
  std::string written;   // this source as written (`ssm:/a/b`), for messages
  Location at;           // where the variable stands
  const Site& site;
  std::vector<std::optional<Node>> params;
  std::optional<std::string> address;
};

class Resolver {
 public:
  Resolver(Node root, const ResolveContext& context, Diagnostics& diagnostics);
  std::optional<Node> run();

  const ResolveContext& context() const { return context_; }
  void error(const Location& at, std::string code, std::string message);

  // The fully resolved value at `keys` in the service (a missing or null value is Missing),
  // copied to stand where the call's variable stands.
  Outcome lookup(const std::vector<std::string>& keys, const SourceCall& call);
  // Resolves the variables of a string scalar that is not part of the service tree (inside an
  // included file, on the way to an address).
  Outcome resolveDetached(const Node& scalar, const SourceCall& call);
  // A copy of `value` standing where the call's variable stands, counted against the limit.
  Outcome place(const Node& value, const SourceCall& call);
  // A string value standing where the call's variable stands, counted against the limit.
  Outcome placeString(std::string text, const SourceCall& call);
  // --stage, else provider.stage as resolved, else "dev"; nothing after reporting an error.
  Outcome stage(const SourceCall& call);
  std::optional<std::string> stageName(const SourceCall& call);
  // Counts `bytes` of produced values; false (reported once, naming `what`) past
  // ResolveContext.maxOutputBytes.
  bool charge(std::size_t bytes, const Location& at, std::string_view what);
  Diagnostics& diagnostics() { return diagnostics_; }

  // Files read by ${file()}, by canonical path; nothing when one could not be loaded.
  std::map<std::string, std::optional<Node>>& files() { return files_; }
  // The folder of the service, with links resolved (for ${file()} confinement).
  const std::string& canonicalServiceDir();
  // The name the service file was loaded as ("serverless.yml", "svc/serverless.yml").
  std::string serviceFileName() const;

 private:
  enum class State { InProgress, Done, Failed };
  enum class Status { Ok, Failed, Cycle };

  Status resolveTree(Node& node, std::size_t generation, std::size_t depth);
  Status resolveProperty(Node& slot, std::size_t generation, std::size_t depth);
  Outcome resolveString(const std::string& text, const Site& site);
  Outcome interpolate(const Pieces& pieces, const Site& site);
  Outcome resolveVariable(const Variable& variable, const Site& site);
  Outcome resolveArgument(const Argument& argument, const Site& site);
  Outcome callSource(const Source& source, const Variable& variable, const Site& site,
                     const Location& at);
  Outcome settle(Node value, const Site& site, const Location& at);
  bool copyInto(const Node& from, const Location& at, std::size_t depth, const SourceCall& call,
                Node& out);
  void reportCycle(const SourceCall& call, const Node& target);
  void reportTooDeep(const Location& at, const std::string& what);
  Location locate(const Site& site, std::size_t begin, std::size_t end) const;

  const SourceFile* file_;  // the service file
  const ResolveContext& context_;
  Diagnostics& diagnostics_;
  Node work_;  // the tree being resolved in place; its nodes never move
  std::unordered_map<const Node*, State> states_;
  std::unordered_map<const Node*, std::size_t> generations_;  // of values placed there
  std::unordered_set<const Node*> resolvedTrees_;  // maps and lists with no variable left below
  std::vector<const Node*> inProgress_;
  const Node* cycleAt_ = nullptr;
  std::size_t depth_ = 0;
  std::size_t produced_ = 0;
  bool stopped_ = false;  // a limit was hit: everything after fails quietly
  std::map<std::string, std::optional<Node>> files_;
  std::optional<std::string> serviceDir_;
};

// The variable sources; each returns a Value, a Missing (the next fallback is tried) or a
// Failed after reporting an error.
Outcome resolveSelf(Resolver& resolver, const SourceCall& call);
Outcome resolveOpt(Resolver& resolver, const SourceCall& call);
Outcome resolveEnv(Resolver& resolver, const SourceCall& call);
Outcome resolveSls(Resolver& resolver, const SourceCall& call);
Outcome resolveParam(Resolver& resolver, const SourceCall& call);
Outcome resolveFile(Resolver& resolver, const SourceCall& call);
Outcome resolveStrToBool(Resolver& resolver, const SourceCall& call);
Outcome resolveAws(Resolver& resolver, const SourceCall& call);
// ssm:, cf:, s3: — always an error that says how to pass the value instead.
Outcome resolveAwsService(Resolver& resolver, const SourceCall& call);

// Text as JavaScript would write the value into a string; nothing for null, maps and lists.
std::optional<std::string> textOf(const Node& value);
// The value under `key` of a map, or at index `key` of a list.
const Node* childOf(const Node& node, const std::string& key);
// "a.b.c" → {"a", "b", "c"}; "" → {}.
std::vector<std::string> splitAddress(const std::string& address);
// The variable's text for messages, shortened when long.
std::string shown(std::string_view text);

}  // namespace slsc::vars
