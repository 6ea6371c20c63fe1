// The Lambda runtime table (schemas/lambda-runtimes.json): each runtime's deprecation and the
// days from which Lambda refuses to create, then to update, functions with it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace slsc {

struct RuntimeLifecycle {
  std::string deprecated;     // YYYY-MM-DD
  std::string createBlocked;  // YYYY-MM-DD
  std::string updateBlocked;  // YYYY-MM-DD
  std::string successor;      // the runtime to move to; empty when it is the newest
};

// The runtime's lifecycle, or null for a runtime the table does not know (a newer one).
const RuntimeLifecycle* runtimeLifecycle(std::string_view runtime);
// Whether `runtime` is of a family Lambda runs (nodejs, python, java, dotnet, dotnetcore, ruby,
// go, provided), known to the table or newer than it.
bool isLambdaRuntimeFamily(std::string_view runtime);
// What the Serverless Framework v3.38 gives a service that names no runtime (nodejs14.x).
const std::string& referenceDefaultRuntime();
// The newest runtime that `runtime`'s successors lead to (itself when it has none).
std::string newestSuccessor(std::string runtime);
// What sls-compile gives one in its default mode: the reference default's newest successor.
std::string deployableDefaultRuntime();

}  // namespace slsc
