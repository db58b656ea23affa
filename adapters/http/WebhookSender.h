#pragma once

#include "adapters/http/OutboundGuard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace garagereg {

class Clock;

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// Why an attempt failed. Stored by name in delivery_attempts.error_class.
// Policy: the outbound policy refused the request (nothing was sent); final, never retried.
enum class AttemptErrorClass { None, Timeout, Connection, Dns, Tls, Http, Policy };
// "", "timeout", "connection", "dns", "tls", "http", "policy"
QString attemptErrorClassName(AttemptErrorClass errorClass);
std::optional<AttemptErrorClass> attemptErrorClassFromName(const QString &name);

// One HTTP POST of a webhook, headers exactly as given and in that order.
struct OutgoingWebhook
{
    QUrl url;
    QByteArray body;
    HttpHeaders headers;
    std::chrono::milliseconds timeout{30000}; // the whole exchange, name resolution to last byte
    // PEM CA certificates (the integration's): when set, the only CAs trusted
    // for this request instead of the system's. Certificates are always verified.
    QByteArray caCertificates;
};

// What happened to one attempt, for the delivery log and the retry decision.
struct AttemptResult
{
    QDateTime startedAt; // UTC, from the injected clock
    qint64 durationMs = 0;
    std::optional<int> httpStatus;
    HttpHeaders responseHeaders;
    QByteArray responseBody; // at most WebhookSender::storedBodyLimit bytes
    bool responseTruncated = false;
    AttemptErrorClass errorClass = AttemptErrorClass::None;
    QString errorMessage;     // Qt's error text, or "HTTP 503 Service Unavailable", ...
    QString redirectLocation; // the Location of a 3xx, which is never followed
    // Retry-After of a 429 or 503 (delta-seconds or HTTP-date), in seconds from
    // the attempt's end, capped at 24 h.
    std::optional<qint64> retryAfterSeconds;

    bool succeeded() const { return errorClass == AttemptErrorClass::None && httpStatus && *httpStatus / 100 == 2; }
};

// What the delivery engine sends through: WebhookSender on one thread, or
// WebhookSenderPool over several.
class AbstractWebhookSender
{
public:
    virtual ~AbstractWebhookSender() = default;
    // The future finishes exactly once, on the thread that called send(). Never throws.
    virtual QFuture<AttemptResult> send(const OutgoingWebhook &webhook) = 0;
    // Aborts every request in flight; their futures finish as failed attempts
    // (errorMessage cancelledMessage()) before this returns.
    virtual void abortAll() = 0;

    // The error message of an attempt aborted by abortAll() or by destroying the sender.
    static const QString &cancelledMessage();
};

// Sends webhooks through an injected QNetworkAccessManager. Redirects are not
// followed; a 3xx is a failed attempt. A timeout covers the whole exchange, so
// a receiver that trickles bytes cannot hold an attempt open. The response body
// is kept up to storedBodyLimit and the rest is read and discarded, up to
// maxResponseBytes, beyond which the attempt is aborted as failed.
class WebhookSender
    : public QObject
    , public AbstractWebhookSender
{
    Q_OBJECT

public:
    static constexpr qsizetype storedBodyLimit = 64 * 1024;
    static constexpr qint64 maxResponseBytes = 16 * 1024 * 1024;

    WebhookSender(QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);
    ~WebhookSender() override;

    // The future finishes exactly once, on this object's thread. Never throws.
    QFuture<AttemptResult> send(const OutgoingWebhook &webhook) override;

    // Every request is checked against the guard's outbound policy first (and
    // sent to the address it checked); without a guard nothing is checked.
    void setOutboundGuard(OutboundGuard *guard);

    int inFlight() const;
    // Aborts every request in flight; their futures finish as failed attempts.
    void abortAll() override;

private:
    struct Pending;
    void startRequest(Pending *pending, const OutgoingWebhook &webhook, const OutboundDecision &decision);
    void finish(Pending *pending);
    void abortExpired();
    void armDeadlineTimer();

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QPointer<OutboundGuard> m_guard;
    // Requests with their own CA certificates go through a QNetworkAccessManager
    // per CA list: Qt keeps a connection (and the TLS configuration it was made
    // with) per host and port, so requests trusting different CAs must not share one.
    QNetworkAccessManager &networkFor(const QByteArray &caCertificates);
    QHash<QByteArray, std::shared_ptr<QNetworkAccessManager>> m_caNetworks;
    quint64 m_lastSerial = 0;
    QList<Pending *> m_pending;
    // One timer for every request's timeout, armed for the earliest deadline
    // (ms on m_monotonic): a QTimer per request cost a timer registration each.
    QElapsedTimer m_monotonic;
    std::multimap<qint64, Pending *> m_deadlines;
    QTimer m_deadlineTimer;
    qint64 m_armedFor = -1;
};

} // namespace garagereg
