// garagereg-integrations: the desktop application.
#include "adapters/secrets/KeychainSecretStore.h"
#include "app/gui/DesktopServices.h"
#include "app/services/ApplicationIdentity.h"
#include "app/services/TeamSecretStore.h"
#include "models/common/Clock.h"
#include "ui/ApplicationIcon.h"
#include "ui/DashboardPage.h"
#include "ui/DatabaseStartup.h"
#include "ui/DeliveriesPage.h"
#include "ui/ErpSyncPage.h"
#include "ui/FirstPaintProbe.h"
#include "ui/GuiCommandLine.h"
#include "ui/IntegrationsPage.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/PartsPage.h"
#include "ui/SettingsPage.h"
#include "ui/SubscriptionsPage.h"
#include "ui/TriggerEventPage.h"
#include "ui/UserSettings.h"
#include "ui/WorkStatusLabel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QStatusBar>

#include <cstdio>

namespace {

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace garagereg;
    QElapsedTimer started; // for the start-up benchmark (FirstPaintProbe)
    started.start();

    setApplicationIdentity();

    // --help and --version work without a display: answer them before QApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    switch (GuiCommandLine::scanForEarlyRequest(rawArguments)) {
    case GuiCommandLine::EarlyRequest::Help: print(stdout, GuiCommandLine::helpText()); return 0;
    case GuiCommandLine::EarlyRequest::Version: print(stdout, GuiCommandLine::versionText()); return 0;
    case GuiCommandLine::EarlyRequest::None: break;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(applicationIcon());

    GuiCommandLine::Options options;
    try {
        options = GuiCommandLine::parse(QApplication::arguments(), QLocale::system());
    } catch (const GuiUsageError &error) {
        print(stderr, QStringLiteral("garagereg-integrations: ") + error.message + QLatin1Char('\n'));
        print(stderr, QStringLiteral("Run \"garagereg-integrations --help\" for usage.\n"));
        return 2;
    }

    // The command line wins over the environment, which wins over the saved settings.
    UserSettings settings;
    if (!options.languageGiven && !settings.language().isEmpty())
        options.language = settings.language();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const bool databaseFromSettings = options.databaseOption.isEmpty()
                                      && environment.value(QStringLiteral("GARAGEREG_DATABASE")).isEmpty()
                                      && !settings.database().isEmpty();
    if (databaseFromSettings)
        options.databaseOption = settings.database();

    LanguageManager languages;
    if (!languages.setLanguage(options.language))
        qWarning("garagereg-integrations: the %s translation could not be loaded", qPrintable(options.language));

    KeychainSecretStore secrets;
    StartupDatabase startup = DatabaseStartup::open(options.databaseOption, environment, secrets);
    // A saved choice that no longer opens must not lock the user out: offer the default.
    if (!startup.ok() && databaseFromSettings
        && QMessageBox::question(nullptr, DatabaseStartup::errorTitle(),
                                 DatabaseStartup::savedDatabaseFailedQuestion(startup.errorText))
               == QMessageBox::Yes)
        startup = DatabaseStartup::open(QString(), environment, secrets);
    if (!startup.ok()) {
        print(stderr, QStringLiteral("garagereg-integrations: ") + startup.errorText + QLatin1Char('\n'));
        QMessageBox::critical(nullptr, DatabaseStartup::errorTitle(), DatabaseStartup::errorMessage(startup.errorText));
        return 1;
    }

    // The database's secrets: this machine's keychain, or in team mode the database's encrypted ones.
    SystemClock clock;
    TeamSecretStore databaseSecrets(secrets, *startup.database, clock);
    DesktopServices desktop(*startup.database, databaseSecrets);
    MainWindow window(*startup.database, desktop.services().backgroundReads);
    window.installPage(new DashboardPage(desktop.services()));
    window.installPage(new IntegrationsPage(desktop.services()));
    auto *subscriptions = new SubscriptionsPage(desktop.services());
    subscriptions->setDefaults(settings.subscriptionDefaults());
    window.installPage(subscriptions);
    window.installPage(new TriggerEventPage(desktop.services()));
    window.installPage(new DeliveriesPage(desktop.services()));
    window.installPage(new ErpSyncPage(desktop.services()));
    window.installPage(new PartsPage(desktop.services()));
    auto *settingsPage = new SettingsPage(desktop.services(), settings, languages);
    QObject::connect(settingsPage, &SettingsPage::subscriptionDefaultsChanged, subscriptions,
                     &SubscriptionsPage::setDefaults);
    window.installPage(settingsPage);
    window.statusBar()->addPermanentWidget(new WorkStatusLabel(desktop.services()));
    settings.restoreLayout(&window);
    QObject::connect(&app, &QApplication::aboutToQuit, &window, [&settings, &window] { settings.saveLayout(&window); });
    std::unique_ptr<FirstPaintProbe> firstPaint;
    if (FirstPaintProbe::requested())
        firstPaint = std::make_unique<FirstPaintProbe>(&window, started);
    window.show();
    desktop.start();
    return QApplication::exec();
}
