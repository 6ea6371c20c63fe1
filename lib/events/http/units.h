// The http family's compile units, one file each; family.cpp runs them in the reference's order.
#pragma once

#include <string>
#include <vector>

#include "compile/context.h"
#include "events/registry.h"

namespace slsc::http {

std::string restApiName(const Service& service);
void compileRestApi(CompileContext& context);            // api.cpp
void compileResources(CompileContext& context);          // api.cpp
void compileCors(CompileContext& context, std::vector<std::string>& methodIds);     // cors.cpp
void compileMethods(CompileContext& context, std::vector<std::string>& methodIds);  // methods.cpp
void compileRequestValidators(CompileContext& context);  // validators.cpp
void compileAuthorizers(CompileContext& context);        // authorizers.cpp
void compilePermissions(CompileContext& context);        // authorizers.cpp
// deployment.cpp: the deployment (DependsOn every method) and the ServiceEndpoint output;
// its id digests the API's parts by default (the reference: the compile's instance id).
std::string deploymentId(CompileContext& context);
void compileDeployment(CompileContext& context, const std::string& id,
                       const std::vector<std::string>& methodIds);
// keys.cpp: API keys, usage plans and usage plan keys, after the deployment they wait for.
void compileKeys(CompileContext& context, const std::string& deployment);
void compileStage(CompileContext& context);              // stage.cpp

}  // namespace slsc::http
