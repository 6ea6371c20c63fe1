// valijson and its RapidJSON adapter, included here only: errors are thrown as exceptions, and
// the headers' own warnings stay out of our builds.
#pragma once

// RapidJSON comes first and keeps the RAPIDJSON_ASSERT that every other file of the library
// sees. The adapter redefines it when VALIJSON_USE_EXCEPTIONS is set (or warns that it cannot),
// so the macro is lifted around that one header; every other valijson header sees it.
#include <rapidjson/document.h>

#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <valijson/exceptions.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#pragma push_macro("VALIJSON_USE_EXCEPTIONS")
#undef VALIJSON_USE_EXCEPTIONS
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/adapters/std_string_adapter.hpp>
#pragma pop_macro("VALIJSON_USE_EXCEPTIONS")
#pragma GCC diagnostic pop
