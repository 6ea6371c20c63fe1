# Script mode: writes OUTPUT, a C++ file defining SYMBOL as the text of INPUTS (one file).
set(INPUT ${INPUTS})
file(READ ${INPUT} text)
set(delimiter "slsc_embed")
file(WRITE ${OUTPUT} "// Generated from ${INPUT}; do not edit.\nnamespace slsc {\nextern const char* const ${SYMBOL};\nconst char* const ${SYMBOL} = R\"${delimiter}(${text})${delimiter}\";\n}  // namespace slsc\n")
