// package: the rest of `sls-compile package`'s folder, beside the zips the Packager built:
//
//   cloudformation-template-update-stack.json  the template, as sls-compile writes it
//   cloudformation-template-create-stack.json  the deployment bucket, its policy and its output
//                                              (what the reference creates the stack with)
//   deploy-plan.json                           the stack's settings and every upload
//   s3/                                        the bucket's keys as folders: one `aws s3 sync`
//   deploy.sh                                  creates, uploads and deploys with the plan
#pragma once

#include <string>

#include "package/packager.h"

namespace slsc {

inline constexpr const char* kUpdateTemplate = "cloudformation-template-update-stack.json";
inline constexpr const char* kCreateTemplate = "cloudformation-template-create-stack.json";
inline constexpr const char* kDeployPlan = "deploy-plan.json";
inline constexpr const char* kDeployScript = "deploy.sh";
inline constexpr const char* kMirror = "s3";
// deploy-plan.json's "generator": what marks a folder as a package sls-compile may replace.
inline constexpr const char* kPlanGenerator = "sls-compile package";

// Writes the files above into `staging`; false, with `error`, when one cannot be written.
bool writePackageFolder(const std::string& staging, const std::string& templateJson,
                        const Packager& packager, std::string& error);

}  // namespace slsc
