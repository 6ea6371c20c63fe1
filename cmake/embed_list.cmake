# Script mode: writes OUTPUT, a C++ file defining SYMBOL as an array of the texts of INPUTS
# (separated by |) and SYMBOLCount as their number.
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(delimiter "slsc_embed")
set(body "")
set(count 0)
foreach(input IN LISTS INPUTS)
  file(READ ${input} text)
  string(APPEND body "    R\"${delimiter}(${text})${delimiter}\",\n")
  math(EXPR count "${count} + 1")
endforeach()
file(WRITE ${OUTPUT} "// Generated from ${INPUTS}; do not edit.\n#include <cstddef>\nnamespace slsc {\nextern const char* const ${SYMBOL}[];\nextern const std::size_t ${SYMBOL}Count;\nconst char* const ${SYMBOL}[] = {\n${body}    nullptr};\nconst std::size_t ${SYMBOL}Count = ${count};\n}  // namespace slsc\n")
