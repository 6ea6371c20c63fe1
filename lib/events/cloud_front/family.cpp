// cloudFront: the family's row. Lambda@Edge needs the function in a us-east-1 stack, published
// versions, and the CloudFront distribution the reference builds around them (origins, cache
// behaviors, the edge role): none of which sls-compile builds yet, so every event is an error
// that says so, rather than a template that silently lacks the distribution.
#include "events/cloud_front/family.h"

#include "events/event_source/permission.h"

namespace slsc::cloudfront {
namespace {

void buildEvents(const FunctionEvents& in, Service&, Diagnostics& diagnostics) {
  eventsource::forEachEvent(in, "cloudFront", [&](const Node&, const Location& at) {
    diagnostics.error(at, "cloudfront-not-compiled",
                      "cloudFront events (Lambda@Edge) are not compiled: they need a us-east-1 "
                      "stack and a CloudFront distribution, which sls-compile does not build; "
                      "package this service with the Serverless Framework, or remove the event "
                      "and declare the AWS::CloudFront::Distribution under 'resources' (its "
                      "LambdaFunctionAssociations naming a version of the function)");
  });
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "cloudFront",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = nullptr,
                     .contribute = nullptr,
                     .compile = nullptr,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::cloudfront
