// model: one function under `functions:`.
#include <fmt/format.h>

#include <regex>

#include "model/builders.h"
#include "model/fields.h"

namespace slsc {
namespace {

// Settings that change the function's runtime behaviour and, some of them, its role's policy.
void readRuntimeSettings(const Fields& fields, const Provider& provider, Function& fn) {
  fn.ephemeralStorageSize = fields.wholeNumberOrFunction("ephemeralStorageSize");
  fn.onError = fields.ref("onError");
  fn.kmsKeyArn = fields.ref("kmsKeyArn");
  if (!fn.kmsKeyArn) fn.kmsKeyArn = provider.kmsKeyArn;
  fn.tracing = tracingMode(fields.node("tracing"));
  if (!fn.tracing) fn.tracing = provider.tracingLambda;
  fn.fileSystemConfig = fields.ref("fileSystemConfig");
  fn.runtimeManagement = provider.runtimeManagement;
  applyRuntimeManagement(fields.node("runtimeManagement"), fn.runtimeManagement);
  fn.url = fields.ref("url");
  if (fn.url && !isSet(&*fn.url)) fn.url.reset();
  fn.destinations = fields.ref("destinations");
  fn.maximumEventAge = fields.wholeNumberOrFunction("maximumEventAge");
  fn.maximumRetryAttempts = fields.wholeNumberOrFunction("maximumRetryAttempts");
}

void readSettings(const Fields& fields, const Provider& provider, Function& fn) {
  fn.runtime = provider.runtime;
  fn.runtimeAt = provider.runtimeAt;
  if (auto runtime = fields.text("runtime")) {
    fn.runtime = *runtime;
    fn.runtimeAt = valueLocation(*fields.node("runtime"));
  }
  fn.memorySize = fields.wholeNumber("memorySize").value_or(provider.memorySize.value_or(fn.memorySize));
  fn.timeout = fields.wholeNumber("timeout").value_or(provider.timeout.value_or(fn.timeout));
  fn.description = fields.text("description");
  fn.environment = provider.environment;
  assignEntries(fn.environment, fields.stringEntries("environment"));
  fn.tags = provider.tags;
  assignEntries(fn.tags, fields.stringEntries("tags"));
  fn.role = fields.ref("role");
  fn.architecture = fields.text("architecture");
  if (!fn.architecture) fn.architecture = provider.architecture;
  fn.layers = fields.ref("layers");
  if (!fn.layers) fn.layers = provider.layers;
  fn.vpc = fields.ref("vpc");
  fn.reservedConcurrency = fields.wholeNumberOrFunction("reservedConcurrency");
  fn.provisionedConcurrency = fields.wholeNumberOrFunction("provisionedConcurrency");
  // 0 is no provisioned concurrency to the reference (it tests the value's truth).
  if (fn.provisionedConcurrency && !isSet(&*fn.provisionedConcurrency)) fn.provisionedConcurrency.reset();
  fn.snapStart = fields.boolean("snapStart").value_or(false);
  fn.logRetentionInDays = fields.integer("logRetentionInDays");
  if (!fn.logRetentionInDays) fn.logRetentionInDays = provider.logRetentionInDays;
  fn.logDataProtectionPolicy = fields.ref("logDataProtectionPolicy");
  if (!fn.logDataProtectionPolicy) fn.logDataProtectionPolicy = provider.logDataProtectionPolicy;
  fn.disableLogs = fields.boolean("disableLogs").value_or(false);
  fn.versionFunction = fields.boolean("versionFunction");
  fn.condition = fields.ref("condition");
  fn.dependsOn = fields.ref("dependsOn");
  readRuntimeSettings(fields, provider, fn);
}

void readArtifact(const Node& settings, const Service& service, Function& fn,
                  Diagnostics& diagnostics) {
  std::optional<bool> own;  // the function's own package.individually
  if (const Node* package = settings.get("package"); package && package->isMap()) {
    Fields fields(*package, diagnostics);
    fn.artifact = fields.text("artifact").value_or("");
    if (const Node* artifact = fields.node("artifact")) fn.artifactAt = valueLocation(*artifact);
    own = fields.boolean("individually");
    fn.package = readPackageSettings(*package);
  }
  // Either asks for its own zip, as in the reference (a function's `false` does not undo the
  // service's `true`).
  fn.individually = own.value_or(false) || service.individually;
  // The service's artifact serves every function that does not ask for its own zip (the
  // service's `individually` does not override it, as in the reference).
  if (fn.artifact.empty() && !own.value_or(false)) {
    fn.artifact = service.artifact;
    fn.artifactAt = service.artifactAt;
  }
}

// provider.vpc unless the function sets its own, or unsets it with null / false; a function's
// vpc missing one of the lists takes it from the provider's.
void readVpc(const Node& settings, const Provider& provider, Function& fn) {
  if (const MapEntry* vpc = settings.entry("vpc"); vpc && vpc->value.isNull()) fn.vpc = vpc->value;
  const Node* own = fn.vpc ? &*fn.vpc : nullptr;
  if (own && !own->isMap()) return;
  const Node* fallback = provider.vpc && provider.vpc->isMap() ? &*provider.vpc : nullptr;
  auto pick = [&](const char* key) -> const Node* {
    const Node* value = own ? own->get(key) : nullptr;
    if ((!value || value->isNull()) && fallback) value = fallback->get(key);
    return value && !value->isNull() ? value : nullptr;
  };
  const Node* groups = pick("securityGroupIds");
  const Node* subnets = pick("subnetIds");
  if (!groups || !subnets) return;
  fn.securityGroupIds = *groups;
  fn.subnetIds = *subnets;
}

void checkFileSystem(const Node& settings, const Function& fn, Diagnostics& diagnostics) {
  const MapEntry* config = settings.entry("fileSystemConfig");
  if (!fn.fileSystemConfig || fn.subnetIds || !config) return;
  diagnostics.error(keyLocation(*config), "filesystem-without-vpc",
                    fmt::format("function '{}' mounts a file system but has no VPC; give "
                                "'vpc' (securityGroupIds and subnetIds) on the function or the "
                                "provider",
                                fn.key));
}

// An image is an ECR URI (a string, or image.uri); a name refers to provider.ecr.images, which
// the framework builds with Docker and pushes: not something a compiler does.
void checkImage(const Node& settings, const Function& fn, Diagnostics& diagnostics) {
  if (!fn.image) return;
  const MapEntry* image = settings.entry("image");
  if (!fn.handler.empty()) {
    diagnostics.error(image ? keyLocation(*image) : fn.at, "function-handler-and-image",
                      fmt::format("function '{}' has both a 'handler' and an 'image'; give one",
                                  fn.key));
    return;
  }
  static const std::regex ecrUri(
      "^\\d+\\.dkr\\.ecr\\.[a-z0-9-]+..amazonaws.com\\/([^@]+)|([^@:]+@sha256:[a-f0-9]{64})$");
  const Node* uri = fn.image->isMap() ? fn.image->get("uri") : &*fn.image;
  const Node* name = fn.image->isMap() ? fn.image->get("name") : nullptr;
  if (uri && uri->isScalar() && std::regex_search(uri->text(), ecrUri) && !name) return;
  std::string named = name && name->isScalar() ? name->text() : uri && uri->isScalar() ? uri->text() : "";
  diagnostics.error(name ? name->location() : fn.image->location(), "image-name-unsupported",
                    fmt::format("image '{}' of function '{}' is no ECR image URI: an image named "
                                "in provider.ecr.images is built with Docker by the framework, "
                                "which sls-compile does not do; give the pushed image's URI "
                                "(<account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:…)",
                                named, fn.key));
}

// destinations.onSuccess / onFailure: a function of this service, or an ARN the reference can
// tell the kind of (function, SQS queue, SNS topic, event bus), or {arn, type}.
void checkDestinations(const Function& fn, const Node& functions, Diagnostics& diagnostics) {
  if (!fn.destinations || !fn.destinations->isMap()) return;
  for (const char* key : {"onSuccess", "onFailure"}) {
    const Node* target = fn.destinations->get(key);
    if (target && target->isMap() && (!target->get("arn") || !target->get("type"))) {
      diagnostics.error(target->location(), "destination-unsupported",
                        fmt::format("destination '{}' of function '{}' is a map without 'arn' and "
                                    "'type'; write it as {{arn: …, type: function|sqs|sns|eventBus}}",
                                    key, fn.key));
      continue;
    }
    if (!target || !target->isScalar()) continue;
    const std::string& text = target->text();
    if (text.rfind("arn:", 0) != 0) {
      if (!functions.get(text))
        diagnostics.error(target->location(), "destination-unknown-function",
                          fmt::format("destination '{}' of function '{}' names no function of "
                                      "this service and is no ARN",
                                      text, fn.key));
      continue;
    }
    if (destinationAction(text).empty())
      diagnostics.error(target->location(), "destination-unsupported",
                        fmt::format("destination '{}' of function '{}' is no Lambda function, "
                                    "SQS queue, SNS topic or event bus ARN; give {{arn, type}}",
                                    text, fn.key));
  }
}

}  // namespace

std::string destinationAction(std::string_view target) {
  if (target.rfind("arn:", 0) != 0 || target.find(":function:") != std::string_view::npos)
    return "lambda:InvokeFunction";
  if (target.find(":sqs:") != std::string_view::npos) return "sqs:SendMessage";
  if (target.find(":sns:") != std::string_view::npos) return "sns:Publish";
  if (target.find(":event-bus/") != std::string_view::npos) return "events:PutEvents";
  return "";
}

std::optional<Function> buildFunction(const MapEntry& entry, const Service& service,
                                      const Node& functions, Diagnostics& diagnostics) {
  const Node& settings = entry.value;
  Location keyAt = keyLocation(entry);
  if (!settings.isMap()) {
    diagnostics.error(settings.isNull() ? keyAt : settings.location(), "function-not-a-map",
                      fmt::format("function '{}' must be a map of settings with at least a "
                                  "'handler'",
                                  entry.key));
    return std::nullopt;
  }
  Fields fields(settings, diagnostics);
  Function fn;
  fn.key = entry.key;
  fn.at = keyAt;
  fn.handler = fields.text("handler").value_or("");
  fn.image = fields.ref("image");
  if (fn.handler.empty() && !fn.image) {
    diagnostics.error(keyAt, "function-no-handler",
                      fmt::format("function '{}' has neither a 'handler' nor an 'image'",
                                  entry.key));
  }
  checkImage(settings, fn, diagnostics);
  fn.name = fields.text("name").value_or(
      fmt::format("{}-{}-{}", service.name, service.provider.stage, entry.key));
  if (const Node* name = fields.node("name"); name && name->isScalar()) fn.nameAt = valueLocation(*name);
  readSettings(fields, service.provider, fn);
  readVpc(settings, service.provider, fn);
  readOwnRole(settings, service, fn, diagnostics);
  checkFileSystem(settings, fn, diagnostics);
  checkDestinations(fn, functions, diagnostics);
  readArtifact(settings, service, fn, diagnostics);
  // Each event family reads the list itself (build.cpp).
  if (const Node* events = fields.node("events"); events && !events->isSeq()) {
    diagnostics.error(events->location(), "type-mismatch",
                      fmt::format("'events' of function '{}' must be a list", entry.key));
  }
  return fn;
}

}  // namespace slsc
