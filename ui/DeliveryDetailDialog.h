#pragma once

#include "models/webhooks/Delivery.h"
#include "models/webhooks/WebhookSignature.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace garagereg {

struct GuiServices;

// One delivery in detail: its attempts as a timeline and, for the selected
// attempt, the request headers, the request body (pretty-printed JSON), the
// response headers and body (pretty-printed when JSON, marked when truncated)
// and the error. Actions: Resend, Copy as curl (never the secret) and Verify
// a signature against a pasted secret.
class DeliveryDetailDialog : public QDialog
{
    Q_OBJECT

public:
    DeliveryDetailDialog(GuiServices &services, const QString &requestId, QWidget *parent = nullptr);

    const QString &requestId() const { return m_requestId; }
    const QList<DeliveryAttempt> &attempts() const { return m_attempts; }
    // Re-reads the delivery and its attempts; keeps the selected attempt.
    void reload();
    void selectAttempt(int index);
    int selectedAttempt() const;

    // The curl command of the selected attempt (the latest when none is selected).
    QString curlCommand() const;
    // Checks the logged signature of the selected attempt against a secret.
    WebhookSignature::Verification verifySignature(const QByteArray &secret) const;

public slots:
    bool resend();
    void copyAsCurl();
    void showVerifyDialog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showAttempt(int index);
    const DeliveryAttempt *currentAttempt() const;

    GuiServices &m_services;
    const QString m_requestId;
    std::optional<Delivery> m_delivery;
    QByteArray m_body;
    QList<DeliveryAttempt> m_attempts;

    QLabel *m_summary = nullptr;
    QLabel *m_timelineHeading = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_requestHeaders = nullptr;
    QPlainTextEdit *m_requestBody = nullptr;
    QPlainTextEdit *m_responseHeaders = nullptr;
    QPlainTextEdit *m_responseBody = nullptr;
    QPlainTextEdit *m_error = nullptr;
    QLabel *m_truncated = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_resendButton = nullptr;
    QPushButton *m_curlButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace garagereg
