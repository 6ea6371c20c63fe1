// Everything a program linking slsc needs.
#pragma once

#include "slsc/compile.h"
#include "slsc/diagnostic.h"
#include "slsc/diff.h"
#include "slsc/file_reader.h"
#include "slsc/package.h"
#include "slsc/print.h"
#include "slsc/schema.h"
#include "slsc/value.h"
