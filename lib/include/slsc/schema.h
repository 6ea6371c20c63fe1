// The schema of serverless.yml for editors (`sls-compile schema`): the compiler's own schema as
// a file is written, before variables are resolved.
#pragma once

#include <string>

namespace slsc {

// JSON Schema (draft-07) text, generated from the schema the compiler validates with: the same
// structure, each value also accepting a `${…}` variable and a CloudFormation function, a
// description on every key. Maps whose unknown keys the compiler only warns about accept them;
// those it refuses (an event's type, `resources`, IAM statements, functions) still refuse them.
std::string editorSchema();

}  // namespace slsc
