// The text of schemas/serverless.schema.json, compiled into the library by CMake so that the
// installed compiler needs no file from the source tree.
#pragma once

namespace slsc {

extern const char* const kServerlessSchema;

}  // namespace slsc
