// s3: the Serverless Framework's `s3` events: buckets with their notifications, their
// permissions, and for existing buckets the custom resource that configures them.
#pragma once

#include "events/registry.h"

namespace slsc::s3 {

EventFamily family();

// model (build.cpp)
void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics);
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): what the reference refuses, and what S3 or CloudFormation refuses later.
void checkModel(const Service& service, Diagnostics& diagnostics);
// compile (buckets.cpp): the created buckets, then their permissions.
void compileBuckets(CompileContext& context);
// compile (existing.cpp): the existing buckets' custom resources, role and handler.
void compileExistingBuckets(CompileContext& context);

}  // namespace slsc::s3
