#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/storage/OutboundPolicyRepository.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "ui/GuiServices.h"
#include "ui/IntegrationsPage.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"
#include "ui/UserSettings.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WebhookEventService> m_events;
    std::unique_ptr<GuiServices> m_services;
    std::unique_ptr<UserSettings> m_settings;
    LanguageManager m_languages;

    QString settingsFile() const { return m_folder->filePath(QStringLiteral("settings.ini")); }

    static void enterDatabase(SettingsPage &page, bool sqlite, const QString &location, const QString &password = {})
    {
        page.findChild<QComboBox *>(QStringLiteral("settingsBackend"))->setCurrentIndex(sqlite ? 0 : 1);
        page.findChild<QLineEdit *>(QStringLiteral("settingsDatabaseLocation"))->setText(location);
        page.findChild<QLineEdit *>(QStringLiteral("settingsDatabasePassword"))->setText(password);
    }

    static bool testDatabase(SettingsPage &page)
    {
        QSignalSpy finished(&page, &SettingsPage::databaseCheckFinished);
        page.testDatabase();
        if (finished.isEmpty() && !finished.wait(30000))
            qFatal("the database check did not finish");
        return finished.first().first().toBool();
    }

private slots:
    // The outbound policy is shown (read-only: an administrator sets it with `policy set`).
    void showsTheOutboundPolicy()
    {
        OutboundPolicy policy;
        policy.refusePrivate = true;
        policy.denyHosts = {QStringLiteral("*.evil.example")};
        OutboundPolicyRepository(*m_database).save(policy);
        SettingsPage page(*m_services, *m_settings, m_languages);
        const QString shown = page.findChild<QLabel *>(QStringLiteral("settingsOutboundPolicy"))->text();
        QVERIFY2(shown.contains(QLatin1String("refuse-private: yes")) && shown.contains(QLatin1String("*.evil.example"))
                     && shown.contains(QLatin1String("https-only: no")),
                 qPrintable(shown));
    }

    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);
        m_services.reset(new GuiServices{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, nullptr});
        m_settings = std::make_unique<UserSettings>(settingsFile());
    }

    void cleanup()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        m_settings.reset();
        m_services.reset();
        m_events.reset();
        m_database.reset();
        m_testDatabase.reset();
        m_folder.reset();
    }

    void switchingLanguageRetranslatesOpenWindowsAtOnce()
    {
        MainWindow window(*m_database);
        auto *page = new SettingsPage(*m_services, *m_settings, m_languages);
        window.installPage(page);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Integrations"));

        page->setLanguageChoice(QStringLiteral("hu"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Integrációk"));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Beállítások"));
        QCOMPARE(UserSettings(settingsFile()).language(), QStringLiteral("hu"));

        page->setLanguageChoice(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Integrations"));
        QCOMPARE(UserSettings(settingsFile()).language(), QStringLiteral("en"));
    }

    void subscriptionDefaultsAreRememberedAndBadOnesRefused()
    {
        SettingsPage page(*m_services, *m_settings, m_languages);
        QSignalSpy changed(&page, &SettingsPage::subscriptionDefaultsChanged);
        page.findChild<QSpinBox *>(QStringLiteral("settingsDefaultTimeout"))->setValue(9);
        page.findChild<QLineEdit *>(QStringLiteral("settingsDefaultDelays"))->setText(QStringLiteral("10, 20"));
        QVERIFY(page.canSaveDefaults());
        QVERIFY(!changed.isEmpty());
        WebhookSubscription stored = UserSettings(settingsFile()).subscriptionDefaults();
        QCOMPARE(stored.timeoutSeconds, 9);
        QCOMPARE(stored.retryDelaysSeconds, (QList<int>{10, 20}));

        page.findChild<QLineEdit *>(QStringLiteral("settingsDefaultDelays"))->setText(QStringLiteral("10, later"));
        QVERIFY(!page.canSaveDefaults());
        stored = UserSettings(settingsFile()).subscriptionDefaults();
        QCOMPARE(stored.retryDelaysSeconds, (QList<int>{10, 20}));
    }

    void testConnectionReportsWhatIsThere()
    {
        SettingsPage page(*m_services, *m_settings, m_languages);
        // The database under test: it has the latest schema.
        const DatabaseUrl url = m_testDatabase->url();
        enterDatabase(page, url.isSqlite(), url.isSqlite() ? url.filePath() : url.toString(),
                      m_testDatabase->password());
        QVERIFY2(testDatabase(page), qPrintable(page.databaseResultText()));
        QVERIFY2(page.databaseResultText().contains(QLatin1String("schema version")),
                 qPrintable(page.databaseResultText()));

        // A new SQLite file is not created by the test.
        const QString newFile = m_folder->filePath(QStringLiteral("new.db"));
        enterDatabase(page, true, newFile);
        QVERIFY2(testDatabase(page), qPrintable(page.databaseResultText()));
        QVERIFY2(page.databaseResultText().contains(QLatin1String("does not exist yet")),
                 qPrintable(page.databaseResultText()));
        QVERIFY(!QFile::exists(newFile));

        enterDatabase(page, true, m_folder->filePath(QStringLiteral("no/such/folder/x.db")));
        QVERIFY(!testDatabase(page));
        QVERIFY2(page.databaseResultText().contains(QLatin1String("does not exist")),
                 qPrintable(page.databaseResultText()));

        // Nothing listens on port 1: a clear error, and the UI stayed responsive meanwhile.
        enterDatabase(page, false, QStringLiteral("postgresql://garagereg@127.0.0.1:1/garagereg"),
                      QStringLiteral("wrong"));
        QVERIFY(!testDatabase(page));
        QVERIFY(!page.databaseResultText().isEmpty());

        enterDatabase(page, false, QStringLiteral("mysql://nope"));
        QVERIFY(!testDatabase(page));
        QVERIFY2(page.databaseResultText().contains(QLatin1String("PostgreSQL URL")),
                 qPrintable(page.databaseResultText()));
    }

    void savingADatabaseStoresTheChoiceAndThePasswordInTheKeychain()
    {
        SettingsPage page(*m_services, *m_settings, m_languages);
        const QString serverUrl = QStringLiteral("postgresql://garagereg@db.example.hu:5432/garagereg");
        enterDatabase(page, false, serverUrl, QStringLiteral("s3cret-password"));
        QSignalSpy saved(&page, &SettingsPage::databaseSaved);
        page.saveDatabase();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(saved.first().first().toBool());
        QCOMPARE(UserSettings(settingsFile()).database(), DatabaseUrl::parse(serverUrl).toString());
        QCOMPARE(m_secrets.entries().value(DatabaseUrl::parse(serverUrl).passwordSecretKey()),
                 QByteArrayLiteral("s3cret-password"));
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret-password"));

        // With the keychain unavailable nothing is saved.
        m_secrets.setUnavailable(true);
        enterDatabase(page, false, QStringLiteral("postgresql://other@db2.example.hu/garagereg"), QStringLiteral("x"));
        page.saveDatabase();
        QTRY_COMPARE(saved.size(), 2);
        QVERIFY(!saved.at(1).first().toBool());
        QCOMPARE(UserSettings(settingsFile()).database(), DatabaseUrl::parse(serverUrl).toString());
        m_secrets.setUnavailable(false);
    }

    void columnWidthsAndGeometryAreRemembered()
    {
        {
            MainWindow window(*m_database);
            window.installPage(new IntegrationsPage(*m_services));
            window.resize(900, 640);
            window.show();
            auto *table = window.findChild<QTableView *>(QStringLiteral("integrationsTable"));
            table->horizontalHeader()->resizeSection(0, 333);
            m_settings->saveLayout(&window);
        }
        MainWindow window(*m_database);
        window.installPage(new IntegrationsPage(*m_services));
        UserSettings(settingsFile()).restoreLayout(&window);
        window.show();
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("integrationsTable"))->horizontalHeader()->sectionSize(0),
                 333);
        QCOMPARE(window.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settings_page.moc"
