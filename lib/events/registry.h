// The event families, one row each, in the reference's plugin order: that order fixes the order
// of their resources in the template and of their statements in the role. A row says what the
// family does, in plain functions; a family leaves a step it has nothing for empty (nullptr).
// Nothing outside lib/events/ names a family: the model, the pipeline, check and diff go
// through the functions below.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compile/context.h"
#include "compile/json.h"
#include "compile/template.h"
#include "model/service.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc {

// One function's `events:` list, as the family builders read it.
struct FunctionEvents {
  const Node& events;     // the list as written (a sequence)
  std::size_t function;   // the function's index in Service::functions
  const Node& functions;  // every function, by name: events may name other functions
  const Node& written;    // this function's map as written
};

// An IAM statement a family adds to the functions' roles, and the functions whose events need
// it (indexes into Service::functions).
struct RoleStatement {
  Json statement;
  std::vector<std::size_t> functions;
};

// A service principal, beside Lambda, that must be able to assume the functions' roles (the
// EventBridge Scheduler assumes a function's role to invoke it), and the functions that need it.
struct RoleService {
  std::string service;
  std::vector<std::size_t> functions;
};

// What families add to shared resources before those are built.
struct Contributions {
  // Appended, in order, to IamRoleLambdaExecution's policy, and to the policy of the role of
  // its own of each function it names.
  std::vector<RoleStatement> roleStatements;
  // Added, in order, to the trust policy of IamRoleLambdaExecution and of the own roles of the
  // functions each names.
  std::vector<RoleService> roleServices;
};

struct EventFamily {
  std::string_view key;  // the event's key in a function's `events:` ("websocket")
  // model: the family's provider settings, into service.events.
  void (*buildSettings)(const Node& provider, Service& service, Diagnostics& diagnostics);
  // model: one function's events of this family, into service.events.
  void (*buildEvents)(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
  // model: the checks that span the service (duplicates, collisions, references).
  void (*check)(const Service& service, Diagnostics& diagnostics);
  // compile: what it adds to shared resources (role statements), before they are built.
  void (*contribute)(CompileContext& context, Contributions& out);
  // compile: its own resources, appended to the template.
  void (*compile)(CompileContext& context);
  // compile: variables it adds to a function's environment (after the function's own).
  void (*environment)(CompileContext& context, const Function& fn, JsonObject& variables);
  // check: its limits, on the finished template, counting its own resources only.
  void (*quotas)(const Service& service, const Template& out, Diagnostics& diagnostics);
  // diff: whether a resource id is one of this family's routes, which keep their route key
  // across a change of id (a moved route fails the deploy).
  bool (*isRoute)(std::string_view id);
};

std::span<const EventFamily> eventFamilies();

// Each step over every family, in registry order.
void buildEventSettings(const Node& provider, Service& service, Diagnostics& diagnostics);
void buildFunctionEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
void checkEvents(const Service& service, Diagnostics& diagnostics);
Contributions contributeEvents(CompileContext& context);
void compileEvents(CompileContext& context);
void addEventEnvironment(CompileContext& context, const Function& fn, JsonObject& variables);
void checkEventQuotas(const Service& service, const Template& out, Diagnostics& diagnostics);
// The family key of the route `id` belongs to, or empty when it is no family's route.
std::string_view routeFamily(std::string_view id);

}  // namespace slsc
