// Sources that need AWS: ssm:, cf:, s3: and aws:accountId are errors that say how to pass the
// value instead. aws:region needs no AWS (--region, else provider.region, else us-east-1).
#include <fmt/format.h>

#include "vars/engine.h"

namespace slsc::vars {

Outcome resolveAwsService(Resolver& resolver, const SourceCall& call) {
  const std::string& type = call.source.type;
  std::string what = type == "ssm"  ? "SSM Parameter Store"
                     : type == "cf" ? "a CloudFormation stack output"
                                    : "an S3 object";
  // Reached only when the sources before it gave nothing.
  bool first = &call.source == &call.variableSources.front();
  std::string message = fmt::format(
      "variable '{}' reads {}{}, which needs AWS; pass the value instead with --param "
      "NAME=VALUE and ${{param:NAME}}, with --opt NAME=VALUE and ${{opt:NAME}}, or from the "
      "environment with ${{env:NAME, {}}}",
      call.variable, what, first ? "" : " (the sources before it gave no value)", call.written);
  if (type == "cf")
    message += ", or read an exported output at deploy time with Fn::ImportValue";
  resolver.error(call.at, "var-aws-source", std::move(message));
  return Outcome::failed();
}

Outcome resolveAws(Resolver& resolver, const SourceCall& call) {
  std::string address = call.address.value_or("");
  if (address == "region") {
    const std::string& region = resolver.context().region;
    if (!region.empty()) return resolver.placeString(region, call);
    Outcome written = resolver.lookup({"provider", "region"}, call);
    if (written.kind == Outcome::Kind::Failed) return written;
    if (written.ok()) {
      std::optional<std::string> text = textOf(written.value);
      if (!text || !text->empty()) return written;
    }
    return resolver.placeString("us-east-1", call);
  }
  if (address == "accountId") {
    resolver.error(call.at, "var-aws-source",
                   fmt::format("variable '{}' needs AWS credentials; use the pseudo parameter "
                               "instead: !Ref AWS::AccountId, or ${{AWS::AccountId}} inside "
                               "Fn::Sub",
                               call.variable));
    return Outcome::failed();
  }
  resolver.error(call.at, "var-unknown-source",
                 fmt::format("variable '{}' asks aws: for '{}'; it knows region and accountId",
                             call.variable, address));
  return Outcome::failed();
}

}  // namespace slsc::vars
