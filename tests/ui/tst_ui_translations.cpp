#include "models/common/Error.h"
#include "models/storage/DatabaseUrl.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/GuiTestMain.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QRegularExpression>
#include <QStatusBar>
#include <QXmlStreamReader>

using namespace garagereg;
using garagereg::test::TestDatabase;

// The Hungarian and English translations load from the embedded .qm files and
// switch a running window's texts (live retranslation).
class TestUiTranslations : public QObject
{
    Q_OBJECT

private:
    // Widgets get QEvent::LanguageChange posted; deliver it now.
    static void deliverLanguageChange() { QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); }

    static QString navigationText(const MainWindow &window, Section section)
    {
        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        return navigation->item(int(SectionInfo::all().indexOf(section)))->text();
    }

    static QString invalidUrlMessage()
    {
        try {
            DatabaseUrl::parse(QStringLiteral("mysql://example.test/db"));
        } catch (const Error &error) {
            return error.message();
        }
        return {};
    }

    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
    }

    void cleanupTestCase()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void bothTranslationsAreEmbedded()
    {
        for (const QString &language : LanguageManager::supportedLanguages())
            QVERIFY2(QFile::exists(LanguageManager::translationFile(language)),
                     qPrintable(LanguageManager::translationFile(language)));
    }

    void hungarianReplacesVisibleTextsLive()
    {
        MainWindow window(*m_database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(navigationText(window, Section::Integrations), QStringLiteral("Integrations"));
        const QString englishUrlError = invalidUrlMessage();

        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("hu")));
        QCOMPARE(languages.language(), QStringLiteral("hu"));
        deliverLanguageChange();

        QCOMPARE(navigationText(window, Section::Integrations), QStringLiteral("Integrációk"));
        QCOMPARE(navigationText(window, Section::Dashboard), QStringLiteral("Irányítópult"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("refreshAction"))->text(), QStringLiteral("&Frissítés"));
        const auto *integrations = window.findChild<Page *>(QStringLiteral("page-integrations"));
        QCOMPARE(integrations->findChild<QLabel *>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Integrációk"));
        const QString status = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Adatbázis: ")), qPrintable(status));
        QCOMPARE(QLocale().language(), QLocale::Hungarian);
        // lupdate scans the core too: its error messages are translated.
        const QString hungarianUrlError = invalidUrlMessage();
        QVERIFY2(!hungarianUrlError.isEmpty() && hungarianUrlError != englishUrlError, qPrintable(hungarianUrlError));

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        deliverLanguageChange();
        QCOMPARE(navigationText(window, Section::Integrations), QStringLiteral("Integrations"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("refreshAction"))->text(), QStringLiteral("&Refresh"));
        QCOMPARE(invalidUrlMessage(), englishUrlError);
    }

    void qtsOwnHungarianTranslationLoadsWhenInstalled()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_hu.qm");
        if (!QFile::exists(qtbase))
            QSKIP("qtbase_hu.qm is not installed (Debian: qt6-translations-l10n)");
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("hu")));
        QVERIFY(languages.hasQtTranslation());
    }

    void unsupportedLanguageKeepsTheCurrentOne()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("hu")));
        QVERIFY(!languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(languages.language(), QStringLiteral("hu"));
        QCOMPARE(QCoreApplication::translate("SectionInfo", "Parts"), QStringLiteral("Alkatrészek"));
    }

    void languageFollowsTheSystemLocale()
    {
        QCOMPARE(LanguageManager::languageForLocale(QLocale(QLocale::Hungarian, QLocale::Hungary)),
                 QStringLiteral("hu"));
        QCOMPARE(LanguageManager::languageForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("en"));
        QCOMPARE(LanguageManager::languageForLocale(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
    }

    // Every message of both translation files is finished, not empty, and keeps
    // the placeholders of its source (%1, %L1, %n): nothing is left in English
    // by accident and no argument is lost.
    void translationFilesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("hu") << QStringLiteral(GARAGEREG_HU_TS_PATH);
        QTest::newRow("en") << QStringLiteral(GARAGEREG_EN_TS_PATH);
    }

    void translationFilesAreComplete()
    {
        QFETCH(QString, path);
        static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
                found << match.captured(0).remove(QLatin1Char('L'));
            found.sort();
            found.removeDuplicates();
            return found;
        };
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList problems;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                    xml.skipCurrentElement();
                    continue;
                }
                ++messages;
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || translation.trimmed().isEmpty())
                    problems << QStringLiteral("unfinished: ") + context + QStringLiteral(": ") + source;
                else if (placeholders(translation) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: ") + context + QStringLiteral(": ") + source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 400);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

GARAGEREG_GUI_TEST_MAIN(TestUiTranslations)
#include "tst_ui_translations.moc"
