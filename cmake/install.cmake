# cmake/install.cmake: dyad's version string and `cmake --install` (included by CMakeLists.txt).
#
# Installed layout (src/util/data_dir.h finds it from the binary's own path, so the prefix
# can be moved):
#   <prefix>/bin/dyad
#   <prefix>/share/dyad/dictionaries/*.dict   hand-written dictionaries (dictionaries/)
#   <prefix>/share/dyad/generated/            countries.dict, gazetteer.tsv (scripts/setup.sh)
#   <prefix>/share/dyad/models/en-ud.bin      the syntax model
#   <prefix>/share/doc/dyad/                  LICENSE, README.md, CHANGELOG.md, docs/
#   <prefix>/share/man/man1/dyad.1, <prefix>/share/bash-completion/completions/dyad

# "0.1.0 (9fde346-dirty)": the project version and `git describe` at configure time.
set(DYAD_GIT_DESCRIBE "no git")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} describe --always --dirty --tags
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                  OUTPUT_VARIABLE DYAD_GIT_DESCRIBE_OUT OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE DYAD_GIT_RC ERROR_QUIET)
  if(DYAD_GIT_RC EQUAL 0)
    set(DYAD_GIT_DESCRIBE "${DYAD_GIT_DESCRIBE_OUT}")
  endif()
endif()
set(DYAD_VERSION_STRING "${PROJECT_VERSION} (${DYAD_GIT_DESCRIBE})")
configure_file(${CMAKE_SOURCE_DIR}/cmake/dyad_version.h.in
               ${CMAKE_BINARY_DIR}/generated/dyad_version.h @ONLY)
target_include_directories(dyad PRIVATE ${CMAKE_BINARY_DIR}/generated)

install(TARGETS dyad RUNTIME DESTINATION bin)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/dictionaries/ DESTINATION share/dyad/dictionaries
        FILES_MATCHING PATTERN "*.dict" PATTERN "gen" EXCLUDE)
install(DIRECTORY ${DYAD_DICT_GENERATED_DIR}/ DESTINATION share/dyad/generated OPTIONAL
        FILES_MATCHING PATTERN "*.dict" PATTERN "*.tsv")
install(FILES ${DYAD_MODEL_DIR}/en-ud.bin ${DYAD_MODEL_DIR}/README.md
        DESTINATION share/dyad/models)
# The man page and bash completion, written by the freshly built binary from its CLI
# definitions (tools/dyad/docs_cmd.cc), so they never drift from --help.
add_custom_command(TARGET dyad POST_BUILD
  COMMAND $<TARGET_FILE:dyad> man > ${CMAKE_BINARY_DIR}/dyad.1
  COMMAND $<TARGET_FILE:dyad> completion > ${CMAKE_BINARY_DIR}/dyad.bash-completion
  VERBATIM)
install(FILES ${CMAKE_BINARY_DIR}/dyad.1 DESTINATION share/man/man1)
install(FILES ${CMAKE_BINARY_DIR}/dyad.bash-completion DESTINATION share/bash-completion/completions
        RENAME dyad)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_SOURCE_DIR}/README.md
              ${CMAKE_SOURCE_DIR}/CHANGELOG.md DESTINATION share/doc/dyad)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION share/doc/dyad/docs)

if(DYAD_BUILD_TESTS)
  # Installs into a temporary prefix, moves it, and codes the example from elsewhere.
  add_test(NAME InstallRelocatable
           COMMAND ${CMAKE_SOURCE_DIR}/tests/install_test.sh ${CMAKE_BINARY_DIR}
                   ${CMAKE_SOURCE_DIR}/examples/caspian-summit.txt)
endif()

# A Debian package (`cpack --config build/CPackConfig.cmake` in the build directory):
# the same layout under /usr; shared-library dependencies found by dpkg-shlibdeps, WordNet's
# data named by hand (dyad reads /usr/share/wordnet).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "dyad")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "political event data (CAMEO, PLOVER) from news text")
set(CPACK_PACKAGE_CONTACT "dyad developers")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "wordnet-base")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
include(CPack)
