#include "ui/UserSettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>
#include <QWidget>

namespace garagereg {

namespace {

const auto languageKey = QStringLiteral("language");
const auto databaseKey = QStringLiteral("database");
const auto defaultsGroup = QStringLiteral("subscriptionDefaults");

QString layoutKey(const QWidget *window, const QString &kind, const QString &name)
{
    return QStringLiteral("layout/%1/%2/%3").arg(window->objectName(), kind, name);
}

} // namespace

UserSettings::UserSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

UserSettings::UserSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QString UserSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void UserSettings::setLanguage(const QString &language)
{
    m_settings->setValue(languageKey, language);
}

QString UserSettings::database() const
{
    return m_settings->value(databaseKey).toString();
}

void UserSettings::setDatabase(const QString &database)
{
    m_settings->setValue(databaseKey, database);
}

WebhookSubscription UserSettings::subscriptionDefaults() const
{
    WebhookSubscription defaults;
    m_settings->beginGroup(defaultsGroup);
    defaults.timeoutSeconds = m_settings->value(QStringLiteral("timeoutSeconds"), defaults.timeoutSeconds).toInt();
    defaults.maxRetries = m_settings->value(QStringLiteral("maxRetries"), defaults.maxRetries).toInt();
    const QStringList delays = m_settings->value(QStringLiteral("retryDelaysSeconds")).toStringList();
    if (!delays.isEmpty()) {
        defaults.retryDelaysSeconds.clear();
        for (const QString &delay : delays)
            defaults.retryDelaysSeconds << delay.toInt();
    }
    defaults.signatureScheme = signatureSchemeFromString(m_settings->value(QStringLiteral("signatureScheme")).toString())
                                   .value_or(defaults.signatureScheme);
    m_settings->endGroup();
    // Settings edited by hand must not produce a subscription the form refuses.
    const WebhookSubscription builtIn;
    if (defaults.timeoutSeconds < 1 || defaults.timeoutSeconds > 300)
        defaults.timeoutSeconds = builtIn.timeoutSeconds;
    if (defaults.maxRetries < 0 || defaults.maxRetries > 100)
        defaults.maxRetries = builtIn.maxRetries;
    for (int delay : std::as_const(defaults.retryDelaysSeconds)) {
        if (delay < 1 || delay > WebhookSubscription::maxRetryDelaySeconds) {
            defaults.retryDelaysSeconds = builtIn.retryDelaysSeconds;
            break;
        }
    }
    return defaults;
}

void UserSettings::setSubscriptionDefaults(const WebhookSubscription &defaults)
{
    m_settings->beginGroup(defaultsGroup);
    m_settings->setValue(QStringLiteral("timeoutSeconds"), defaults.timeoutSeconds);
    m_settings->setValue(QStringLiteral("maxRetries"), defaults.maxRetries);
    QStringList delays;
    for (int delay : defaults.retryDelaysSeconds)
        delays << QString::number(delay);
    m_settings->setValue(QStringLiteral("retryDelaysSeconds"), delays);
    m_settings->setValue(QStringLiteral("signatureScheme"), signatureSchemeName(defaults.signatureScheme));
    m_settings->endGroup();
}

void UserSettings::saveLayout(QWidget *window)
{
    m_settings->setValue(layoutKey(window, QStringLiteral("window"), QStringLiteral("geometry")),
                         window->saveGeometry());
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window))
        m_settings->setValue(layoutKey(window, QStringLiteral("window"), QStringLiteral("state")),
                             mainWindow->saveState());
    for (const QTableView *table : window->findChildren<QTableView *>()) {
        if (!table->objectName().isEmpty())
            m_settings->setValue(layoutKey(window, QStringLiteral("table"), table->objectName()),
                                 table->horizontalHeader()->saveState());
    }
    for (const QSplitter *splitter : window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            m_settings->setValue(layoutKey(window, QStringLiteral("splitter"), splitter->objectName()),
                                 splitter->saveState());
    }
}

void UserSettings::restoreLayout(QWidget *window) const
{
    const QByteArray geometry =
        m_settings->value(layoutKey(window, QStringLiteral("window"), QStringLiteral("geometry"))).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        const QByteArray state =
            m_settings->value(layoutKey(window, QStringLiteral("window"), QStringLiteral("state"))).toByteArray();
        if (!state.isEmpty())
            mainWindow->restoreState(state);
    }
    for (QTableView *table : window->findChildren<QTableView *>()) {
        const QByteArray state =
            m_settings->value(layoutKey(window, QStringLiteral("table"), table->objectName())).toByteArray();
        if (!table->objectName().isEmpty() && !state.isEmpty())
            table->horizontalHeader()->restoreState(state);
    }
    for (QSplitter *splitter : window->findChildren<QSplitter *>()) {
        const QByteArray state =
            m_settings->value(layoutKey(window, QStringLiteral("splitter"), splitter->objectName())).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
}

} // namespace garagereg
