# Builds the pinned SQLCipher 4 amalgamation that scripts/setup fetched and verified.
# Custos never links Debian's libsqlite3: one binary holding both silently loses encryption.

set(CUSTOS_SQLCIPHER_DIR "${CMAKE_SOURCE_DIR}/.deps/sqlcipher" CACHE PATH
    "Folder holding the verified SQLCipher amalgamation (sqlite3.c, sqlite3.h)")
if(NOT EXISTS "${CUSTOS_SQLCIPHER_DIR}/sqlite3.c")
  message(FATAL_ERROR "SQLCipher amalgamation not found in ${CUSTOS_SQLCIPHER_DIR}.\n"
                      "Run scripts/setup first: it fetches and verifies it.")
endif()

add_library(sqlcipher STATIC "${CUSTOS_SQLCIPHER_DIR}/sqlite3.c")
target_include_directories(sqlcipher SYSTEM BEFORE PUBLIC "${CUSTOS_SQLCIPHER_DIR}")
target_compile_definitions(sqlcipher
  PUBLIC SQLITE_HAS_CODEC
  PRIVATE SQLITE_EXTRA_INIT=sqlcipher_extra_init SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
          SQLITE_THREADSAFE=1 SQLITE_TEMP_STORE=3 SQLCIPHER_CRYPTO_OPENSSL HAVE_STDINT_H=1
          HAVE_USLEEP=1 SQLITE_ENABLE_FTS5 SQLITE_SECURE_DELETE SQLITE_OMIT_LOAD_EXTENSION
          SQLITE_DQS=0 SQLITE_DEFAULT_FOREIGN_KEYS=1)
# Third-party code: no warnings, and always optimised (the -O0 build makes tests crawl).
target_compile_options(sqlcipher PRIVATE -w -O2)
if(CUSTOS_SANITIZE)
  # Sanitizing SQLite itself only slows it down; its own test suite covers it.
  target_compile_options(sqlcipher PRIVATE -fno-sanitize=all)
endif()
target_link_libraries(sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
