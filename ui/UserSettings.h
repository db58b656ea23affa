#pragma once

#include "models/domain/WebhookSubscription.h"

#include <QSettings>
#include <QString>

#include <memory>

class QWidget;

namespace garagereg {

// What the desktop application remembers for its user, in QSettings: the
// chosen language and database, the defaults for new subscriptions, and the
// window's geometry, splitter positions and column widths.
class UserSettings
{
public:
    // The per-user settings file of the application (QSettings' native place).
    UserSettings();
    // A given file, for tests and the screenshot script.
    explicit UserSettings(const QString &iniFile);

    // "en", "hu", or empty for the system language.
    QString language() const;
    void setLanguage(const QString &language);

    // A database URL or SQLite path; empty for the per-user default.
    QString database() const;
    void setDatabase(const QString &database);

    // A subscription holding only the defaults: timeout, retries, retry delays
    // and signature scheme (the built-in ones until changed).
    WebhookSubscription subscriptionDefaults() const;
    void setSubscriptionDefaults(const WebhookSubscription &defaults);

    // Geometry and state of a top-level window, and the column widths and
    // splitter positions of every table and splitter inside it that has an
    // object name. Restoring ignores what no longer fits (a removed column).
    void saveLayout(QWidget *window);
    void restoreLayout(QWidget *window) const;

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace garagereg
