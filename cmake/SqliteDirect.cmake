# GARAGEREG_SQLITE_DIRECT: the delivery engine's per-attempt statements go
# through SQLite's C API on the connection Qt's QSQLITE driver opened
# (models/storage/SqliteStatement.h). That is only sound when the driver uses
# the same SQLite library as this program: Debian's plugin links the system
# libsqlite3, while Qt's own Windows and macOS builds carry a private copy
# inside the plugin, and calling that copy's connection through another would
# corrupt it. So it is on only where the plugin is found to link libsqlite3;
# elsewhere everything goes through QSqlQuery, as on PostgreSQL.
find_package(SQLite3)
if(NOT TARGET Qt6::QSQLiteDriverPlugin)
    find_package(Qt6QSQLiteDriverPlugin CONFIG QUIET PATHS "${Qt6Sql_DIR}" NO_DEFAULT_PATH)
endif()
set(_garagereg_sqlite_direct_default OFF)
if(SQLite3_FOUND AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND TARGET Qt6::QSQLiteDriverPlugin AND CMAKE_OBJDUMP)
    get_target_property(_qsqlite_plugin Qt6::QSQLiteDriverPlugin IMPORTED_LOCATION_NONE)
    if(NOT _qsqlite_plugin)
        get_target_property(_qsqlite_plugin Qt6::QSQLiteDriverPlugin LOCATION)
    endif()
    if(_qsqlite_plugin AND EXISTS "${_qsqlite_plugin}")
        execute_process(COMMAND "${CMAKE_OBJDUMP}" -p "${_qsqlite_plugin}" OUTPUT_VARIABLE _qsqlite_headers
                        ERROR_QUIET)
        if(_qsqlite_headers MATCHES "NEEDED +libsqlite3\\.so")
            set(_garagereg_sqlite_direct_default ON)
        endif()
    endif()
endif()
option(GARAGEREG_SQLITE_DIRECT "Run the delivery engine's per-attempt SQLite statements through the C API"
       ${_garagereg_sqlite_direct_default})
if(GARAGEREG_SQLITE_DIRECT)
    if(NOT SQLite3_FOUND)
        message(FATAL_ERROR "GARAGEREG_SQLITE_DIRECT=ON needs SQLite's headers and library (libsqlite3-dev)")
    endif()
    target_link_libraries(garagereg_core PRIVATE SQLite::SQLite3)
    target_compile_definitions(garagereg_core PRIVATE GARAGEREG_SQLITE_DIRECT)
endif()
message(STATUS "SQLite statements of the delivery engine through the C API: ${GARAGEREG_SQLITE_DIRECT}")
