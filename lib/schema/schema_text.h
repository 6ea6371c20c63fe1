// The text of schemas/serverless.schema.json and of every event family's schemas/events/*.json,
// compiled into the library by CMake so that the installed compiler needs no file from the
// source tree.
#pragma once

#include <cstddef>

namespace slsc {

extern const char* const kServerlessSchema;
extern const char* const kEventSchemas[];
// Each family schema's file name, which is the event key it adds (schemas/events/<key>.json).
extern const char* const kEventSchemasNames[];
// The property names each family schema's `extend` adds to core definitions, each followed by a
// space ("websocket websocketsApiName ... "), read from the schema when the library is built.
extern const char* const kEventSchemasExtends[];
// The names of each family schema's own definitions, the same way.
extern const char* const kEventSchemasDefines[];
extern const std::size_t kEventSchemasCount;

}  // namespace slsc
