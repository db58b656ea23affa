#include "tests/ui/GuiTestMain.h"
#include "ui/GuiCommandLine.h"

#include <QProcess>

using namespace garagereg;

Q_DECLARE_METATYPE(garagereg::GuiCommandLine::EarlyRequest)

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// The desktop application's command line: --help and --version answer without
// a display; --database and --language are checked before anything opens.
class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private:
    // Runs the real binary, without any display unless the platform is given.
    static Run run(const QStringList &arguments, const QString &platform = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "GARAGEREG_DATABASE"})
            environment.remove(QString::fromLatin1(name));
        if (!platform.isEmpty())
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GARAGEREG_GUI_PATH), arguments);
        if (!process.waitForStarted() || !process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    static GuiCommandLine::Options parse(const QStringList &arguments, const QLocale &locale = QLocale::c())
    {
        return GuiCommandLine::parse(QStringList{QStringLiteral("garagereg-integrations")} + arguments, locale);
    }

    static QString usageError(const QStringList &arguments)
    {
        try {
            parse(arguments);
        } catch (const GuiUsageError &error) {
            return error.message;
        }
        return {};
    }

private Q_SLOTS:
    void versionRunsWithoutADisplay()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("garagereg-integrations " GARAGEREG_VERSION "\n"));
    }

    void helpRunsWithoutADisplay()
    {
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run result = run({QStringLiteral("--database"), QStringLiteral("sqlite:///nowhere.db"), option});
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.contains(QLatin1String("--database <url>")), qPrintable(result.out));
            QVERIFY(result.out.contains(QLatin1String("--language <lang>")));
            QVERIFY(!QFile::exists(QStringLiteral("/nowhere.db")));
        }
    }

    void usageErrorExitsWithTwo()
    {
        const Run result = run({QStringLiteral("--language"), QStringLiteral("xx")}, QStringLiteral("offscreen"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("xx")), qPrintable(result.err));
    }

    void earlyRequests_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<GuiCommandLine::EarlyRequest>("request");
        using R = GuiCommandLine::EarlyRequest;
        QTest::newRow("nothing") << QStringList{} << R::None;
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << R::Help;
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << R::Help;
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << R::Version;
        QTest::newRow("-v after options")
            << QStringList{QStringLiteral("--language"), QStringLiteral("hu"), QStringLiteral("-v")} << R::Version;
        QTest::newRow("first wins") << QStringList{QStringLiteral("--version"), QStringLiteral("--help")} << R::Version;
        QTest::newRow("value of --database")
            << QStringList{QStringLiteral("--database"), QStringLiteral("--help")} << R::None;
        QTest::newRow("value of -platform")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("--version")} << R::None;
        QTest::newRow("after --") << QStringList{QStringLiteral("--"), QStringLiteral("--help")} << R::None;
        QTest::newRow("--database=url") << QStringList{QStringLiteral("--database=sqlite:///a.db")} << R::None;
    }

    void earlyRequests()
    {
        QFETCH(QStringList, arguments);
        QFETCH(GuiCommandLine::EarlyRequest, request);
        QCOMPARE(GuiCommandLine::scanForEarlyRequest(QStringList{QStringLiteral("garagereg-integrations")} + arguments),
                 request);
    }

    void parsesDatabaseAndLanguage()
    {
        const auto options = parse({QStringLiteral("--database"), QStringLiteral("sqlite:///tmp/a.db"),
                                    QStringLiteral("--language"), QStringLiteral("HU")});
        QCOMPARE(options.databaseOption, QStringLiteral("sqlite:///tmp/a.db"));
        QCOMPARE(options.language, QStringLiteral("hu"));
        QCOMPARE(parse({QStringLiteral("--language=en")}).language, QStringLiteral("en"));
        QVERIFY(parse({}).databaseOption.isEmpty());
    }

    void languageDefaultsToTheSystemLocale()
    {
        QCOMPARE(parse({}, QLocale(QLocale::Hungarian, QLocale::Hungary)).language, QStringLiteral("hu"));
        QCOMPARE(parse({}, QLocale(QLocale::English, QLocale::UnitedStates)).language, QStringLiteral("en"));
        QCOMPARE(parse({}, QLocale(QLocale::French, QLocale::France)).language, QStringLiteral("en"));
        // An explicit choice wins over the locale.
        QCOMPARE(parse({QStringLiteral("--language"), QStringLiteral("en")}, QLocale(QLocale::Hungarian)).language,
                 QStringLiteral("en"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unsupported language")
            << QStringList{QStringLiteral("--language"), QStringLiteral("de")} << QStringLiteral("de");
        QTest::newRow("language without value")
            << QStringList{QStringLiteral("--language")} << QStringLiteral("language");
        QTest::newRow("empty database") << QStringList{QStringLiteral("--database"), QStringLiteral(" ")}
                                        << QStringLiteral("--database");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("positional argument") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const QString message = usageError(arguments);
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }
};

GARAGEREG_GUI_TEST_MAIN(TestGuiCommandLine)
#include "tst_gui_command_line.moc"
