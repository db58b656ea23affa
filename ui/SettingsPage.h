#pragma once

#include "models/domain/WebhookSubscription.h"
#include "ui/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace garagereg {

struct GuiServices;
class LanguageManager;
class UserSettings;

// The user's settings: the language (switched at once, every open window
// retranslates), the database to open at the next start (an SQLite file or a
// PostgreSQL server, with a Test button; the password goes to the keychain),
// and the defaults for new subscriptions.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    SettingsPage(GuiServices &services, UserSettings &settings, LanguageManager &languages, QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;

    void setLanguageChoice(const QString &language); // "", "en" or "hu"
    // Checks the entered database off the UI thread; databaseCheckFinished() follows.
    void testDatabase();
    // Stores the entered database for the next start (and its password in the keychain).
    void saveDatabase();
    QString databaseResultText() const;
    bool canSaveDefaults() const;

Q_SIGNALS:
    void subscriptionDefaultsChanged(const garagereg::WebhookSubscription &defaults);
    void databaseCheckFinished(bool ok);
    void databaseSaved(bool ok);

protected:
    void retranslateUi() override;

private:
    void buildLanguageGroup();
    void buildDatabaseGroup();
    void buildDefaultsGroup();
    void buildOutboundPolicyGroup();
    void showOutboundPolicy();
    void updateDatabaseFields();
    void chooseSqliteFile();
    void saveDefaults();
    // The entered database, or why it is not one (then the URL is the default one).
    bool enteredDatabase(QString *text, QString *error) const;

    GuiServices &m_services;
    UserSettings &m_settings;
    LanguageManager &m_languages;
    bool m_testing = false;

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;

    QLabel *m_databaseHeading = nullptr;
    QLabel *m_currentDatabase = nullptr;
    QComboBox *m_backend = nullptr;
    QLineEdit *m_location = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_saveDatabase = nullptr;
    QLabel *m_databaseResult = nullptr;

    QLabel *m_defaultsHeading = nullptr;
    QComboBox *m_scheme = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_maxRetries = nullptr;
    QLineEdit *m_retryDelays = nullptr;
    QLabel *m_defaultsProblem = nullptr;

    QLabel *m_policyHeading = nullptr;
    QLabel *m_policy = nullptr;     // the database's outbound policy, read-only here
    QLabel *m_policyHint = nullptr; // how an administrator changes it

    QList<QLabel *> m_labels;
};

} // namespace garagereg
