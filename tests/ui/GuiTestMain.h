#pragma once

#include "app/services/ApplicationIdentity.h"

#include <QApplication>
#include <QtTest>

// Like QTEST_MAIN, but runs on the offscreen platform unless told otherwise, so
// the widget tests need no display, and with the application's identity set.
#define GARAGEREG_GUI_TEST_MAIN(TestClass) \
    int main(int argc, char *argv[]) \
    { \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) \
            qputenv("QT_QPA_PLATFORM", "offscreen"); \
        QApplication app(argc, argv); \
        garagereg::setApplicationIdentity(); \
        TestClass test; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&test, argc, argv); \
    }
