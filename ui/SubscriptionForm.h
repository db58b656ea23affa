#pragma once

#include "models/domain/Integration.h"
#include "models/domain/WebhookSubscription.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace garagereg {

// Creates or edits a webhook subscription: endpoint, event types from the
// catalogue, a payload filter checked as you type, retries with a preview of
// the schedule they give, timeout and signature. A new subscription may be
// given a secret; left empty, one is generated and shown once after saving.
// Save stays disabled while the input is invalid, with the reasons beside it.
class SubscriptionForm : public QDialog
{
    Q_OBJECT

public:
    SubscriptionForm(const WebhookSubscription &subscription, const QList<Integration> &integrations,
                     QWidget *parent = nullptr);

    // The subscription as entered (valid when canSave()).
    WebhookSubscription subscription() const;
    // The secret typed for a new subscription; empty means "generate one".
    QByteArray secret() const;
    bool canSave() const;
    QString problemText() const;
    QString retryPreviewText() const;

    // "60, 300, 900" as seconds; nothing when a part is not a whole number.
    static std::optional<QList<int>> parseRetryDelays(const QString &text);
    // "45 s", "5 min", "1 h 30 min", "2 d": how long a wait is, for people.
    static QString durationText(qint64 seconds);
    // The attempts a delivery gets, and when, for the retry preview.
    static QString retrySchedule(int maxRetries, const QList<int> &delaysSeconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();
    QJsonObject filters(QString *error) const;

    WebhookSubscription m_original;
    bool m_isNew = true;
    QLineEdit *m_name = nullptr;
    QComboBox *m_integration = nullptr;
    QLineEdit *m_url = nullptr;
    QListWidget *m_events = nullptr;
    QPlainTextEdit *m_filters = nullptr;
    QLineEdit *m_organization = nullptr;
    QComboBox *m_scheme = nullptr;
    QLineEdit *m_header = nullptr;
    QSpinBox *m_maxRetries = nullptr;
    QLineEdit *m_retryDelays = nullptr;
    QLabel *m_retryPreview = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace garagereg
