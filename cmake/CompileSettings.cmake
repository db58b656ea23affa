# One INTERFACE target carries the compile settings every project target links.
add_library(garagereg_settings INTERFACE)
add_library(GarageReg::settings ALIAS garagereg_settings)

target_compile_features(garagereg_settings INTERFACE cxx_std_20)
target_compile_options(garagereg_settings INTERFACE -Wall -Wextra -Wpedantic)
if(GARAGEREG_WERROR)
    target_compile_options(garagereg_settings INTERFACE -Werror)
endif()
target_compile_definitions(garagereg_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    GARAGEREG_VERSION="${PROJECT_VERSION}")
