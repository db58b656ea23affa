#include "ui/GuiCommandLine.h"

#include "ui/LanguageManager.h"

#include <QCommandLineParser>

namespace garagereg {

namespace {

// Options that take a value, ours and QGuiApplication's, so that a value such as
// "--database --help" is not mistaken for a request.
bool takesValue(const QString &argument)
{
    static const QStringList withValue{
        QStringLiteral("--database"),     QStringLiteral("-database"),     QStringLiteral("--language"),
        QStringLiteral("-language"),      QStringLiteral("-platform"),     QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),       QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-geometry"),      QStringLiteral("-qwindowtitle"), QStringLiteral("-title"),
        QStringLiteral("-qwindowicon"),   QStringLiteral("-icon"),         QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),    QStringLiteral("-display"),      QStringLiteral("-session"),
        QStringLiteral("-name"),          QStringLiteral("-fontengine"),   QStringLiteral("-qmljsdebugger"),
    };
    return withValue.contains(argument);
}

} // namespace

GuiCommandLine::EarlyRequest GuiCommandLine::scanForEarlyRequest(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help") || argument == QLatin1String("-help")
            || argument == QLatin1String("-?"))
            return EarlyRequest::Help;
        if (argument == QLatin1String("-v") || argument == QLatin1String("--version")
            || argument == QLatin1String("-version"))
            return EarlyRequest::Version;
        if (takesValue(argument))
            ++i;
    }
    return EarlyRequest::None;
}

QString GuiCommandLine::helpText()
{
    return tr("Usage: garagereg-integrations [options]\n"
              "\n"
              "GarageReg Integrations desktop application: webhook subscriptions and ERP adapters.\n"
              "\n"
              "Options:\n"
              "  --database <url>   sqlite:///absolute/path.db or postgresql://user@host:port/dbname\n"
              "                     (default: $GARAGEREG_DATABASE, else the per-user SQLite file).\n"
              "  --language <lang>  hu or en (default: hu when the system language is Hungarian, else en).\n"
              "  -h, --help         Show this help.\n"
              "  -v, --version      Show the version.\n"
              "\n"
              "The PostgreSQL password comes from PGPASSWORD or the keychain\n"
              "(garagereg-integrations-cli db set-password).\n");
}

QString GuiCommandLine::versionText()
{
    return QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
           + QLatin1Char('\n');
}

GuiCommandLine::Options GuiCommandLine::parse(const QStringList &arguments, const QLocale &systemLocale)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("Database URL."), QStringLiteral("url"));
    const QCommandLineOption languageOption(QStringLiteral("language"), tr("User interface language (hu or en)."),
                                            QStringLiteral("lang"));
    parser.addOptions({helpOption, versionOption, databaseOption, languageOption});

    if (!parser.parse(arguments))
        throw GuiUsageError{parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        throw GuiUsageError{tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst())};

    Options options;
    options.databaseOption = parser.value(databaseOption);
    if (parser.isSet(databaseOption) && options.databaseOption.trimmed().isEmpty())
        throw GuiUsageError{tr("--database needs a URL.")};

    if (parser.isSet(languageOption)) {
        options.language = parser.value(languageOption).trimmed().toLower();
        options.languageGiven = true;
        if (!LanguageManager::supportedLanguages().contains(options.language))
            throw GuiUsageError{tr("unsupported language \"%1\" (use %2).")
                                    .arg(parser.value(languageOption),
                                         LanguageManager::supportedLanguages().join(QStringLiteral(", ")))};
    } else {
        options.language = LanguageManager::languageForLocale(systemLocale);
    }
    return options;
}

} // namespace garagereg
