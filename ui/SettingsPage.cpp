#include "ui/SettingsPage.h"

#include "adapters/secrets/SecretStore.h"
#include "app/services/DatabaseSetup.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/OutboundPolicyRepository.h"
#include "ui/GuiServices.h"
#include "ui/LanguageManager.h"
#include "ui/SubscriptionForm.h"
#include "ui/UserSettings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

#include <memory>

namespace garagereg {

namespace {

enum BackendChoice { SqliteBackend, PostgreSqlBackend };

QLabel *heading()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLabel *addRow(QFormLayout *form, QWidget *field, QList<QLabel *> &labels)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    labels << label;
    form->addRow(label, field);
    return label;
}

} // namespace

SettingsPage::SettingsPage(GuiServices &services, UserSettings &settings, LanguageManager &languages, QWidget *parent)
    : Page(Section::Settings, parent)
    , m_services(services)
    , m_settings(settings)
    , m_languages(languages)
{
    buildLanguageGroup();
    buildDatabaseGroup();
    buildDefaultsGroup();
    buildOutboundPolicyGroup();
    contentLayout()->addStretch(1);
    retranslateUi();
}

void SettingsPage::buildLanguageGroup()
{
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(QString(), QString());
    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Magyar"), QStringLiteral("hu"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    connect(m_language, &QComboBox::activated, this,
            [this] { setLanguageChoice(m_language->currentData().toString()); });

    auto *form = new QFormLayout;
    m_languageLabel = addRow(form, m_language, m_labels);
    contentLayout()->addLayout(form);
}

void SettingsPage::buildDatabaseGroup()
{
    m_databaseHeading = heading();
    m_currentDatabase = new QLabel;
    m_currentDatabase->setObjectName(QStringLiteral("settingsCurrentDatabase"));
    m_currentDatabase->setWordWrap(true);
    m_currentDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backend = new QComboBox;
    m_backend->setObjectName(QStringLiteral("settingsBackend"));
    m_backend->addItem(QString(), int(SqliteBackend));
    m_backend->addItem(QString(), int(PostgreSqlBackend));
    m_location = new QLineEdit;
    m_location->setObjectName(QStringLiteral("settingsDatabaseLocation"));
    m_browse = new QPushButton;
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("settingsDatabasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton;
    m_test->setObjectName(QStringLiteral("settingsTestDatabase"));
    m_saveDatabase = new QPushButton;
    m_saveDatabase->setObjectName(QStringLiteral("settingsSaveDatabase"));
    m_databaseResult = new QLabel;
    m_databaseResult->setObjectName(QStringLiteral("settingsDatabaseResult"));
    m_databaseResult->setWordWrap(true);
    m_databaseResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Start from the stored choice, else from the database open now.
    QString stored = m_settings.database();
    DatabaseUrl url = m_services.database.url();
    try {
        if (!stored.isEmpty())
            url = DatabaseUrl::parse(stored);
    } catch (const Error &) {
        // A bad stored value is shown as the database open now.
    }
    m_backend->setCurrentIndex(url.isSqlite() ? SqliteBackend : PostgreSqlBackend);
    m_location->setText(url.isSqlite() ? QDir::toNativeSeparators(url.filePath()) : url.toString());

    connect(m_backend, &QComboBox::currentIndexChanged, this, &SettingsPage::updateDatabaseFields);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::chooseSqliteFile);
    connect(m_test, &QPushButton::clicked, this, &SettingsPage::testDatabase);
    connect(m_saveDatabase, &QPushButton::clicked, this, &SettingsPage::saveDatabase);

    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto *locationWidget = new QWidget;
    locationRow->setContentsMargins(0, 0, 0, 0);
    locationWidget->setLayout(locationRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_saveDatabase);
    buttons->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(m_currentDatabase);
    addRow(form, m_backend, m_labels);
    addRow(form, locationWidget, m_labels)->setBuddy(m_location);
    addRow(form, m_password, m_labels);
    form->addRow(buttons);
    form->addRow(m_databaseResult);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(m_databaseHeading);
    contentLayout()->addLayout(form);
    updateDatabaseFields();
}

void SettingsPage::buildDefaultsGroup()
{
    const WebhookSubscription defaults = m_settings.subscriptionDefaults();
    m_defaultsHeading = heading();
    m_scheme = new QComboBox;
    m_scheme->setObjectName(QStringLiteral("settingsDefaultScheme"));
    m_scheme->addItem(QStringLiteral("GarageReg (HMAC-SHA256)"), int(SignatureScheme::GarageReg));
    m_scheme->addItem(QStringLiteral("Standard Webhooks"), int(SignatureScheme::StandardWebhooks));
    m_scheme->setCurrentIndex(m_scheme->findData(int(defaults.signatureScheme)));
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("settingsDefaultTimeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(defaults.timeoutSeconds);
    m_maxRetries = new QSpinBox;
    m_maxRetries->setObjectName(QStringLiteral("settingsDefaultRetries"));
    m_maxRetries->setRange(0, 100);
    m_maxRetries->setValue(defaults.maxRetries);
    QStringList delays;
    for (int delay : defaults.retryDelaysSeconds)
        delays << QString::number(delay);
    m_retryDelays = new QLineEdit(delays.join(QStringLiteral(", ")));
    m_retryDelays->setObjectName(QStringLiteral("settingsDefaultDelays"));
    m_defaultsProblem = new QLabel;
    m_defaultsProblem->setObjectName(QStringLiteral("settingsDefaultsProblem"));
    m_defaultsProblem->setWordWrap(true);
    m_defaultsProblem->setStyleSheet(QStringLiteral("color: #b00020"));

    connect(m_scheme, &QComboBox::currentIndexChanged, this, &SettingsPage::saveDefaults);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SettingsPage::saveDefaults);
    connect(m_maxRetries, &QSpinBox::valueChanged, this, &SettingsPage::saveDefaults);
    connect(m_retryDelays, &QLineEdit::textChanged, this, &SettingsPage::saveDefaults);

    auto *form = new QFormLayout;
    for (QWidget *field : std::initializer_list<QWidget *>{m_scheme, m_timeout, m_maxRetries, m_retryDelays})
        addRow(form, field, m_labels);
    form->addRow(m_defaultsProblem);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(m_defaultsHeading);
    contentLayout()->addLayout(form);
}

// The outbound policy binds every machine on the database, so it is shown here
// and changed by an administrator on the command line (`policy set`).
void SettingsPage::buildOutboundPolicyGroup()
{
    m_policyHeading = heading();
    m_policy = new QLabel;
    m_policy->setObjectName(QStringLiteral("settingsOutboundPolicy"));
    m_policy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policyHint = new QLabel;
    m_policyHint->setWordWrap(true);
    m_policyHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(m_policyHeading);
    contentLayout()->addWidget(m_policy);
    contentLayout()->addWidget(m_policyHint);
}

void SettingsPage::showOutboundPolicy()
{
    try {
        m_policy->setText(OutboundPolicyRepository(m_services.database).load().describe().join(QLatin1Char('\n')));
    } catch (const Error &error) {
        m_policy->setText(tr("The outbound policy could not be read: %1").arg(error.message()));
    }
}

void SettingsPage::setLanguageChoice(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_settings.setLanguage(language);
    const QString effective = language.isEmpty() ? LanguageManager::languageForLocale(QLocale::system()) : language;
    m_languages.setLanguage(effective);
}

void SettingsPage::updateDatabaseFields()
{
    const bool sqlite = m_backend->currentData().toInt() == SqliteBackend;
    m_browse->setVisible(sqlite);
    m_password->setEnabled(!sqlite);
    m_location->setPlaceholderText(sqlite ? tr("/home/user/garagereg.db")
                                          : QStringLiteral("postgresql://garagereg@db.example.hu:5432/garagereg"));
}

void SettingsPage::chooseSqliteFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("SQLite database file"), m_location->text(),
                                                      tr("SQLite databases (*.db *.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_location->setText(QDir::toNativeSeparators(file));
}

bool SettingsPage::enteredDatabase(QString *text, QString *error) const
{
    const QString location = m_location->text().trimmed();
    try {
        if (m_backend->currentData().toInt() == SqliteBackend) {
            if (location.isEmpty())
                throw Error(tr("Enter the path of the SQLite file."));
            const QString path = QDir::fromNativeSeparators(QFileInfo(location).absoluteFilePath());
            *text = DatabaseUrl::parse(QStringLiteral("sqlite://") + path).toString();
        } else {
            if (!location.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive))
                throw Error(tr("Enter a PostgreSQL URL such as postgresql://user@host:5432/dbname."));
            *text = DatabaseUrl::parse(location).toString();
        }
        return true;
    } catch (const Error &problem) {
        *error = problem.message();
        return false;
    }
}

void SettingsPage::testDatabase()
{
    QString text;
    QString error;
    if (m_testing)
        return;
    if (!enteredDatabase(&text, &error)) {
        m_databaseResult->setText(error);
        Q_EMIT databaseCheckFinished(false);
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_databaseResult->setText(tr("Connecting…"));
    const DatabaseUrl url = DatabaseUrl::parse(text);
    const QString typedPassword = m_password->text();
    QFuture<DatabasePassword> password = typedPassword.isEmpty()
                                             ? lookUpDatabasePassword(m_services.secrets, url,
                                                                      QProcessEnvironment::systemEnvironment())
                                             : QtFuture::makeReadyFuture(DatabasePassword{typedPassword, {}});
    password.then([self = QPointer<SettingsPage>(this), url](const DatabasePassword &found) {
        if (!self)
            return;
        // Connecting may take seconds (a server that does not answer): off the UI thread.
        auto outcome = std::make_shared<std::pair<bool, QString>>();
        QThread *thread = QThread::create([url, found, outcome] {
            try {
                *outcome = {true, checkDatabaseConnection(url, found.password)};
            } catch (const Error &problem) {
                QString message = problem.message();
                if (!found.missingReason.isEmpty())
                    message += QLatin1Char('\n') + found.missingReason;
                *outcome = {false, message};
            }
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        connect(thread, &QThread::finished, self, [self, outcome] {
            self->m_testing = false;
            self->m_test->setEnabled(true);
            self->m_databaseResult->setText(outcome->second);
            Q_EMIT self->databaseCheckFinished(outcome->first);
        });
        thread->start();
    });
}

void SettingsPage::saveDatabase()
{
    QString text;
    QString error;
    if (!enteredDatabase(&text, &error)) {
        m_databaseResult->setText(error);
        Q_EMIT databaseSaved(false);
        return;
    }
    const DatabaseUrl url = DatabaseUrl::parse(text);
    const auto remember = [this, text] {
        m_settings.setDatabase(text);
        m_settings.sync();
        m_databaseResult->setText(tr("Saved. The application opens this database at its next start."));
        Q_EMIT databaseSaved(true);
    };
    const QString password = m_password->text();
    if (url.isSqlite() || password.isEmpty()) {
        remember();
        return;
    }
    m_services.secrets.write(url.passwordSecretKey(), password.toUtf8())
        .then([self = QPointer<SettingsPage>(this), remember](const SecretResult &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->m_databaseResult->setText(
                    tr("Not saved: the password could not be stored in the keychain: %1").arg(result.errorMessage));
                Q_EMIT self->databaseSaved(false);
                return;
            }
            self->m_password->clear();
            remember();
        });
}

QString SettingsPage::databaseResultText() const
{
    return m_databaseResult->text();
}

bool SettingsPage::canSaveDefaults() const
{
    return m_defaultsProblem->text().isEmpty();
}

void SettingsPage::saveDefaults()
{
    WebhookSubscription defaults;
    defaults.signatureScheme = SignatureScheme(m_scheme->currentData().toInt());
    defaults.timeoutSeconds = m_timeout->value();
    defaults.maxRetries = m_maxRetries->value();
    const std::optional<QList<int>> delays = SubscriptionForm::parseRetryDelays(m_retryDelays->text());
    defaults.retryDelaysSeconds = delays.value_or(QList<int>{});
    bool valid = delays.has_value()
                 && std::all_of(defaults.retryDelaysSeconds.begin(), defaults.retryDelaysSeconds.end(), [](int delay) {
                        return delay >= 1 && delay <= WebhookSubscription::maxRetryDelaySeconds;
                    });
    if (defaults.maxRetries > 0 && defaults.retryDelaysSeconds.isEmpty())
        valid = false;
    if (!valid) {
        m_defaultsProblem->setText(
            tr("The retry delays must be whole seconds between 1 and 604800, separated by commas. Not saved."));
        return;
    }
    m_defaultsProblem->clear();
    m_settings.setSubscriptionDefaults(defaults);
    Q_EMIT subscriptionDefaultsChanged(defaults);
}

void SettingsPage::setRowCounts(const RowCounts &) { }

void SettingsPage::retranslateUi()
{
    Page::retranslateUi();
    m_language->setItemText(0, tr("System language"));
    m_databaseHeading->setText(tr("Database"));
    m_currentDatabase->setText(tr("Open now: %1").arg(m_services.database.url().toString()));
    m_backend->setItemText(SqliteBackend, tr("SQLite file on this computer"));
    m_backend->setItemText(PostgreSqlBackend, tr("PostgreSQL server (shared by a team or several workers)"));
    m_browse->setText(tr("&Browse…"));
    m_password->setPlaceholderText(tr("Stored in the keychain; leave empty to keep the stored one"));
    m_test->setText(tr("&Test connection"));
    m_saveDatabase->setText(tr("&Use at next start"));
    m_defaultsHeading->setText(tr("Defaults for new subscriptions"));
    m_policyHeading->setText(tr("Outbound policy"));
    m_policyHint->setText(tr("Where webhooks, test pings and ERP calls may go, for every machine on this database. "
                             "An administrator changes it on the command line: garagereg-integrations-cli policy set "
                             "--refuse-private yes (see policy set --help)."));
    showOutboundPolicy();
    const QStringList texts{tr("&Language:"), tr("Data&base type:"),         tr("&Location:"),
                            tr("&Password:"), tr("Signature &scheme:"),      tr("&Timeout (seconds):"),
                            tr("&Retries:"),  tr("Retry &delays (seconds):")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels.at(i)->setText(texts.at(i));
    updateDatabaseFields();
}

} // namespace garagereg
