// What every compile unit reads: the service, the template being built, and the facts about
// the service that several units need, computed once.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compile/template.h"
#include "model/service.h"
#include "slsc/file_reader.h"

namespace slsc {

// One function's code: where its zip is uploaded, and its bytes when the file exists.
struct FunctionCode {
  std::string s3Key;
  std::optional<std::string> sha256Base64;  // of the artifact's bytes
  std::string versionSalt;                  // the artifact's bytes' digest, or empty
};

class CompileContext {
 public:
  CompileContext(const Service& service, Template& out, const FileReader& reader);

  const Service& service;
  const Provider& provider;
  Template& out;
  const FileReader& reader;

  JsonFactory& json() { return out.json(); }
  bool compat() const { return service.compat == Compat::ServerlessV3; }
  bool hasWebsockets() const { return hasWebsockets_; }
  // Whether IamRoleLambdaExecution is generated (no provider role, some function without one).
  bool generatesLambdaRole() const { return generatesLambdaRole_; }
  bool usesExistingWebsocketApi() const { return provider.websocketApiId.has_value(); }

  // The websocket API's id: a Ref to WebsocketsApi, or provider.apiGateway.websocketApiId.
  Json websocketApiId();
  // arn:…:execute-api:<region>:<account>:<api id><suffix>, the ARN of this API's resources.
  Json executeApiArn(std::string_view suffix);
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
  const FunctionCode& code(const Function& fn) const { return code_.at(fn.key); }
  // Adds an output the compiler generates, with its Export name sls-<service>-<stage>-<id>.
  void addGeneratedOutput(const std::string& id, Json output, const Location& origin);
  // The location generated, service-wide resources point at.
  Location serviceLocation() const { return service.at; }

 private:
  void readCode();
  void rankFinishes();

  bool hasWebsockets_ = false;
  bool generatesLambdaRole_ = false;
  std::map<std::string, FunctionCode> code_;
  std::map<std::string, const Function*, std::less<>> functions_;
  std::vector<std::size_t> finishRank_;  // by the function's index in service.functions
};

}  // namespace slsc
