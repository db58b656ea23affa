#include "adapters/http/WebhookSender.h"

#include "adapters/http/HttpDates.h"
#include "adapters/http/OutboundGuard.h"

#include "models/common/Clock.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QStringList>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <climits>

namespace garagereg {

namespace {

// The class of a transport-level failure, or nothing when the HTTP status decides.
std::optional<AttemptErrorClass> transportErrorClass(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError: return AttemptErrorClass::Connection;
    case QNetworkReply::HostNotFoundError: return AttemptErrorClass::Dns;
    case QNetworkReply::SslHandshakeFailedError: return AttemptErrorClass::Tls;
    // Qt's own timeouts: a transfer timeout set on the QNetworkAccessManager
    // aborts the reply (OperationCanceledError); ours are recognised before this.
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: return AttemptErrorClass::Timeout;
    default: return std::nullopt;
    }
}

QString httpStatusText(int status, const QString &reason)
{
    QString text = QStringLiteral("HTTP ") + QString::number(status);
    if (!reason.isEmpty())
        text += QLatin1Char(' ') + reason;
    return text;
}

} // namespace

// The delivery engine recognises it as "aborted by us"; not translated.
const QString &AbstractWebhookSender::cancelledMessage()
{
    static const QString message = QStringLiteral("cancelled");
    return message;
}

QString attemptErrorClassName(AttemptErrorClass errorClass)
{
    switch (errorClass) {
    case AttemptErrorClass::None: return QString();
    case AttemptErrorClass::Timeout: return QStringLiteral("timeout");
    case AttemptErrorClass::Connection: return QStringLiteral("connection");
    case AttemptErrorClass::Dns: return QStringLiteral("dns");
    case AttemptErrorClass::Tls: return QStringLiteral("tls");
    case AttemptErrorClass::Http: return QStringLiteral("http");
    case AttemptErrorClass::Policy: return QStringLiteral("policy");
    }
    return QString();
}

std::optional<AttemptErrorClass> attemptErrorClassFromName(const QString &name)
{
    for (const AttemptErrorClass errorClass :
         {AttemptErrorClass::None, AttemptErrorClass::Timeout, AttemptErrorClass::Connection, AttemptErrorClass::Dns,
          AttemptErrorClass::Tls, AttemptErrorClass::Http, AttemptErrorClass::Policy}) {
        if (attemptErrorClassName(errorClass) == name)
            return errorClass;
    }
    return std::nullopt;
}

// One request in flight. Owned by WebhookSender::m_pending until finish().
struct WebhookSender::Pending
{
    enum class Stop { None, Timeout, TooLarge, Cancelled };

    QPromise<AttemptResult> promise;
    QNetworkReply *reply = nullptr;                                     // null once the reply was destroyed under us
    std::optional<std::multimap<qint64, Pending *>::iterator> deadline; // in WebhookSender::m_deadlines
    QElapsedTimer elapsed;
    qint64 timeoutMs = 0;
    qint64 bodyBytes = 0; // received so far, stored or not
    Stop stop = Stop::None;
    bool cancelRequested = false; // by abortAll()
    bool abortIssued = false;
    QStringList sslErrors;
    AttemptResult result;
    quint64 serial = 0;                 // this sender's count of requests, to find it again later
    std::optional<quint64> guardTicket; // while the outbound guard resolves the host
    // Ended before anything was sent: refused by the policy, the name did not resolve, ...
    std::optional<std::pair<AttemptErrorClass, QString>> notSent;

    // Reads what has arrived: the first storedBodyLimit bytes are kept, the rest
    // counted and dropped. False once more than maxResponseBytes have arrived.
    bool readBody()
    {
        if (!reply || !reply->isOpen())
            return true;
        while (reply->bytesAvailable() > 0) {
            const qint64 room = storedBodyLimit - result.responseBody.size();
            qint64 consumed = 0;
            if (room > 0) {
                // No more than has arrived: read(n) allocates n bytes first, and the
                // chunk keeps that capacity (128 KiB once Qt rounded 64 KiB up, for a
                // body of a few bytes) on its way through the engine and the recorder.
                const QByteArray chunk = reply->read(std::min(room, reply->bytesAvailable()));
                result.responseBody += chunk;
                consumed = chunk.size();
            } else {
                consumed = reply->skip(reply->bytesAvailable());
            }
            if (consumed <= 0)
                break;
            bodyBytes += consumed;
            if (bodyBytes > maxResponseBytes)
                return false;
        }
        return true;
    }

    // Fills in the result from the finished (or aborted) reply.
    void describe(const QDateTime &now)
    {
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (statusAttribute.isValid()) {
            result.httpStatus = statusAttribute.toInt();
            result.responseHeaders = reply->rawHeaderPairs();
        }
        result.responseTruncated = bodyBytes > storedBodyLimit;

        switch (stop) {
        case Stop::Cancelled:
            result.errorClass = AttemptErrorClass::Connection;
            result.errorMessage = cancelledMessage();
            return;
        case Stop::Timeout:
            result.errorClass = AttemptErrorClass::Timeout;
            result.errorMessage = tr("no complete response within %1 ms").arg(timeoutMs);
            if (result.httpStatus) {
                const QString progress = tr("%1 received, %2 body bytes so far")
                                             .arg(httpStatusText(*result.httpStatus, reason),
                                                  QString::number(bodyBytes));
                result.errorMessage += QStringLiteral(" (") + progress + QLatin1Char(')');
            }
            return;
        case Stop::TooLarge:
            result.errorClass = AttemptErrorClass::Http;
            result.errorMessage =
                tr("the response exceeded the limit of %1 bytes and was aborted").arg(maxResponseBytes);
            return;
        case Stop::None: break;
        }

        const QNetworkReply::NetworkError error = reply->error();
        if (!sslErrors.isEmpty()) {
            // Qt's text names the first certificate error; add the others.
            result.errorClass = AttemptErrorClass::Tls;
            result.errorMessage = reply->errorString();
            for (const QString &sslError : std::as_const(sslErrors)) {
                if (!result.errorMessage.contains(sslError))
                    result.errorMessage += QStringLiteral("; ") + sslError;
            }
            return;
        }
        if (const std::optional<AttemptErrorClass> transport = transportErrorClass(error)) {
            result.errorClass = *transport;
            result.errorMessage = reply->errorString();
            return;
        }
        if (!result.httpStatus) {
            // No HTTP answer at all: a malformed response, an unsupported scheme, ...
            result.errorClass = AttemptErrorClass::Connection;
            result.errorMessage = error == QNetworkReply::NoError ? tr("no HTTP response") : reply->errorString();
            return;
        }

        const int status = *result.httpStatus;
        if (status / 100 == 2) {
            if (error == QNetworkReply::NoError)
                return; // delivered
            result.errorClass = AttemptErrorClass::Http;
            result.errorMessage = httpStatusText(status, reason) + QStringLiteral(", ") + reply->errorString();
            return;
        }
        result.errorClass = AttemptErrorClass::Http;
        result.errorMessage = httpStatusText(status, reason);
        if (status / 100 == 3 && reply->hasRawHeader("Location")) {
            result.redirectLocation = QString::fromUtf8(reply->rawHeader("Location"));
            result.errorMessage += QStringLiteral(": ")
                                   + tr("redirect to %1 not followed").arg(result.redirectLocation);
        }
        if ((status == 429 || status == 503) && reply->hasRawHeader("Retry-After"))
            result.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"), now);
    }
};

WebhookSender::WebhookSender(QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
    m_monotonic.start();
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_deadlineTimer, &QTimer::timeout, this, &WebhookSender::abortExpired);
}

WebhookSender::~WebhookSender()
{
    abortAll();
    // Requests sent by continuations while the others were being aborted.
    for (int round = 0; round < 3 && !m_pending.isEmpty(); ++round)
        abortAll();
    while (!m_pending.isEmpty()) {
        Pending *pending = m_pending.constFirst();
        pending->stop = Pending::Stop::Cancelled;
        finish(pending);
    }
}

QFuture<AttemptResult> WebhookSender::send(const OutgoingWebhook &webhook)
{
    auto *pending = new Pending;
    pending->serial = ++m_lastSerial;
    pending->promise.start();
    QFuture<AttemptResult> future = pending->promise.future();
    pending->result.startedAt = m_clock.now();
    pending->timeoutMs = std::clamp<qint64>(webhook.timeout.count(), 0, INT_MAX);
    pending->elapsed.start();

    m_pending.append(pending);
    pending->deadline = m_deadlines.insert({m_monotonic.elapsed() + pending->timeoutMs, pending});
    if (m_armedFor < 0 || pending->timeoutMs == 0 || (*pending->deadline)->first < m_armedFor)
        armDeadlineTimer();

    // The outbound policy, a separate step before the request: decided at once
    // when it can be, else after resolving the name (within the attempt's timeout).
    if (m_guard) {
        const OutboundDecision decision = m_guard->decide(webhook.url);
        if (decision.kind != OutboundDecision::Kind::Allowed) {
            pending->guardTicket = m_guard->resolve(webhook.url,
                                                    [this, pending, webhook](const OutboundDecision &later) {
                                                        pending->guardTicket.reset();
                                                        startRequest(pending, webhook, later);
                                                    });
            return future;
        }
        startRequest(pending, webhook, decision);
        return future;
    }
    startRequest(pending, webhook, OutboundDecision{});
    return future;
}

void WebhookSender::startRequest(Pending *pending, const OutgoingWebhook &webhook, const OutboundDecision &decision)
{
    switch (decision.kind) {
    case OutboundDecision::Kind::Allowed: break;
    case OutboundDecision::Kind::Refused:
        pending->notSent = {AttemptErrorClass::Policy, decision.message};
        finish(pending);
        return;
    case OutboundDecision::Kind::Failed:
    case OutboundDecision::Kind::Lookup:
        pending->notSent = {decision.dns ? AttemptErrorClass::Dns : AttemptErrorClass::Connection, decision.message};
        finish(pending);
        return;
    }

    QNetworkRequest request(webhook.url);
    // Exactly the given headers, in order. Qt adds only what it needs for the
    // transport (Host, Content-Length, Connection, Accept-Encoding,
    // Accept-Language); Content-Type and User-Agent are the given ones.
    for (const auto &[name, value] : webhook.headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    if (!decision.address.isNull())
        OutboundGuard::pinAddress(request, decision.address);
    if (const QString problem = OutboundGuard::trustOnly(request, webhook.caCertificates); !problem.isEmpty()) {
        // Possibly inside send(): the future finishes later, as always.
        pending->notSent = {AttemptErrorClass::Tls, problem};
        QTimer::singleShot(0, this, [this, serial = pending->serial] {
            for (Pending *waiting : std::as_const(m_pending)) {
                if (waiting->serial == serial) {
                    finish(waiting);
                    return;
                }
            }
        });
        return;
    }

    QNetworkReply *reply = networkFor(webhook.caCertificates).post(request, webhook.body);
    pending->reply = reply;

    // Every handler that may end the attempt does so as its last action: finish()
    // deletes the Pending.
    connect(reply, &QNetworkReply::readyRead, this, [pending] {
        if (!pending->readBody()) {
            pending->stop = Pending::Stop::TooLarge;
            pending->reply->abort(); // emits finished
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, pending] { finish(pending); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [pending](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake fails and the attempt is Tls.
        for (const QSslError &error : errors)
            pending->sslErrors.append(error.errorString());
    });
#endif
    // The QNetworkAccessManager deleted under us: its replies go without "finished".
    connect(reply, &QObject::destroyed, this, [this, pending] {
        pending->reply = nullptr;
        pending->stop = Pending::Stop::Cancelled;
        finish(pending);
    });
}

QNetworkAccessManager &WebhookSender::networkFor(const QByteArray &caCertificates)
{
    if (caCertificates.isEmpty())
        return m_network;
    std::shared_ptr<QNetworkAccessManager> &network = m_caNetworks[caCertificates];
    if (!network) {
        network = std::make_shared<QNetworkAccessManager>();
        network->setProxy(m_network.proxy());
    }
    return *network;
}

void WebhookSender::setOutboundGuard(OutboundGuard *guard)
{
    m_guard = guard;
}

int WebhookSender::inFlight() const
{
    return int(m_pending.size());
}

void WebhookSender::abortAll()
{
    // Aborting finishes a future, whose continuation may send again: only the
    // requests in flight now are aborted. They are marked first and looked up
    // afresh each time, since each abort changes m_pending.
    for (Pending *pending : std::as_const(m_pending))
        pending->cancelRequested = true;
    for (;;) {
        const auto marked = std::find_if(m_pending.cbegin(), m_pending.cend(),
                                         [](const Pending *pending) { return pending->cancelRequested; });
        if (marked == m_pending.cend())
            return;
        Pending *pending = *marked;
        pending->stop = Pending::Stop::Cancelled;
        if (pending->reply && !pending->abortIssued) {
            pending->abortIssued = true;
            pending->reply->abort(); // emits finished, which finishes the Pending
        } else {
            finish(pending); // a reply that had finished already does not emit finished again
        }
    }
}

// The timer is armed for the earliest deadline. It is not moved when that
// request finishes first: it then fires early, finds nothing due and re-arms.
void WebhookSender::armDeadlineTimer()
{
    if (m_deadlines.empty()) {
        m_deadlineTimer.stop();
        m_armedFor = -1;
        return;
    }
    m_armedFor = m_deadlines.begin()->first;
    m_deadlineTimer.start(int(std::clamp<qint64>(m_armedFor - m_monotonic.elapsed(), 0, INT_MAX)));
}

void WebhookSender::abortExpired()
{
    m_armedFor = -1;
    const qint64 now = m_monotonic.elapsed();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        Pending *pending = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        pending->deadline.reset();
        pending->stop = Pending::Stop::Timeout;
        if (pending->reply)
            pending->reply->abort(); // emits finished, which may send again
        else
            finish(pending); // still resolving its host
    }
    armDeadlineTimer(); // for the earliest left, whatever the aborts' continuations sent meanwhile
}

void WebhookSender::finish(Pending *pending)
{
    if (!m_pending.removeOne(pending))
        return;
    if (pending->deadline) {
        m_deadlines.erase(*pending->deadline);
        pending->deadline.reset();
    }
    if (pending->guardTicket && m_guard)
        m_guard->cancel(*pending->guardTicket);
    if (pending->notSent && pending->stop == Pending::Stop::None) {
        pending->result.errorClass = pending->notSent->first;
        pending->result.errorMessage = pending->notSent->second;
    } else if (QNetworkReply *reply = pending->reply) {
        disconnect(reply, nullptr, this, nullptr);
        if (pending->stop == Pending::Stop::None && !pending->readBody())
            pending->stop = Pending::Stop::TooLarge;
        pending->describe(m_clock.now());
        reply->deleteLater();
    } else if (pending->stop == Pending::Stop::Timeout) {
        pending->result.errorClass = AttemptErrorClass::Timeout;
        pending->result.errorMessage =
            tr("no complete response within %1 ms (the host name was still being resolved)").arg(pending->timeoutMs);
    } else {
        pending->result.errorClass = AttemptErrorClass::Connection;
        pending->result.errorMessage = cancelledMessage();
    }
    pending->result.durationMs = pending->elapsed.elapsed();

    // The continuation may run right here and call send() or abortAll():
    // everything about this Pending is settled before.
    pending->promise.addResult(std::move(pending->result));
    pending->promise.finish();
    delete pending;
}

} // namespace garagereg
