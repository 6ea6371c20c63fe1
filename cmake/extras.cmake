# What the tool installs beside itself, generated from the built binary so that nothing is kept
# by hand: the bash and zsh completion scripts (`sls-compile completion`), the editor schema
# (`sls-compile schema`), and the man page made
# from `sls-compile --help` by help2man (when it is installed; `./dev deb` installs it).
set(SLSC_EXTRAS_DIR ${CMAKE_BINARY_DIR}/extras)
# A sanitizer build runs its instrumented binary here: leak reports at exit stay out of the way.
set(SLSC_RUN_TOOL ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0)
set(SLSC_BASH_COMPLETION ${SLSC_EXTRAS_DIR}/bash/sls-compile)
set(SLSC_ZSH_COMPLETION ${SLSC_EXTRAS_DIR}/zsh/_sls-compile)
add_custom_command(OUTPUT ${SLSC_BASH_COMPLETION} ${SLSC_ZSH_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SLSC_EXTRAS_DIR}/bash ${SLSC_EXTRAS_DIR}/zsh
  COMMAND ${SLSC_RUN_TOOL} sh -c "\"$1\" completion bash > \"$2\" && \"$1\" completion zsh > \"$3\"" sh
          $<TARGET_FILE:sls-compile> ${SLSC_BASH_COMPLETION} ${SLSC_ZSH_COMPLETION}
  DEPENDS sls-compile
  COMMENT "Generating the shell completions"
  VERBATIM)
# The editor schema (sls-compile schema), from the schema the compiler validates with.
set(SLSC_EDITOR_SCHEMA ${CMAKE_BINARY_DIR}/schemas/serverless.editor.schema.json)
add_custom_command(OUTPUT ${SLSC_EDITOR_SCHEMA}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/schemas
  COMMAND ${SLSC_RUN_TOOL} sh -c "\"$1\" schema > \"$2\"" sh $<TARGET_FILE:sls-compile> ${SLSC_EDITOR_SCHEMA}
  DEPENDS sls-compile
  COMMENT "Generating the editor schema"
  VERBATIM)
set(SLSC_EXTRAS ${SLSC_BASH_COMPLETION} ${SLSC_ZSH_COMPLETION} ${SLSC_EDITOR_SCHEMA})
install(FILES ${SLSC_EDITOR_SCHEMA} DESTINATION ${CMAKE_INSTALL_DATADIR}/sls-compile/schemas)

find_program(SLSC_HELP2MAN help2man)
if(SLSC_HELP2MAN)
  set(SLSC_MAN_PAGE ${SLSC_EXTRAS_DIR}/man/sls-compile.1.gz)
  # The page's date is the source's (SOURCE_DATE_EPOCH, set from the version's release day
  # below), so the package is the same bytes on every build.
  add_custom_command(OUTPUT ${SLSC_MAN_PAGE}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SLSC_EXTRAS_DIR}/man
    COMMAND ${SLSC_RUN_TOOL} sh -c "SOURCE_DATE_EPOCH=$4 \"$1\" --no-info --version-string=\"$2\" --name='compile a Serverless Framework service file into a CloudFormation template' \"$3\" | gzip -9n > \"$5\""
            sh ${SLSC_HELP2MAN} ${PROJECT_VERSION} $<TARGET_FILE:sls-compile> ${SLSC_SOURCE_DATE_EPOCH} ${SLSC_MAN_PAGE}
    DEPENDS sls-compile
    COMMENT "Generating the man page from sls-compile --help"
    VERBATIM)
  list(APPEND SLSC_EXTRAS ${SLSC_MAN_PAGE})
  install(FILES ${SLSC_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man page (./dev deb installs it)")
endif()
add_custom_target(slsc_extras ALL DEPENDS ${SLSC_EXTRAS})

install(FILES ${SLSC_BASH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${SLSC_ZSH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/sls-compile/schemas)
