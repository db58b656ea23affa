#include "adapters/erp/RestJsonAdapter.h"

#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/http/HttpDates.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/domain/Integration.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QRegularExpression>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <climits>
#include <cmath>

namespace garagereg {

namespace {

// Method, URL (never a header), status and duration of every request; enable
// with QT_LOGGING_RULES="garagereg.erp.restjson.debug=true".
Q_LOGGING_CATEGORY(lcRestJson, "garagereg.erp.restjson", QtInfoMsg)

constexpr qsizetype summaryLimit = 500;
const QString billingoDefaultEndpoint = QStringLiteral("https://api.billingo.hu/v3");

template<typename T>
using PromisePtr = std::shared_ptr<QPromise<ErpResult<T>>>;

template<typename T>
PromisePtr<T> startedPromise()
{
    auto promise = std::make_shared<QPromise<ErpResult<T>>>();
    promise->start();
    return promise;
}

template<typename T>
void complete(const PromisePtr<T> &promise, ErpResult<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

ErpError makeError(ErpErrorCategory category, QString message, QString raw = QString(),
                   std::optional<int> status = std::nullopt)
{
    ErpError error;
    error.category = category;
    error.message = std::move(message);
    error.rawMessage = std::move(raw);
    error.httpStatus = status;
    return error;
}

QByteArray encodePathPart(const QString &text)
{
    // The profile's own path text, settings already percent-encoded in it: keep
    // what a path may hold and %XX sequences, encode the rest (spaces, non-ASCII).
    static const QByteArrayView kept("/()'$,;=:@!*+&-._~");
    const auto isHex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    const QByteArray utf8 = text.toUtf8();
    QByteArray encoded;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const bool escape = c == '%' && i + 2 < utf8.size() && isHex(utf8.at(i + 1)) && isHex(utf8.at(i + 2));
        if (escape || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kept.contains(c))
            encoded += c;
        else
            encoded += '%' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
    }
    return encoded;
}

QByteArray encodePathValue(const QString &value)
{
    return QUrl::toPercentEncoding(value); // an id: never a separator
}

QByteArray encodeQueryKey(const QString &key)
{
    return QUrl::toPercentEncoding(key, "$");
}

QByteArray encodeQueryValue(const QString &value)
{
    // '+', '&', '=', ';', '#' and '%' are encoded; the OData punctuation stays readable.
    return QUrl::toPercentEncoding(value, "$'(),:/@!*");
}

// Replaces {name} by values[name]; escaped by `encode`, the rest by `literal`.
QByteArray expand(const QString &text, const QHash<QString, QString> &values,
                  const std::function<QByteArray(const QString &)> &literal,
                  const std::function<QByteArray(const QString &)> &encode)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}"));
    QByteArray result;
    qsizetype position = 0;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.cend())
            continue; // not ours to fill: left as written
        result += literal(text.mid(position, match.capturedStart() - position));
        result += encode(*value);
        position = match.capturedEnd();
    }
    result += literal(text.mid(position));
    return result;
}

// A next link is followed only to where the credential is meant to go.
bool sameOrigin(const QUrl &url, const QUrl &endpoint)
{
    const auto defaultPort = [](const QUrl &u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return url.isValid() && url.userInfo().isEmpty() && url.scheme() == endpoint.scheme()
           && url.host().compare(endpoint.host(), Qt::CaseInsensitive) == 0
           && url.port(defaultPort(url)) == endpoint.port(defaultPort(endpoint));
}

bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

// The server's own explanation, from the usual error bodies: {"error": {"code",
// "message"}} (OData, Business Central), {"message", "errors": [{"field",
// "message"}]} (Billingo 422), {"errors": {"field": ["..."]}}, {"detail"} (RFC 9457).
QString serverSummary(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QString::fromUtf8(body.left(summaryLimit * 2)).simplified().left(summaryLimit);
    const QJsonObject object = document.object();
    QStringList parts;
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject inner = error.toObject();
        const QString code = inner.value(QStringLiteral("code")).toString();
        const QString message = inner.value(QStringLiteral("message")).toString();
        parts << (code.isEmpty() ? message : message.isEmpty() ? code : code + QStringLiteral(": ") + message);
    } else if (error.isString()) {
        parts << error.toString();
    }
    if (object.value(QStringLiteral("message")).isString())
        parts << object.value(QStringLiteral("message")).toString();
    QStringList fieldErrors;
    const QJsonValue errors = object.value(QStringLiteral("errors"));
    if (errors.isArray()) {
        for (const QJsonValue &item : errors.toArray()) {
            if (item.isString()) {
                fieldErrors << item.toString();
            } else if (item.isObject()) {
                const QJsonObject entry = item.toObject();
                const QString field = entry.value(QStringLiteral("field")).toString();
                const QString message = entry.value(QStringLiteral("message")).toString();
                fieldErrors << (field.isEmpty() ? message : field + QStringLiteral(": ") + message);
            }
        }
    } else if (errors.isObject()) {
        const QJsonObject map = errors.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                for (const QJsonValue &message : it.value().toArray())
                    messages << message.toString();
            } else {
                messages << it.value().toString();
            }
            fieldErrors << it.key() + QStringLiteral(": ") + messages.join(QStringLiteral(", "));
        }
    }
    if (!fieldErrors.isEmpty())
        parts << fieldErrors.join(QStringLiteral("; "));
    for (const QString &key : {QStringLiteral("detail"), QStringLiteral("title")}) {
        if (parts.isEmpty() && object.value(key).isString())
            parts << object.value(key).toString();
    }
    parts.removeAll(QString());
    QString summary = parts.join(QStringLiteral(" — "));
    if (summary.isEmpty())
        summary = QString::fromUtf8(body.left(summaryLimit * 2)).simplified();
    return summary.left(summaryLimit);
}

} // namespace

// What came back for one request.
struct RestJsonAdapter::Outcome
{
    enum class Stop { None, Timeout, TooLarge, Cancelled, Refused, NotResolved };

    QByteArray method;
    QUrl url;
    Stop stop = Stop::None;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkMessage;
    QStringList sslErrors;
    std::optional<int> status;
    QString reason;
    HttpHeaders headers;
    QByteArray body;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    // Qt reports HTTP error statuses as network errors 201..299 and 401..499;
    // the others are the transport's own.
    bool transportFailed() const
    {
        const int code = int(networkError);
        if (networkError == QNetworkReply::NoError)
            return false;
        if (status && ((code >= 201 && code <= 299) || (code >= 401 && code <= 499)))
            return false;
        return true;
    }
    bool succeeded() const { return stop == Stop::None && !transportFailed() && status && *status / 100 == 2; }
};

// One request in flight; owned by m_pending until finish().
struct RestJsonAdapter::Pending
{
    QNetworkReply *reply = nullptr; // null once the reply was destroyed under us
    QTimer *timer = nullptr;        // the total timeout, a child of the reply
    QElapsedTimer elapsed;
    Outcome outcome;
    Done done;
    bool abortIssued = false;
};

RestJsonAdapter::RestJsonAdapter(QString provider, RestJsonProfile profile, QUrl endpoint, QByteArray credential,
                                 std::chrono::milliseconds timeout, QNetworkAccessManager &network, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_profile(std::move(profile))
    , m_endpoint(std::move(endpoint))
    , m_credential(credential.trimmed())
    , m_timeout(timeout)
    , m_network(network)
    , m_clock(clock)
{
}

void RestJsonAdapter::setCaCertificates(const QByteArray &pem)
{
    m_caCertificates = pem;
    m_caNetwork.reset();
    if (!pem.isEmpty()) {
        m_caNetwork = std::make_unique<QNetworkAccessManager>();
        m_caNetwork->setProxy(m_network.proxy());
    }
}

RestJsonAdapter::~RestJsonAdapter()
{
    // Everything in flight and every deferred answer finishes now, as cancelled;
    // a continuation that asks for more is answered "cancelled" at once.
    m_closing = true;
    for (auto it = m_resolving.begin(); it != m_resolving.end(); it = m_resolving.begin()) {
        if (m_guard)
            m_guard->cancel(it.key());
        const Resolving resolving = m_resolving.take(it.key());
        Outcome outcome;
        outcome.method = resolving.request.method;
        outcome.url = resolving.request.url;
        outcome.stop = Outcome::Stop::Cancelled;
        resolving.done(outcome);
    }
    while (!m_pending.isEmpty()) {
        Pending *pending = m_pending.constFirst();
        pending->outcome.stop = Outcome::Stop::Cancelled;
        if (pending->reply && !pending->abortIssued) {
            pending->abortIssued = true;
            pending->reply->abort(); // emits finished, which finishes the Pending
        }
        if (m_pending.contains(pending))
            finish(pending);
    }
    runLater();
}

std::unique_ptr<RestJsonAdapter> RestJsonAdapter::create(const ErpAdapterContext &context, const QString &provider,
                                                         RestJsonProfile profile)
{
    const Integration &integration = context.integration;
    QString endpointText = integration.endpointUrl.trimmed();
    if (endpointText.isEmpty() && provider == QLatin1String("billingo"))
        endpointText = billingoDefaultEndpoint;
    if (endpointText.isEmpty())
        throw Error(tr("The integration \"%1\" has no endpoint URL; %2 needs the API's base URL.")
                        .arg(integration.name, profile.displayName));
    const QUrl endpoint(endpointText, QUrl::StrictMode);
    if (!endpoint.userInfo().isEmpty())
        throw Error(tr("The endpoint URL of the integration \"%1\" contains a user name or password. Remove it and "
                       "store the credential in the keychain instead.")
                        .arg(integration.name));
    if (!isHttpUrl(endpointText) || !endpoint.isValid())
        throw Error(tr("The endpoint URL \"%1\" of the integration \"%2\" is not an http or https URL.")
                        .arg(endpointText, integration.name));
    if (!endpoint.query().isEmpty() || !endpoint.fragment().isEmpty())
        // Not repeated: a query may hold a key someone put there.
        throw Error(tr("The endpoint URL of the integration \"%1\" must not have a query or fragment; put query "
                       "parameters in the profile and the credential in the keychain.")
                        .arg(integration.name));

    std::chrono::milliseconds timeout{30000};
    const QJsonValue timeoutSetting = integration.settings.value(QStringLiteral("timeout_seconds"));
    if (!timeoutSetting.isUndefined() && !timeoutSetting.isNull()) {
        bool ok = timeoutSetting.isDouble();
        double seconds = timeoutSetting.toDouble();
        if (timeoutSetting.isString())
            seconds = timeoutSetting.toString().trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0.1 || seconds > 3600)
            throw Error(tr("The integration setting timeout_seconds must be a number of seconds from 0.1 to 3600; "
                           "it is %1.")
                            .arg(timeoutSetting.isString()
                                     ? QLatin1Char('"') + timeoutSetting.toString() + QLatin1Char('"')
                                 : timeoutSetting.isDouble() ? QString::number(timeoutSetting.toDouble())
                                                             : tr("not a number")));
        timeout = std::chrono::milliseconds(qint64(std::llround(seconds * 1000)));
    }

    if (const QByteArray ca = integrationCaCertificates(integration); !ca.isEmpty()) {
        if (const QString problem = OutboundGuard::caProblem(ca); !problem.isEmpty())
            throw Error(problem);
    }
    profile.resolveSettings(integration.settings);
    auto adapter = std::make_unique<RestJsonAdapter>(provider, std::move(profile), endpoint, context.credential,
                                                     timeout, context.network, context.clock);
    adapter->setOutboundGuard(context.guard);
    adapter->setCaCertificates(integrationCaCertificates(integration));
    return adapter;
}

std::unique_ptr<ErpAdapter> createRestJsonAdapter(const ErpAdapterContext &context)
{
    const QJsonValue setting = context.integration.settings.value(QStringLiteral("profile"));
    QJsonObject json;
    if (setting.isObject()) {
        json = setting.toObject();
    } else if (setting.isString()) {
        // The profile as JSON text, as a command line would give it.
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(setting.toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            throw Error(RestJsonAdapter::tr("The integration setting profile is not a JSON object: %1 at offset %2.")
                            .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : RestJsonAdapter::tr("not an object"))
                            .arg(parseError.offset));
        json = document.object();
    } else {
        throw Error(RestJsonAdapter::tr("The rest-json provider needs the integration setting profile: a JSON object "
                                        "describing the API (auth, paths, paging, fields). See "
                                        "docs/rest-json-adapter.md."));
    }
    return RestJsonAdapter::create(context, QStringLiteral("rest-json"), RestJsonProfile::fromJson(json));
}

std::unique_ptr<ErpAdapter> createBusinessCentralAdapter(const ErpAdapterContext &context)
{
    const QJsonObject &settings = context.integration.settings;
    if (settings.value(QStringLiteral("company_id")).toString().trimmed().isEmpty())
        throw Error(RestJsonAdapter::tr("The Business Central integration needs the setting company_id: the id (a "
                                        "GUID) of the company, as GET companies lists it."));
    if (settings.value(QStringLiteral("currency")).toString().trimmed().isEmpty())
        throw Error(RestJsonAdapter::tr("The Business Central integration needs the setting currency: the company's "
                                        "local currency (e.g. HUF or EUR), in which Business Central holds item "
                                        "prices."));
    return RestJsonAdapter::create(context, QStringLiteral("microsoft-dynamics"), RestJsonProfile::businessCentral());
}

std::unique_ptr<ErpAdapter> createBillingoAdapter(const ErpAdapterContext &context)
{
    return RestJsonAdapter::create(context, QStringLiteral("billingo"), RestJsonProfile::billingo());
}

// --- HTTP ------------------------------------------------------------------

std::optional<ErpError> RestJsonAdapter::credentialProblem() const
{
    using AuthType = RestJsonProfile::AuthType;
    if (m_profile.auth.type == AuthType::None)
        return std::nullopt;
    if (m_credential.isEmpty())
        return makeError(ErpErrorCategory::Authentication,
                         tr("No credential is stored for this %1 integration; store its %2 in the keychain.")
                             .arg(m_profile.displayName, m_profile.auth.type == AuthType::Bearer  ? tr("access token")
                                                         : m_profile.auth.type == AuthType::Basic ? tr("user:password")
                                                                                                  : tr("API key")));
    if (m_credential.contains('\n') || m_credential.contains('\r') || m_credential.contains('\0'))
        return makeError(ErpErrorCategory::Configuration,
                         tr("The credential stored for this %1 integration contains a line break or NUL byte; store "
                            "it again.")
                             .arg(m_profile.displayName));
    if (m_profile.auth.type == AuthType::Basic && !m_credential.contains(':'))
        return makeError(ErpErrorCategory::Configuration,
                         tr("The credential stored for this %1 integration must be \"user:password\" for basic "
                            "authentication.")
                             .arg(m_profile.displayName));
    return std::nullopt;
}

QString RestJsonAdapter::redact(QString text) const
{
    if (m_credential.size() < 4)
        return text;
    const QString marker = QStringLiteral("[redacted]");
    for (const QByteArray &form :
         {m_credential, m_credential.toBase64(), QUrl::toPercentEncoding(QString::fromUtf8(m_credential))}) {
        text.replace(QString::fromUtf8(form), marker);
    }
    return text;
}

void RestJsonAdapter::send(Request request, Done done)
{
    if (m_closing) {
        Outcome outcome;
        outcome.method = request.method;
        outcome.url = request.url;
        outcome.stop = Outcome::Stop::Cancelled;
        done(outcome);
        return;
    }
    // The outbound policy first: decided at once when it can be, else once the host is resolved.
    if (m_guard) {
        const OutboundDecision decision = m_guard->decide(request.url);
        if (decision.kind != OutboundDecision::Kind::Allowed) {
            // The guard answers later, never inside resolve(): the ticket is known by then.
            auto ticket = std::make_shared<quint64>(0);
            *ticket = m_guard->resolve(request.url, [this, ticket](const OutboundDecision &later) {
                if (!m_resolving.contains(*ticket))
                    return;
                Resolving resolving = m_resolving.take(*ticket);
                sendChecked(resolving.request, std::move(resolving.done), later);
            });
            m_resolving.insert(*ticket, Resolving{std::move(request), std::move(done)});
            return;
        }
        sendChecked(request, std::move(done), decision);
        return;
    }
    sendChecked(request, std::move(done), OutboundDecision{});
}

void RestJsonAdapter::sendChecked(const Request &request, Done done, const OutboundDecision &decision)
{
    if (decision.kind != OutboundDecision::Kind::Allowed) {
        // Always answered later (from the guard's callback), so done may run now.
        Outcome outcome;
        outcome.method = request.method;
        outcome.url = request.url;
        outcome.stop = decision.kind == OutboundDecision::Kind::Refused ? Outcome::Stop::Refused
                                                                        : Outcome::Stop::NotResolved;
        outcome.networkMessage = decision.message;
        done(outcome);
        return;
    }
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", QByteArray("GarageReg-Integrations/") + GARAGEREG_VERSION);
    if (!request.body.isEmpty() || request.method != "GET")
        networkRequest.setRawHeader("Content-Type", "application/json");
    switch (m_profile.auth.type) {
    case RestJsonProfile::AuthType::None: break;
    case RestJsonProfile::AuthType::Bearer:
        networkRequest.setRawHeader("Authorization", "Bearer " + m_credential);
        break;
    case RestJsonProfile::AuthType::ApiKey:
        networkRequest.setRawHeader(m_profile.auth.header, m_profile.auth.prefix + m_credential);
        break;
    case RestJsonProfile::AuthType::Basic:
        networkRequest.setRawHeader("Authorization", "Basic " + m_credential.toBase64());
        break;
    }
    for (const auto &[name, value] : std::as_const(request.headers))
        networkRequest.setRawHeader(name, value);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!decision.address.isNull())
        OutboundGuard::pinAddress(networkRequest, decision.address);
    OutboundGuard::trustOnly(networkRequest, m_caCertificates); // checked by create()

    auto *pending = new Pending;
    pending->outcome.method = request.method;
    pending->outcome.url = request.url;
    pending->done = std::move(done);
    pending->elapsed.start();

    QNetworkAccessManager &network = m_caNetwork ? *m_caNetwork : m_network;
    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = network.get(networkRequest);
    else if (request.method == "POST")
        reply = network.post(networkRequest, request.body);
    else if (request.method == "PUT")
        reply = network.put(networkRequest, request.body);
    else
        reply = network.sendCustomRequest(networkRequest, request.method, request.body);
    pending->reply = reply;
    m_pending.append(pending);

    connect(reply, &QNetworkReply::readyRead, this, [pending] {
        if (pending->outcome.stop != Outcome::Stop::None)
            return;
        pending->outcome.body += pending->reply->read(maxResponseBytes + 1 - pending->outcome.body.size());
        if (pending->outcome.body.size() > maxResponseBytes) {
            pending->outcome.stop = Outcome::Stop::TooLarge;
            pending->abortIssued = true;
            pending->reply->abort(); // emits finished
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, pending] { finish(pending); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [pending](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake fails.
        for (const QSslError &error : errors)
            pending->outcome.sslErrors << error.errorString();
    });
#endif
    connect(reply, &QObject::destroyed, this, [this, pending] {
        // The QNetworkAccessManager was deleted under us.
        pending->reply = nullptr;
        pending->timer = nullptr;
        pending->outcome.stop = Outcome::Stop::Cancelled;
        finish(pending);
    });
    pending->timer = new QTimer(reply);
    pending->timer->setSingleShot(true);
    pending->timer->setTimerType(Qt::PreciseTimer);
    connect(pending->timer, &QTimer::timeout, this, [pending] {
        pending->outcome.stop = Outcome::Stop::Timeout;
        pending->abortIssued = true;
        pending->reply->abort(); // emits finished
    });
    pending->timer->start(int(std::clamp<qint64>(m_timeout.count(), 1, INT_MAX)));
}

void RestJsonAdapter::finish(Pending *pending)
{
    if (!m_pending.removeOne(pending))
        return;
    Outcome &outcome = pending->outcome;
    if (QNetworkReply *reply = pending->reply) {
        if (pending->timer) {
            pending->timer->stop();
            disconnect(pending->timer, nullptr, this, nullptr);
        }
        disconnect(reply, nullptr, this, nullptr);
        if (outcome.stop == Outcome::Stop::None && reply->isOpen()) {
            outcome.body += reply->read(maxResponseBytes + 1 - outcome.body.size());
            if (outcome.body.size() > maxResponseBytes)
                outcome.stop = Outcome::Stop::TooLarge;
        }
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            outcome.status = status.toInt();
            outcome.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            outcome.headers = reply->rawHeaderPairs();
        }
        outcome.networkError = reply->error();
        outcome.networkMessage = reply->errorString();
        reply->deleteLater();
    } else {
        outcome.stop = Outcome::Stop::Cancelled;
    }
    outcome.elapsedMs = pending->elapsed.elapsed();
    qCDebug(lcRestJson).noquote() << m_profile.displayName << outcome.method
                                  << outcome.url.toDisplayString(QUrl::RemoveUserInfo) << "->"
                                  << (outcome.status ? QString::number(*outcome.status) : QStringLiteral("no status"))
                                  << "in" << outcome.elapsedMs << "ms";
    noteRateLimit(outcome);

    const Done done = std::move(pending->done);
    const Outcome result = std::move(pending->outcome);
    delete pending;
    done(result); // may send again, or even destroy this adapter: nothing of ours is touched afterwards
}

void RestJsonAdapter::later(std::function<void()> work)
{
    m_later.append(std::move(work));
    if (m_laterScheduled || m_closing)
        return;
    m_laterScheduled = true;
    QTimer::singleShot(0, this, [this] { runLater(); });
}

void RestJsonAdapter::runLater()
{
    m_laterScheduled = false;
    while (!m_later.isEmpty()) {
        const std::function<void()> work = m_later.takeFirst();
        work();
    }
}

void RestJsonAdapter::noteRateLimit(const Outcome &outcome)
{
    const auto number = [&outcome](const QByteArray &name) -> std::optional<qint64> {
        const QByteArray value = outcome.header(name).trimmed();
        if (!isAllDigits(value))
            return std::nullopt;
        return value.toLongLong();
    };
    const std::optional<qint64> limit = number("X-RateLimit-Limit");
    const std::optional<qint64> remaining = number("X-RateLimit-Remaining");
    const std::optional<qint64> reset = number("X-RateLimit-Reset");
    if (!limit && !remaining && !reset)
        return;
    m_rateLimit.limit = limit;
    m_rateLimit.remaining = remaining;
    m_rateLimit.resetAt = QDateTime();
    if (reset) {
        // Either a Unix time or seconds from now.
        m_rateLimit.resetAt = *reset > 1'000'000'000 ? QDateTime::fromSecsSinceEpoch(*reset, Qt::UTC)
                                                     : m_clock.now().addSecs(*reset);
    }
}

ErpError RestJsonAdapter::errorFor(const Outcome &outcome) const
{
    const QString who = m_profile.displayName;
    const QString host = m_endpoint.host();
    const QString what = QString::fromLatin1(outcome.method) + QLatin1Char(' ') + outcome.url.path();
    switch (outcome.stop) {
    case Outcome::Stop::Cancelled:
        return makeError(ErpErrorCategory::Network,
                         tr("The request %1 to %2 was cancelled: the adapter was closed.").arg(what, who));
    case Outcome::Stop::Timeout:
        // No status: the exchange did not complete, whatever its first line said.
        return makeError(ErpErrorCategory::Timeout,
                         tr("%1 (%2) gave no complete answer to %3 within %4 s.")
                             .arg(who, host, what, QString::number(double(m_timeout.count()) / 1000.0)));
    case Outcome::Stop::TooLarge:
        return makeError(ErpErrorCategory::Server,
                         tr("%1 (%2) sent more than %3 MiB in answer to %4; the response was aborted. Use a smaller "
                            "page size.")
                             .arg(who, host)
                             .arg(maxResponseBytes / (1024 * 1024))
                             .arg(what));
    case Outcome::Stop::Refused:
        // Nothing was sent; trying again changes nothing until the policy or the endpoint changes.
        return makeError(ErpErrorCategory::Configuration,
                         tr("The request %1 to %2 (%3) was not sent: %4").arg(what, who, host, outcome.networkMessage));
    case Outcome::Stop::NotResolved:
        return makeError(ErpErrorCategory::Network,
                         tr("%1 (%2) could not be reached for %3: %4").arg(who, host, what, outcome.networkMessage));
    case Outcome::Stop::None: break;
    }
    if (!outcome.sslErrors.isEmpty())
        return makeError(ErpErrorCategory::Network, tr("The TLS connection to %1 (%2) failed: %3")
                                                        .arg(who, host, outcome.sslErrors.join(QStringLiteral("; "))));
    if (outcome.transportFailed() || !outcome.status) {
        const ErpErrorCategory category = outcome.networkError == QNetworkReply::TimeoutError
                                                  || outcome.networkError == QNetworkReply::ProxyTimeoutError
                                                  || outcome.networkError == QNetworkReply::OperationCanceledError
                                              ? ErpErrorCategory::Timeout
                                              : ErpErrorCategory::Network;
        return makeError(category, tr("%1 (%2) could not be reached for %3: %4")
                                       .arg(who, host, what,
                                            redact(outcome.networkMessage.isEmpty() ? tr("no HTTP response")
                                                                                    : outcome.networkMessage)));
    }

    const int status = *outcome.status;
    if (status / 100 == 2)
        return {};
    const QString statusText = QStringLiteral("HTTP ") + QString::number(status)
                               + (outcome.reason.isEmpty() ? QString() : QLatin1Char(' ') + outcome.reason);
    QString raw = redact(QString::fromUtf8(outcome.body.left(rawMessageLimit * 4)));
    if (raw.size() > rawMessageLimit)
        raw = raw.left(rawMessageLimit) + QStringLiteral("…");
    const QString summary = redact(serverSummary(outcome.body));
    const QString said = summary.isEmpty() ? statusText : statusText + QStringLiteral(": ") + summary;

    ErpErrorCategory category = ErpErrorCategory::Validation;
    if (const auto it = m_profile.statusCategories.constFind(status); it != m_profile.statusCategories.cend())
        category = *it;
    else if (status / 100 == 3)
        category = ErpErrorCategory::Configuration;
    else if (status == 401 || status == 403)
        category = ErpErrorCategory::Authentication;
    else if (status == 402)
        category = ErpErrorCategory::Configuration;
    else if (status == 404 || status == 410)
        category = ErpErrorCategory::NotFound;
    else if (status == 405 || status == 501)
        category = ErpErrorCategory::NotSupported;
    else if (status == 408)
        category = ErpErrorCategory::Timeout;
    else if (status == 409 || status == 412)
        category = ErpErrorCategory::Conflict;
    else if (status == 429)
        category = ErpErrorCategory::RateLimited;
    else if (status / 100 == 5)
        category = ErpErrorCategory::Server;

    QString message;
    switch (category) {
    case ErpErrorCategory::Authentication:
        message = tr("%1 (%2) refused the credential (%3). Check the %4 stored for this integration and its "
                     "permissions.")
                      .arg(who, host, said,
                           m_profile.auth.type == RestJsonProfile::AuthType::Bearer ? tr("access token")
                                                                                    : tr("API key"));
        break;
    case ErpErrorCategory::Configuration:
        if (status / 100 == 3) {
            message = tr("%1 (%2) redirected %3 to %4 (%5); redirects are not followed. Set the endpoint URL to the "
                         "final address.")
                          .arg(who, host, what, redact(QString::fromUtf8(outcome.header("Location"))), statusText);
        } else if (status == 402) {
            message = tr("%1 (%2) refused %3: the account has no subscription that includes API access (%4).")
                          .arg(who, host, what, said);
        } else {
            message = tr("%1 (%2) refused %3 with %4; check the integration's settings.").arg(who, host, what, said);
        }
        break;
    case ErpErrorCategory::Conflict:
        message = tr("%1 (%2) refused %3 because the record changed since it was read (%4).").arg(who, host, what, said);
        break;
    case ErpErrorCategory::NotFound:
        message = tr("%1 (%2) has no %3 (%4).").arg(who, host, outcome.url.path(), said);
        break;
    default: message = tr("%1 (%2) answered %3 with %4").arg(who, host, what, said); break;
    }
    ErpError error = makeError(category, message, raw, status);
    if (outcome.hasHeader("Retry-After"))
        error.retryAfterSeconds = parseRetryAfter(outcome.header("Retry-After"), m_clock.now());
    if (status == 429 && !error.retryAfterSeconds && m_rateLimit.resetAt.isValid())
        error.retryAfterSeconds = std::clamp<qint64>((m_clock.now().msecsTo(m_rateLimit.resetAt) + 999) / 1000, 0,
                                                     maxRetryAfterSeconds);
    return error;
}

ErpError RestJsonAdapter::unexpected(const Outcome &outcome, const QString &problem) const
{
    QString raw = redact(QString::fromUtf8(outcome.body.left(rawMessageLimit * 4)));
    if (raw.size() > rawMessageLimit)
        raw = raw.left(rawMessageLimit) + QStringLiteral("…");
    return makeError(ErpErrorCategory::Server,
                     tr("%1 (%2) answered %3 %4 with something unexpected: %5")
                         .arg(m_profile.displayName, m_endpoint.host(), QString::fromLatin1(outcome.method),
                              outcome.url.path(), problem),
                     raw, outcome.status);
}

std::optional<QUrl> RestJsonAdapter::urlFor(const QString &path, const RestJsonProfile::QueryItems &query,
                                            const QHash<QString, QString> &values, ErpError *error) const
{
    QByteArray encoded = m_endpoint.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!encoded.endsWith('/'))
        encoded += '/';
    encoded += expand(path, values, encodePathPart, encodePathValue);
    QByteArrayList parameters;
    for (const auto &[name, value] : query)
        parameters << encodeQueryKey(name) + '=' + expand(value, values, encodeQueryValue, encodeQueryValue);
    if (!parameters.isEmpty())
        encoded += '?' + parameters.join('&');
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = makeError(ErpErrorCategory::Configuration,
                           tr("The %1 profile gives no valid URL for the path \"%2\": %3")
                               .arg(m_profile.displayName, path, url.errorString()));
        return std::nullopt;
    }
    return url;
}

// --- Listing ------------------------------------------------------------------

void RestJsonAdapter::fetchPage(const PartQuery &query, std::function<void(ErpResult<PartPage>)> done)
{
    using Style = RestJsonProfile::PagingStyle;
    const RestJsonProfile::Paging &paging = m_profile.paging;
    const int pageSize = std::clamp(query.pageSize, 1, paging.maxPageSize);
    const auto fail = [this, done](ErpError error) {
        later([done, error] { done(ErpResult<PartPage>::failure(error)); });
    };
    if (const std::optional<ErpError> problem = credentialProblem())
        return fail(*problem);

    Request request;
    request.method = "GET";
    int page = paging.firstPage;
    qint64 offset = 0;
    if (paging.style == Style::NextLink && !query.pageToken.isEmpty()) {
        const QUrl next(query.pageToken, QUrl::StrictMode);
        if (!sameOrigin(next, m_endpoint))
            return fail(makeError(ErpErrorCategory::Validation,
                                  tr("The page token is not a link to %1 (%2); it is not followed.")
                                      .arg(m_profile.displayName, m_endpoint.host())));
        request.url = next;
    } else {
        RestJsonProfile::QueryItems items = m_profile.listQuery;
        QHash<QString, QString> values;
        const auto add = [&items](const QString &name, const QString &value) {
            items.removeIf([&name](const auto &item) { return item.first == name; });
            items.append({name, value});
        };
        if (m_profile.changes && query.modifiedSince.isValid()) {
            const QDateTime since = query.modifiedSince.toUTC();
            QString text;
            switch (m_profile.changes->format) {
            case RestJsonProfile::CursorFormat::Iso8601:
                text = since.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
                break;
            case RestJsonProfile::CursorFormat::Iso8601Seconds:
                text = since.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
                break;
            case RestJsonProfile::CursorFormat::Date: text = since.toString(QStringLiteral("yyyy-MM-dd")); break;
            case RestJsonProfile::CursorFormat::UnixSeconds: text = QString::number(since.toSecsSinceEpoch()); break;
            case RestJsonProfile::CursorFormat::UnixMilliseconds:
                text = QString::number(since.toMSecsSinceEpoch());
                break;
            }
            values.insert(QStringLiteral("since"), text);
            for (const auto &[name, value] : std::as_const(m_profile.changes->query))
                add(name, value);
        }
        bool ok = true;
        switch (paging.style) {
        case Style::PageNumber:
            if (!query.pageToken.isEmpty())
                page = query.pageToken.toInt(&ok);
            if (!ok || page < paging.firstPage)
                return fail(makeError(ErpErrorCategory::Validation,
                                      tr("The page token \"%1\" is not a page number.").arg(query.pageToken)));
            add(paging.pageParam, QString::number(page));
            add(paging.perPageParam, QString::number(pageSize));
            break;
        case Style::Offset:
            if (!query.pageToken.isEmpty())
                offset = query.pageToken.toLongLong(&ok);
            if (!ok || offset < 0)
                return fail(makeError(ErpErrorCategory::Validation,
                                      tr("The page token \"%1\" is not an offset.").arg(query.pageToken)));
            add(paging.offsetParam, QString::number(offset));
            add(paging.limitParam, QString::number(pageSize));
            break;
        case Style::NextLink:
        case Style::None: break;
        }
        ErpError error;
        const std::optional<QUrl> url = urlFor(m_profile.listPath, items, values, &error);
        if (!url)
            return fail(error);
        request.url = *url;
    }
    if (paging.style == Style::NextLink && paging.preferMaxPageSize)
        request.headers.append({QByteArrayLiteral("Prefer"), "odata.maxpagesize=" + QByteArray::number(pageSize)});
    send(request, [this, done, query, page, offset, pageSize](const Outcome &outcome) {
        done(pageFrom(outcome, query, page, offset, pageSize));
    });
}

ErpResult<PartPage> RestJsonAdapter::pageFrom(const Outcome &outcome, const PartQuery &, int page, qint64 offset,
                                              int pageSize) const
{
    using Style = RestJsonProfile::PagingStyle;
    if (!outcome.succeeded())
        return ErpResult<PartPage>::failure(errorFor(outcome));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ErpResult<PartPage>::failure(unexpected(outcome, tr("not JSON (%1)").arg(parseError.errorString())));
    QJsonArray items;
    QJsonObject object;
    if (m_profile.itemsKey.isEmpty()) {
        if (!document.isArray())
            return ErpResult<PartPage>::failure(unexpected(outcome, tr("not a JSON array")));
        items = document.array();
    } else {
        object = document.object();
        if (!document.isObject() || !object.value(m_profile.itemsKey).isArray())
            return ErpResult<PartPage>::failure(
                unexpected(outcome, tr("no array \"%1\" in the response").arg(m_profile.itemsKey)));
        items = object.value(m_profile.itemsKey).toArray();
    }

    PartPage result;
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isObject())
            return ErpResult<PartPage>::failure(unexpected(outcome, tr("a list item is not a JSON object")));
        ErpResult<RemotePart> part = m_profile.partFromJson(item.toObject());
        if (!part.ok()) {
            // One unreadable record must not stop the page: it travels as a problem.
            RemotePart unreadable;
            unreadable.raw = item.toObject();
            unreadable.partNumber = unreadable.raw.value(m_profile.fields.partNumber).toString();
            unreadable.problem = part.error.message;
            unreadable.problemRawMessage = part.error.rawMessage;
            result.parts.append(std::move(unreadable));
            continue;
        }
        result.parts.append(std::move(*part.value));
    }

    const RestJsonProfile::Paging &paging = m_profile.paging;
    const auto number = [&object](const QString &key) -> std::optional<qint64> {
        const QJsonValue value = object.value(key);
        if (key.isEmpty() || !value.isDouble())
            return std::nullopt;
        return value.toInteger();
    };
    const qsizetype count = result.parts.size();
    switch (paging.style) {
    case Style::NextLink: {
        const QString next = object.value(paging.nextLinkKey).toString();
        if (!next.isEmpty()) {
            const QUrl url(next, QUrl::StrictMode);
            if (!sameOrigin(url, m_endpoint))
                return ErpResult<PartPage>::failure(
                    unexpected(outcome, tr("the next page is on another server (%1); it is not followed")
                                            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
            result.nextPageToken = next;
        }
        break;
    }
    case Style::PageNumber: {
        const std::optional<qint64> current = number(paging.currentPageKey);
        const std::optional<qint64> last = number(paging.lastPageKey);
        const bool more = last ? page < *last : count >= pageSize;
        // A server that answers another page than asked for (past the end) ends the listing.
        if (more && count > 0 && (!current || *current == page))
            result.nextPageToken = QString::number(page + 1);
        break;
    }
    case Style::Offset: {
        const std::optional<qint64> total = number(m_profile.totalKey);
        const bool more = total ? offset + count < *total : count >= pageSize;
        if (more && count > 0)
            result.nextPageToken = QString::number(offset + count);
        break;
    }
    case Style::None: break;
    }
    return ErpResult<PartPage>::success(std::move(result));
}

ErpResult<RemotePart> RestJsonAdapter::recordFrom(const Outcome &outcome, const QJsonObject &fallback) const
{
    if (!outcome.succeeded())
        return ErpResult<RemotePart>::failure(errorFor(outcome));
    QJsonObject record = fallback;
    if (!outcome.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return ErpResult<RemotePart>::failure(unexpected(outcome, tr("not a JSON object")));
        record = document.object();
    }
    ErpResult<RemotePart> part = m_profile.partFromJson(record);
    if (part.ok() && m_profile.etag && !m_profile.etag->header.isEmpty()
        && (part.value->etag.isEmpty() || outcome.body.trimmed().isEmpty())) {
        const QByteArray etag = outcome.header(m_profile.etag->header);
        if (!etag.isEmpty())
            part.value->etag = QString::fromUtf8(etag);
    }
    return part;
}

QFuture<ErpResult<PartPage>> RestJsonAdapter::listParts(const PartQuery &query)
{
    const auto promise = startedPromise<PartPage>();
    fetchPage(query, [promise](ErpResult<PartPage> result) { complete(promise, std::move(result)); });
    return promise->future();
}

QFuture<ErpResult<QString>> RestJsonAdapter::testConnection()
{
    const auto promise = startedPromise<QString>();
    const QString host = m_endpoint.host();
    const QString who = m_profile.displayName;
    const QString totalKey = m_profile.totalKey;
    if (const std::optional<ErpError> problem = credentialProblem()) {
        later([promise, problem] { complete(promise, ErpResult<QString>::failure(*problem)); });
        return promise->future();
    }
    // The cheapest authenticated read: the first item of the list.
    ErpError error;
    RestJsonProfile::QueryItems items = m_profile.listQuery;
    const RestJsonProfile::Paging &paging = m_profile.paging;
    if (paging.style == RestJsonProfile::PagingStyle::PageNumber) {
        items.append({paging.pageParam, QString::number(paging.firstPage)});
        items.append({paging.perPageParam, QStringLiteral("1")});
    } else if (paging.style == RestJsonProfile::PagingStyle::Offset) {
        items.append({paging.offsetParam, QStringLiteral("0")});
        items.append({paging.limitParam, QStringLiteral("1")});
    }
    const std::optional<QUrl> url = urlFor(m_profile.listPath, items, {}, &error);
    if (!url) {
        later([promise, error] { complete(promise, ErpResult<QString>::failure(error)); });
        return promise->future();
    }
    Request request{"GET", *url, {}, {}};
    if (paging.style == RestJsonProfile::PagingStyle::NextLink && paging.preferMaxPageSize)
        request.headers.append({QByteArrayLiteral("Prefer"), QByteArrayLiteral("odata.maxpagesize=1")});
    send(request, [this, promise, who, host, totalKey](const Outcome &outcome) {
        if (!outcome.succeeded())
            return complete(promise, ErpResult<QString>::failure(errorFor(outcome)));
        const QJsonDocument document = QJsonDocument::fromJson(outcome.body);
        const QJsonValue total = document.object().value(totalKey);
        QString description;
        if (!totalKey.isEmpty() && total.isDouble())
            description = tr("%1 at %2 answered in %3 ms: %n part(s) in the catalogue.", nullptr, int(total.toInteger()))
                              .arg(who, host)
                              .arg(outcome.elapsedMs);
        else
            description =
                tr("%1 at %2 answered in %3 ms: the item list is readable.").arg(who, host).arg(outcome.elapsedMs);
        complete(promise, ErpResult<QString>::success(description));
    });
    return promise->future();
}

// --- Lookup -----------------------------------------------------------------------

namespace {

// The part with this number among `parts`: exactly, else ignoring case; two
// candidates are an error, not a guess.
ErpResult<std::optional<RemotePart>> pickPart(const QList<RemotePart> &parts, const QString &partNumber,
                                              const QString &displayName)
{
    for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        QList<RemotePart> matches;
        for (const RemotePart &part : parts) {
            if (part.partNumber.compare(partNumber, sensitivity) == 0)
                matches << part;
        }
        if (matches.size() == 1 && !matches.constFirst().problem.isEmpty())
            return ErpResult<std::optional<RemotePart>>::failure(makeError(ErpErrorCategory::Validation,
                                                                           matches.constFirst().problem,
                                                                           matches.constFirst().problemRawMessage));
        if (matches.size() == 1)
            return ErpResult<std::optional<RemotePart>>::success(matches.constFirst());
        if (matches.size() > 1) {
            QStringList ids;
            for (const RemotePart &match : std::as_const(matches))
                ids << match.externalId;
            return ErpResult<std::optional<RemotePart>>::failure(
                makeError(ErpErrorCategory::Validation,
                          RestJsonAdapter::tr(
                              "%1 holds %2 records with the part number %3 (ids %4); remove the duplicates.")
                              .arg(displayName)
                              .arg(matches.size())
                              .arg(partNumber, ids.join(QStringLiteral(", ")))));
        }
    }
    return ErpResult<std::optional<RemotePart>>::success(std::optional<RemotePart>());
}

} // namespace

QFuture<ErpResult<std::optional<RemotePart>>> RestJsonAdapter::getPart(const QString &partNumberIn)
{
    using Result = ErpResult<std::optional<RemotePart>>;
    const auto promise = startedPromise<std::optional<RemotePart>>();
    const QString partNumber = partNumberIn.trimmed();
    const auto fail = [this, promise](ErpError error) {
        later([promise, error] { complete(promise, Result::failure(error)); });
    };
    if (partNumber.isEmpty()) {
        fail(makeError(ErpErrorCategory::Validation, tr("The part number to look up is empty.")));
        return promise->future();
    }
    if (const std::optional<ErpError> problem = credentialProblem()) {
        fail(*problem);
        return promise->future();
    }
    if (!m_profile.lookup) {
        PartQuery query;
        query.pageSize = m_profile.paging.maxPageSize;
        scanFor(partNumber, query, 0, [promise](Result result) { complete(promise, std::move(result)); });
        return promise->future();
    }

    QString value = partNumber;
    if (m_profile.lookup->quote == RestJsonProfile::QuoteStyle::OData)
        value.replace(QLatin1Char('\''), QStringLiteral("''"));
    RestJsonProfile::QueryItems items = m_profile.listQuery;
    for (const auto &lookupItem : std::as_const(m_profile.lookup->query)) {
        // Not a structured binding: clang before 16 cannot capture one in a lambda.
        const QString &name = lookupItem.first;
        items.removeIf([&name](const auto &item) { return item.first == name; });
        items.append(lookupItem);
    }
    ErpError error;
    const std::optional<QUrl> url = urlFor(m_profile.listPath, items, {{QStringLiteral("value"), value}}, &error);
    if (!url) {
        fail(error);
        return promise->future();
    }
    const QString displayName = m_profile.displayName;
    send(Request{"GET", *url, {}, {}}, [this, promise, partNumber, displayName](const Outcome &outcome) {
        const ErpResult<PartPage> page = pageFrom(outcome, {}, m_profile.paging.firstPage, 0, INT_MAX);
        if (!page.ok())
            return complete(promise, Result::failure(page.error));
        complete(promise, pickPart(page.value->parts, partNumber, displayName));
    });
    return promise->future();
}

void RestJsonAdapter::scanFor(const QString &partNumber, PartQuery query, int pagesSeen,
                              std::function<void(ErpResult<std::optional<RemotePart>>)> done)
{
    using Result = ErpResult<std::optional<RemotePart>>;
    if (pagesSeen >= maxScanPages) {
        done(Result::failure(makeError(ErpErrorCategory::Server,
                                       tr("%1 was searched for the part number %2 through %3 pages without an end; "
                                          "the search was given up.")
                                           .arg(m_profile.displayName, partNumber)
                                           .arg(maxScanPages))));
        return;
    }
    fetchPage(query, [this, partNumber, query, pagesSeen, done](ErpResult<PartPage> page) mutable {
        if (!page.ok())
            return done(Result::failure(page.error));
        Result found = pickPart(page.value->parts, partNumber, m_profile.displayName);
        if (!found.ok() || found.value->has_value() || page.value->nextPageToken.isEmpty())
            return done(std::move(found));
        if (page.value->nextPageToken == query.pageToken)
            return done(Result::failure(
                makeError(ErpErrorCategory::Server,
                          tr("%1 answered the same page again; the search was given up.").arg(m_profile.displayName))));
        query.pageToken = page.value->nextPageToken;
        scanFor(partNumber, query, pagesSeen + 1, std::move(done));
    });
}

// --- Writing ------------------------------------------------------------------------

QFuture<ErpResult<RemotePart>> RestJsonAdapter::createPart(const RemotePart &part)
{
    const auto promise = startedPromise<RemotePart>();
    const auto fail = [this, promise](ErpError error) {
        later([promise, error] { complete(promise, ErpResult<RemotePart>::failure(error)); });
    };
    if (part.partNumber.trimmed().isEmpty()) {
        fail(makeError(ErpErrorCategory::Validation, tr("A part without a part number cannot be created.")));
        return promise->future();
    }
    if (const std::optional<ErpError> problem = credentialProblem()) {
        fail(*problem);
        return promise->future();
    }
    const ErpResult<QJsonObject> mapped = m_profile.jsonFromPart(part);
    if (!mapped.ok()) {
        fail(mapped.error);
        return promise->future();
    }
    QJsonObject body = m_profile.createDefaults;
    for (auto it = mapped.value->begin(); it != mapped.value->end(); ++it)
        body.insert(it.key(), it.value());
    ErpError error;
    const std::optional<QUrl> url = urlFor(m_profile.createPath.isEmpty() ? m_profile.listPath : m_profile.createPath,
                                           {}, {}, &error);
    if (!url) {
        fail(error);
        return promise->future();
    }
    send(Request{"POST", *url, QJsonDocument(body).toJson(QJsonDocument::Compact), {}},
         [this, promise, body](const Outcome &outcome) {
             QJsonObject fallback = body;
             if (outcome.succeeded() && outcome.body.trimmed().isEmpty()) {
                 // No record in the answer: the id is the last segment of Location.
                 const QString location = QString::fromUtf8(outcome.header("Location"));
                 const QString id = QUrl(location).path().section(QLatin1Char('/'), -1);
                 if (!id.isEmpty())
                     fallback.insert(m_profile.fields.id, id);
             }
             complete(promise, recordFrom(outcome, fallback));
         });
    return promise->future();
}

QFuture<ErpResult<RemotePart>> RestJsonAdapter::updatePart(const RemotePart &part, const QString &ifMatch)
{
    const auto promise = startedPromise<RemotePart>();
    const auto fail = [this, promise](ErpError error) {
        later([promise, error] { complete(promise, ErpResult<RemotePart>::failure(error)); });
    };
    if (part.externalId.isEmpty()) {
        fail(makeError(ErpErrorCategory::Validation,
                       tr("The part %1 has no %2 id; look it up (getPart) before updating it.")
                           .arg(part.partNumber, m_profile.displayName)));
        return promise->future();
    }
    if (const std::optional<ErpError> problem = credentialProblem()) {
        fail(*problem);
        return promise->future();
    }
    const ErpResult<QJsonObject> mapped = m_profile.jsonFromPart(part);
    if (!mapped.ok()) {
        fail(mapped.error);
        return promise->future();
    }
    const auto done = [promise](ErpResult<RemotePart> result) { complete(promise, std::move(result)); };

    if (m_profile.updateMethod == RestJsonProfile::UpdateMethod::Patch) {
        // Only what differs from the record as read (part.raw); everything when there is none.
        QJsonObject changes = *mapped.value;
        if (!part.raw.isEmpty()) {
            for (auto it = mapped.value->begin(); it != mapped.value->end(); ++it) {
                if (part.raw.contains(it.key()) && jsonEqual(part.raw.value(it.key()), it.value()))
                    changes.remove(it.key());
            }
        }
        QJsonObject merged = part.raw;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            merged.insert(it.key(), it.value());
        merged.insert(m_profile.fields.id, part.externalId);
        if (changes.isEmpty()) {
            // Nothing to write: the record as read is the answer.
            later([this, promise, merged] { complete(promise, m_profile.partFromJson(merged)); });
            return promise->future();
        }
        sendUpdate(part, changes, merged, ifMatch, done);
        return promise->future();
    }

    // PUT replaces the whole record: start from the record as the server holds it
    // now, so the fields GarageReg does not map survive.
    const QJsonObject writable = *mapped.value;
    const auto put = [this, part, writable, ifMatch, done](const QJsonObject &base) {
        QJsonObject body = base;
        for (auto it = writable.begin(); it != writable.end(); ++it)
            body.insert(it.key(), it.value());
        body.remove(m_profile.fields.id);
        for (const QString &field : std::as_const(m_profile.readOnlyFields))
            body.remove(field);
        if (!m_profile.fields.stock.isEmpty() && !m_profile.fields.stockWritable)
            body.remove(m_profile.fields.stock);
        if (m_profile.etag && !m_profile.etag->field.isEmpty())
            body.remove(m_profile.etag->field);
        QJsonObject merged = base;
        for (auto it = body.begin(); it != body.end(); ++it)
            merged.insert(it.key(), it.value());
        merged.insert(m_profile.fields.id, part.externalId);
        bool same = !base.isEmpty();
        for (auto it = writable.begin(); same && it != writable.end(); ++it)
            same = base.contains(it.key()) && jsonEqual(base.value(it.key()), it.value());
        if (same) {
            later([this, merged, done] { done(m_profile.partFromJson(merged)); });
            return;
        }
        sendUpdate(part, body, merged, ifMatch, done);
    };
    if (!m_profile.readBeforePut) {
        put(part.raw);
        return promise->future();
    }
    ErpError error;
    const std::optional<QUrl> url = urlFor(m_profile.itemPath, {}, {{QStringLiteral("id"), part.externalId}}, &error);
    if (!url) {
        fail(error);
        return promise->future();
    }
    send(Request{"GET", *url, {}, {}}, [this, put, done](const Outcome &outcome) {
        if (!outcome.succeeded())
            return done(ErpResult<RemotePart>::failure(errorFor(outcome)));
        const QJsonDocument document = QJsonDocument::fromJson(outcome.body);
        if (!document.isObject())
            return done(ErpResult<RemotePart>::failure(unexpected(outcome, tr("not a JSON object"))));
        put(document.object());
    });
    return promise->future();
}

void RestJsonAdapter::sendUpdate(const RemotePart &part, const QJsonObject &body, const QJsonObject &merged,
                                 const QString &ifMatch, std::function<void(ErpResult<RemotePart>)> done)
{
    ErpError error;
    const std::optional<QUrl> url = urlFor(m_profile.itemPath, {}, {{QStringLiteral("id"), part.externalId}}, &error);
    if (!url) {
        later([done, error] { done(ErpResult<RemotePart>::failure(error)); });
        return;
    }
    Request request;
    request.method = m_profile.updateMethod == RestJsonProfile::UpdateMethod::Patch ? QByteArray("PATCH")
                                                                                    : QByteArray("PUT");
    request.url = *url;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (m_profile.etag && m_profile.etag->ifMatch && !ifMatch.isEmpty()) {
        if (ifMatch.contains(QLatin1Char('\n')) || ifMatch.contains(QLatin1Char('\r'))) {
            later([done] {
                done(ErpResult<RemotePart>::failure(
                    makeError(ErpErrorCategory::Validation, tr("The ETag to match contains a line break."))));
            });
            return;
        }
        request.headers.append({QByteArrayLiteral("If-Match"), ifMatch.toUtf8()});
    }
    send(request, [this, merged, done](const Outcome &outcome) { done(recordFrom(outcome, merged)); });
}

} // namespace garagereg
