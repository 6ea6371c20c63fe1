// What every compile unit reads: the service, the template being built, and the facts about
// the service that several units need, computed once.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compile/template.h"
#include "model/service.h"
#include "package/artifacts.h"

namespace slsc {

class CompileContext {
 public:
  CompileContext(const Service& service, const Artifacts& artifacts, Template& out);

  const Service& service;
  const Provider& provider;
  Template& out;

  JsonFactory& json() { return out.json(); }
  bool compat() const { return service.compat == Compat::ServerlessV3; }
  // Whether IamRoleLambdaExecution is generated (no provider role, some function without one).
  bool generatesLambdaRole() const { return generatesLambdaRole_; }
  // The function's ARN, or its alias's when provisioned concurrency or SnapStart adds one.
  Json lambdaTarget(const Function& fn);
  // The logical id of the function's alias, when it has one.
  std::optional<std::string> aliasId(const Function& fn) const;
  // The alias's name (provisioned, snapstart), when it has one.
  std::optional<std::string> aliasName(const Function& fn) const;
  const Function* function(const std::string& key) const;
  // Whether the function gets a Lambda version (versioning, provisioned concurrency, SnapStart).
  bool isVersioned(const Function& fn) const;
  // Whether the reference finishes compiling `a` after `b`, which decides whether a destination
  // sees its target's alias: it compiles functions concurrently, and a zip function without a
  // version never waits, an image function waits for its image, a versioned zip function for
  // its file's digest (each group in the order written).
  bool finishesAfter(const Function& a, const Function& b) const;
  const FunctionCode& code(const Function& fn) const { return artifacts_.code(fn); }
  // Adds an output the compiler generates, with its Export name sls-<service>-<stage>-<id>.
  void addGeneratedOutput(const std::string& id, Json output, const Location& origin);
  // The location generated, service-wide resources point at.
  Location serviceLocation() const { return service.at; }

 private:
  void rankFinishes();

  const Artifacts& artifacts_;
  bool generatesLambdaRole_ = false;
  std::map<std::string, const Function*, std::less<>> functions_;
  std::vector<std::size_t> finishRank_;  // by the function's index in service.functions
};

// Runs one compile unit; what it built and did not add to the template is released after it.
template <class Unit, class... Args>
void runUnit(CompileContext& context, Unit unit, Args&&... args) {
  unit(context, std::forward<Args>(args)...);
  context.out.releaseScratch();
}

}  // namespace slsc
