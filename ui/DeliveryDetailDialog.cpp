#include "ui/DeliveryDetailDialog.h"

#include "app/services/DeliveryEngine.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/DeliveryRepository.h"
#include "ui/CurlCommand.h"
#include "ui/GuiServices.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace garagereg {

namespace {

QString prettyJson(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(bytes);
}

QString headerLines(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    return lines.join(QLatin1Char('\n'));
}

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QPlainTextEdit *makeText(const QString &objectName, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

} // namespace

DeliveryDetailDialog::DeliveryDetailDialog(GuiServices &services, const QString &requestId, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_requestId(requestId)
{
    setObjectName(QStringLiteral("deliveryDetailDialog"));
    resize(900, 650);
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *timelineBox = new QWidget(splitter);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    m_timelineHeading = new QLabel(timelineBox);
    timelineLayout->addWidget(m_timelineHeading);
    m_timeline = new QTreeWidget(timelineBox);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setColumnCount(6);
    timelineLayout->addWidget(m_timeline);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showAttempt(item ? m_timeline->indexOfTopLevelItem(item) : -1); });

    auto *detailBox = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_truncated = new QLabel(detailBox);
    m_truncated->setObjectName(QStringLiteral("truncatedNote"));
    m_truncated->hide();
    m_tabs = new QTabWidget(detailBox);
    m_tabs->setObjectName(QStringLiteral("attemptTabs"));
    m_requestHeaders = makeText(QStringLiteral("requestHeaders"), m_tabs);
    m_requestBody = makeText(QStringLiteral("requestBody"), m_tabs);
    m_responseHeaders = makeText(QStringLiteral("responseHeaders"), m_tabs);
    m_responseBody = makeText(QStringLiteral("responseBody"), m_tabs);
    m_error = makeText(QStringLiteral("attemptError"), m_tabs);
    m_tabs->addTab(m_requestHeaders, QString());
    m_tabs->addTab(m_requestBody, QString());
    m_tabs->addTab(m_responseHeaders, QString());
    m_tabs->addTab(m_responseBody, QString());
    m_tabs->addTab(m_error, QString());
    detailLayout->addWidget(m_truncated);
    detailLayout->addWidget(m_tabs);
    splitter->addWidget(timelineBox);
    splitter->addWidget(detailBox);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resendButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_resendButton->setObjectName(QStringLiteral("resendButton"));
    m_curlButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_curlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_verifyButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resendButton, &QPushButton::clicked, this, &DeliveryDetailDialog::resend);
    connect(m_curlButton, &QPushButton::clicked, this, &DeliveryDetailDialog::copyAsCurl);
    connect(m_verifyButton, &QPushButton::clicked, this, &DeliveryDetailDialog::showVerifyDialog);
    layout->addWidget(m_buttons);

    if (m_services.deliveryEngine) {
        connect(m_services.deliveryEngine, &DeliveryEngine::attemptFinished, this,
                [this](const QString &finishedId, garagereg::DeliveryStatus) {
                    if (finishedId == m_requestId)
                        reload();
                });
    }

    retranslateUi();
    reload();
}

void DeliveryDetailDialog::reload()
{
    const int selected = selectedAttempt();
    const bool wasLatest = selected < 0 || selected == m_attempts.size() - 1;
    try {
        DeliveryRepository repository(m_services.database, m_services.clock);
        m_delivery = repository.findByRequestId(m_requestId);
        if (m_delivery) {
            m_attempts = repository.attempts(m_delivery->id);
            m_body = repository.eventBody(m_delivery->eventId);
        } else {
            m_attempts.clear();
            m_body.clear();
        }
    } catch (const Error &error) {
        m_message->setText(tr("Could not read the delivery: %1").arg(error.message()));
        return;
    }
    retranslateUi();
    const QSignalBlocker blocker(m_timeline);
    m_timeline->clear();
    for (const DeliveryAttempt &attempt : std::as_const(m_attempts)) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, QString::number(attempt.number));
        item->setText(1,
                      QLocale().toString(attempt.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        item->setText(2, tr("%1 ms").arg(attempt.durationMs));
        item->setText(3, attempt.responseStatus ? QString::number(*attempt.responseStatus) : tr("no response"));
        item->setText(4, attempt.errorClass.isEmpty() ? tr("success") : attempt.errorClass);
        item->setText(5, attempt.manual ? tr("manual") : tr("scheduled"));
    }
    const int count = static_cast<int>(m_attempts.size());
    const int toSelect = count == 0 ? -1 : (wasLatest ? count - 1 : qMin(selected, count - 1));
    if (toSelect >= 0)
        m_timeline->setCurrentItem(m_timeline->topLevelItem(toSelect));
    showAttempt(toSelect);
    m_curlButton->setEnabled(count > 0);
    m_verifyButton->setEnabled(count > 0);
    m_resendButton->setEnabled(m_delivery.has_value());
}

void DeliveryDetailDialog::selectAttempt(int index)
{
    if (index >= 0 && index < m_timeline->topLevelItemCount())
        m_timeline->setCurrentItem(m_timeline->topLevelItem(index));
}

int DeliveryDetailDialog::selectedAttempt() const
{
    QTreeWidgetItem *item = m_timeline ? m_timeline->currentItem() : nullptr;
    return item ? m_timeline->indexOfTopLevelItem(item) : -1;
}

const DeliveryAttempt *DeliveryDetailDialog::currentAttempt() const
{
    const int index = selectedAttempt();
    if (index >= 0 && index < m_attempts.size())
        return &m_attempts.at(index);
    return m_attempts.isEmpty() ? nullptr : &m_attempts.last();
}

void DeliveryDetailDialog::showAttempt(int index)
{
    if (index < 0 || index >= m_attempts.size()) {
        m_requestHeaders->clear();
        m_requestBody->setPlainText(prettyJson(m_body));
        m_responseHeaders->clear();
        m_responseBody->clear();
        m_error->clear();
        m_truncated->hide();
        return;
    }
    const DeliveryAttempt &attempt = m_attempts.at(index);
    m_requestHeaders->setPlainText(QStringLiteral("POST ") + attempt.url + QLatin1Char('\n')
                                   + headerLines(attempt.requestHeaders));
    m_requestBody->setPlainText(prettyJson(m_body));
    m_responseHeaders->setPlainText(attempt.responseStatus ? QStringLiteral("HTTP %1\n").arg(*attempt.responseStatus)
                                                                 + headerLines(attempt.responseHeaders)
                                                           : QString());
    m_responseBody->setPlainText(prettyJson(attempt.responseBody));
    m_truncated->setVisible(attempt.responseTruncated);
    m_error->setPlainText(
        attempt.errorClass.isEmpty() ? QString() : attempt.errorClass + QStringLiteral(": ") + attempt.errorMessage);
}

QString DeliveryDetailDialog::curlCommand() const
{
    const DeliveryAttempt *attempt = currentAttempt();
    if (!attempt)
        return {};
    return CurlCommand::build(attempt->url, attempt->requestHeaders, m_body);
}

WebhookSignature::Verification DeliveryDetailDialog::verifySignature(const QByteArray &secret) const
{
    const DeliveryAttempt *attempt = currentAttempt();
    if (!attempt)
        return {false, tr("There is no attempt to check.")};
    const QByteArray standard = headerValue(attempt->requestHeaders, "webhook-signature");
    try {
        if (!standard.isEmpty()) {
            const QString id = QString::fromUtf8(headerValue(attempt->requestHeaders, "webhook-id"));
            const qint64 timestamp = headerValue(attempt->requestHeaders, "webhook-timestamp").toLongLong();
            // The attempt's own time, so an old attempt still verifies.
            return WebhookSignature::verify(SignatureScheme::StandardWebhooks, secret, m_body, standard, id, timestamp,
                                            300, QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC));
        }
        for (const auto &[name, value] : attempt->requestHeaders) {
            if (value.startsWith("sha256="))
                return WebhookSignature::verify(SignatureScheme::GarageReg, secret, m_body, value, m_requestId,
                                                std::nullopt, 300, m_services.clock.now());
        }
    } catch (const Error &error) {
        return {false, error.message()};
    }
    return {false, tr("The attempt carries no signature.")};
}

bool DeliveryDetailDialog::resend()
{
    try {
        if (!DeliveryRepository(m_services.database, m_services.clock).resend(m_requestId)) {
            m_message->setText(tr("The delivery no longer exists."));
            return false;
        }
    } catch (const Error &error) {
        m_message->setText(tr("Could not resend: %1").arg(error.message()));
        return false;
    }
    if (m_services.deliveryEngine)
        m_services.deliveryEngine->wake();
    m_message->setText(tr("A new attempt is queued."));
    reload();
    return true;
}

void DeliveryDetailDialog::copyAsCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    m_message->setText(tr("The curl command is on the clipboard. It holds the signature, not the secret."));
}

void DeliveryDetailDialog::showVerifyDialog()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("verifySignatureDialog"));
    dialog.setWindowTitle(tr("Verify the signature"));
    auto *layout = new QFormLayout(&dialog);
    auto *secret = new QLineEdit(&dialog);
    secret->setObjectName(QStringLiteral("secret"));
    secret->setEchoMode(QLineEdit::Password);
    auto *result = new QLabel(&dialog);
    result->setObjectName(QStringLiteral("verifyResult"));
    result->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *check = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    layout->addRow(new QLabel(tr("Paste the subscription's secret. It is not stored."), &dialog));
    layout->addRow(tr("Secret:"), secret);
    layout->addRow(result);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(check, &QPushButton::clicked, &dialog, [this, secret, result] {
        const WebhookSignature::Verification verification = verifySignature(secret->text().toUtf8());
        result->setText(verification.valid ? tr("Valid: the signature matches this secret.")
                                           : tr("Invalid: %1").arg(verification.reason));
    });
    dialog.exec();
}

void DeliveryDetailDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload(); // the timeline's texts too
    QDialog::changeEvent(event);
}

void DeliveryDetailDialog::retranslateUi()
{
    setWindowTitle(tr("Delivery %1").arg(m_requestId));
    m_timelineHeading->setText(tr("Attempts"));
    m_timeline->setHeaderLabels(
        {tr("#"), tr("Started"), tr("Duration"), tr("HTTP status"), tr("Result"), tr("Trigger")});
    m_tabs->setTabText(0, tr("Request headers"));
    m_tabs->setTabText(1, tr("Request body"));
    m_tabs->setTabText(2, tr("Response headers"));
    m_tabs->setTabText(3, tr("Response body"));
    m_tabs->setTabText(4, tr("Error"));
    m_truncated->setText(tr("The response body is truncated: only its first 64 KiB were logged."));
    m_resendButton->setText(tr("&Resend"));
    m_curlButton->setText(tr("Copy as &curl"));
    m_verifyButton->setText(tr("&Verify a signature…"));
    if (!m_delivery) {
        m_summary->setText(tr("No delivery has the request ID %1.").arg(m_requestId));
        return;
    }
    const Delivery &d = *m_delivery;
    m_summary->setText(tr("Request ID %1 · event %2 (%3) · %4 · status %5 · %n attempt(s)", nullptr, d.attemptCount)
                           .arg(d.requestId, d.eventType, d.eventUuid, d.endpointUrl, deliveryStatusName(d.status)));
}

} // namespace garagereg
