#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace garagereg {

// A command line the GUI cannot run with; main() prints it and exits with 2.
struct GuiUsageError
{
    QString message;
};

// The options of the garagereg-integrations desktop application.
class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(GuiCommandLine)

public:
    enum class EarlyRequest { None, Help, Version };

    struct Options
    {
        QString databaseOption;     // empty: GARAGEREG_DATABASE, else the per-user default
        QString language;           // "en" or "hu"
        bool languageGiven = false; // --language was given (it wins over the saved choice)
    };

    // Looks for --help or --version in the raw arguments (program name first),
    // so main() can answer them before a QApplication needs a display. Skips the
    // values of options that take one and stops at "--".
    static EarlyRequest scanForEarlyRequest(const QStringList &arguments);

    static QString helpText();
    static QString versionText();

    // Parses QApplication::arguments() (Qt's own options already removed).
    // Without --language the language follows systemLocale. Throws GuiUsageError.
    static Options parse(const QStringList &arguments, const QLocale &systemLocale);
};

} // namespace garagereg
