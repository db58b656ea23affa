#pragma once

#include "models/domain/Integration.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace garagereg {

// Creates or edits an integration. Save stays disabled while the input is
// invalid, and the reason is shown beside it.
class IntegrationForm : public QDialog
{
    Q_OBJECT

public:
    explicit IntegrationForm(const Integration &integration, QWidget *parent = nullptr);

    // The integration as entered (valid when canSave()).
    Integration integration() const;
    // The credential typed in (API key, token, user:password); empty keeps the
    // stored one. It goes to the keychain, never into the database.
    QByteArray credential() const;
    bool canSave() const;
    QString problemText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();
    QJsonObject settingsFromText(QString *error) const;

    Integration m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QSpinBox *m_rateLimit = nullptr;
    QLineEdit *m_organization = nullptr;
    QComboBox *m_conflictPolicy = nullptr;
    QSpinBox *m_syncInterval = nullptr;
    QPlainTextEdit *m_settings = nullptr;
    QLineEdit *m_credential = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace garagereg
