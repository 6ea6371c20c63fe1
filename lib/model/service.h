// model: the service as typed structs. Free-form CloudFormation values (environment values,
// IAM statements, user resources) stay Nodes: they are emitted as written, with positions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/models.h"
#include "model/named.h"
#include "model/node_ref.h"
#include "slsc/compile.h"
#include "source/node.h"

namespace slsc {

// runtimeManagement: `auto` (the default), `onFunctionUpdate`, or `manual` with a runtime ARN.
struct RuntimeManagement {
  std::string mode = "auto";
  NodeRef arn;
};

// A whole number, or a CloudFormation function that gives one at deploy time (Fn::If on a
// condition): `value` counts only when there is no function.
struct WholeNumber {
  std::int64_t value = 0;
  NodeRef function;
};

// One glob of `package.patterns`, `include` or `exclude`, as written ("!x" negates), where it
// was written.
struct PackagePattern {
  std::string glob;
  Location at;
};

// What a `package:` map selects, the service's or a function's.
struct PackageSettings {
  std::vector<PackagePattern> include;  // `include`, then `patterns`, in order
  std::vector<PackagePattern> exclude;  // `exclude`
};

// A role of the function's own: the Serverless Framework v4's functions.X.iam.role (every
// function under provider.iam.role.mode: perFunction), or the serverless-iam-roles-per-function
// plugin's iamRoleStatements. It holds what this function needs and nothing else.
struct OwnRole {
  Location at;                              // the setting that asked for it
  std::vector<Node> statements;             // the function's own, coerced as the provider's
  NodeRef managedPolicies;
  NodeRef permissionsBoundary;  // the function's, else the plugin's global one
  NodeRef name;                 // iam.role.name, else iamRoleStatementsName
  std::optional<std::string> path;
  NodeRef tags;
  bool inheritStatements = false;           // the provider's statements too
};

struct Function {
  std::string key;  // the name under `functions:`
  Location at;
  std::string handler;
  NodeRef image;
  std::string name;  // FunctionName
  std::optional<Location> nameAt;  // its `name:`, when it has one
  std::string runtime;
  std::optional<Location> runtimeAt;  // the `runtime:` that chose it, the function's or the provider's
  WholeNumber memorySize{1024, std::nullopt};
  WholeNumber timeout{6, std::nullopt};
  std::optional<std::string> description;
  std::vector<MapEntry> environment;  // provider's merged with the function's
  std::vector<MapEntry> tags;         // provider's merged with the function's
  NodeRef role;           // function-level role
  std::optional<OwnRole> ownRole;     // a role of its own, built for it (per-function roles)
  std::optional<std::string> architecture;
  NodeRef layers;
  NodeRef vpc;  // as written (null included: it still asks for the VPC policy)
  // The VpcConfig it gets: both lists, from the function or else the provider, or neither.
  NodeRef securityGroupIds;
  NodeRef subnetIds;
  NodeRef reservedConcurrency;
  NodeRef provisionedConcurrency;
  bool snapStart = false;
  std::optional<std::int64_t> logRetentionInDays;
  NodeRef logDataProtectionPolicy;  // the function's, else the provider's
  bool disableLogs = false;
  std::optional<bool> versionFunction;
  std::string artifact;  // path of the zip, relative to the service folder; empty when none
  std::optional<Location> artifactAt;  // the `artifact:` that named it
  PackageSettings package;             // the function's own `package:` selection
  bool individually = false;           // its own zip: package.individually, its or the service's
  NodeRef condition;
  NodeRef dependsOn;
  NodeRef ephemeralStorageSize;
  NodeRef onError;           // a dead-letter SNS topic: ARN or CloudFormation function
  NodeRef kmsKeyArn;         // the function's, else the provider's
  std::optional<std::string> tracing;    // Active or PassThrough: the function's, else provider.tracing.lambda
  NodeRef fileSystemConfig;  // {arn, localMountPath}
  RuntimeManagement runtimeManagement;   // the function's over the provider's
  NodeRef url;               // true, or {authorizer, cors, invokeMode}
  NodeRef destinations;      // {onSuccess, onFailure}
  NodeRef maximumEventAge;
  NodeRef maximumRetryAttempts;
};

struct Provider {
  std::string stage;
  std::string region;
  Location at;                         // the `provider:` key, or the service's start
  std::string runtime;                 // provider.runtime, else the mode's default (runtimes.h)
  std::optional<Location> runtimeAt;   // provider.runtime, when it is written
  std::optional<WholeNumber> memorySize;
  std::optional<WholeNumber> timeout;
  std::optional<std::int64_t> logRetentionInDays;
  std::vector<MapEntry> environment;
  std::vector<MapEntry> tags;
  std::optional<std::string> architecture;
  NodeRef layers;
  NodeRef vpc;
  NodeRef kmsKeyArn;
  std::optional<std::string> tracingLambda;  // tracing.lambda: Active or PassThrough
  RuntimeManagement runtimeManagement;
  NodeRef logDataProtectionPolicy;
  NodeRef role;                 // provider.role or provider.iam.role as a reference
  std::vector<Node> iamStatements;          // iam.role.statements, else iamRoleStatements
  NodeRef managedPolicies;      // iam.role.managedPolicies, else iamManagedPolicies
  NodeRef roleName;             // iam.role.name
  std::optional<std::string> rolePath;      // iam.role.path
  NodeRef permissionsBoundary;
  NodeRef roleTags;
  std::optional<Location> rolePerFunctionAt;  // iam.role.mode: perFunction (v4)
  // custom.serverless-iam-roles-per-function: defaultInherit, iamGlobalPermissionsBoundary.
  std::optional<bool> inheritStatementsByDefault;
  NodeRef globalPermissionsBoundary;
  NodeRef deploymentBucket;     // an existing bucket's name
  NodeRef deploymentBucketSettings;  // tags, blockPublicAccess, versioning, ...
  std::string deploymentPrefix = "serverless";
  bool versionFunctions = true;
  NodeRef deploymentRole;       // provider.iam.deploymentRole, else provider.cfnRole
  // How `sls-compile package`'s deploy plan deploys the stack.
  std::string stackName;                    // provider.stackName (stackName() gives the default)
  std::vector<MapEntry> stackTags;          // provider.stackTags
  NodeRef stackParameters;      // [{ParameterKey, ParameterValue}, …]
  NodeRef notificationArns;
  NodeRef stackPolicy;          // a list of statements
  NodeRef rollbackConfiguration;
  bool disableRollback = false;
  std::string deploymentMethod = "changesets";  // or direct
};

struct Service {
  std::string name;
  Location nameAt;  // the value of `service:` (or of its `name:`)
  Location at;
  std::string file;        // the service file as named by the caller
  std::string serviceDir;  // its folder: artifacts are read relative to it
  Provider provider;
  std::vector<Function> functions;
  // `functions:` as a map: the tree's, or the merge of its list. The functions' settings refer
  // into it.
  NodeRef functionsWritten;
  NodeRef resources;  // `resources:` as written (a map, or a list of fragments)
  Compat compat = Compat::None;
  std::string artifact;    // package.artifact for the whole service
  std::optional<Location> artifactAt;
  bool individually = false;
  PackageSettings package;             // the service's `package:` selection
  bool excludeDevDependencies = true;  // package.excludeDevDependencies
  bool useDotenv = false;              // .env files stay out of the zips
  std::string pluginsLocalPath;        // plugins.localPath, kept out of the zips
  bool pseudoParameters = false;  // `#{…}` strings become Fn::Sub (pseudo_parameters.cpp)
  EventModels events;      // what each event family built
};

// Whether IamRoleLambdaExecution is generated: no provider role, and some function that
// neither names a role nor has one built for it.
bool generatesLambdaRole(const Service& service);

// The stack's name: provider.stackName, else <service>-<stage>.
std::string stackName(const Service& service);

// IAM's limit on a role's name, and the length of the name a function's own role is given:
// <service>-<stage>-<function>-<region>, with "-lambdaRole" when `withSuffix`.
inline constexpr std::size_t kMaxRoleNameLength = 64;
std::size_t ownRoleNameLength(const Service& service, const Function& fn, bool withSuffix);

// The IAM action a destination given as a string needs: lambda:InvokeFunction for a function
// of the service or a Lambda ARN, else by the ARN's service; empty when the ARN is none of those.
std::string destinationAction(std::string_view target);

}  // namespace slsc
