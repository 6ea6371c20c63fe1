# Script mode: writes OUTPUT, a C++ file defining SYMBOL as an array of the texts of INPUTS
# (separated by |), SYMBOLNames as their file names without folder and extension, and
# SYMBOLCount as their number.
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(delimiter "slsc_embed")
set(body "")
set(names "")
set(count 0)
foreach(input IN LISTS INPUTS)
  file(READ ${input} text)
  string(APPEND body "    R\"${delimiter}(${text})${delimiter}\",\n")
  get_filename_component(name ${input} NAME_WE)
  string(APPEND names "    \"${name}\",\n")
  math(EXPR count "${count} + 1")
endforeach()
file(WRITE ${OUTPUT} "// Generated from ${INPUTS}; do not edit.\n#include <cstddef>\nnamespace slsc {\nextern const char* const ${SYMBOL}[];\nextern const std::size_t ${SYMBOL}Count;\nextern const char* const ${SYMBOL}Names[];\nconst char* const ${SYMBOL}[] = {\n${body}    nullptr};\nconst char* const ${SYMBOL}Names[] = {\n${names}    nullptr};\nconst std::size_t ${SYMBOL}Count = ${count};\n}  // namespace slsc\n")
