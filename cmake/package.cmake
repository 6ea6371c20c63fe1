# The Debian package, built by CPack (`./dev deb`: sls-compile_<version>_<arch>.deb): the tool,
# the shared and static library, the headers, the CMake package and slsc.pc, the schemas, the
# man page and the shell completions, with its dependencies declared by dpkg-shlibdeps and the
# files lintian asks of a package (copyright, changelog).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sls-compile)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "sls-compile maintainers <maintainers@users.noreply.r-seed-aa5c393f.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Serverless Framework service files to CloudFormation templates")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "sls-compile compiles a Serverless Framework service file (serverless.yml,
AWS provider) into a CloudFormation template, and packages its code for
deployment, without Node.js. This package holds the command-line tool, the
slsc library (shared and static, headers, CMake package and pkg-config
file), the service file schemas, the man page and bash and zsh completion.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libzip is loaded at run time (lib/package/libzip.cpp), which dpkg-shlibdeps cannot see: its
# package (libzip.so.4: libzip4) is declared here.
string(REGEX REPLACE "^lib(.+)\\.so\\.([0-9]+)$" "lib\\1\\2" SLSC_LIBZIP_PACKAGE "${SLSC_LIBZIP_SONAME}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${SLSC_LIBZIP_PACKAGE}")
# libslsc.so.0 is declared in shlibs and registered through dpkg's ldconfig trigger.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/triggers
                                       ${PROJECT_SOURCE_DIR}/packaging/shlibs)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SET_DESTDIR OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# /usr/share/doc/sls-compile: the copyright file and the changelog (of a native package), gzipped
# reproducibly.
set(SLSC_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/sls-compile)
set(SLSC_CHANGELOG ${CMAKE_BINARY_DIR}/extras/changelog.gz)
add_custom_command(OUTPUT ${SLSC_CHANGELOG}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/extras
  COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" sh ${PROJECT_SOURCE_DIR}/packaging/changelog
          ${SLSC_CHANGELOG}
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
  VERBATIM)
add_custom_target(slsc_changelog ALL DEPENDS ${SLSC_CHANGELOG})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${SLSC_DOC_DIR})
install(FILES ${SLSC_CHANGELOG} DESTINATION ${SLSC_DOC_DIR})

include(CPack)
