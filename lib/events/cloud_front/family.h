// cloudFront: Lambda@Edge, the Serverless Framework's `cloudFront` events. Not compiled: the
// family only refuses them, with what the user can do instead (cloudfront-not-compiled).
#pragma once

#include "events/registry.h"

namespace slsc::cloudfront {

EventFamily family();

}  // namespace slsc::cloudfront
