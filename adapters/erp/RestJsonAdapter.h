#pragma once

#include "adapters/erp/ErpAdapter.h"
#include "adapters/erp/RestJsonProfile.h"
#include "adapters/http/OutboundGuard.h"
#include "models/common/HttpHeaders.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace garagereg {

class Clock;
struct ErpAdapterContext;

// Built by the registry: the generic REST JSON adapter configured by the
// integration's settings ("rest-json"), and the same adapter with the Business
// Central API v2.0 ("microsoft-dynamics") and Billingo API v3 ("billingo") profiles.
// They throw garagereg::Error for settings the adapter cannot work with; the
// message names the setting. See docs/rest-json-adapter.md.
std::unique_ptr<ErpAdapter> createRestJsonAdapter(const ErpAdapterContext &context);
std::unique_ptr<ErpAdapter> createBusinessCentralAdapter(const ErpAdapterContext &context);
std::unique_ptr<ErpAdapter> createBillingoAdapter(const ErpAdapterContext &context);

// An ERP behind a REST JSON API described by a RestJsonProfile, over the
// injected QNetworkAccessManager. Every future finishes later on this object's
// thread (never inside the call) and never throws. Redirects are not followed,
// TLS errors are never ignored, every request has a total timeout and a bounded
// response body. The credential is sent in a header only and never appears in a
// message, rawMessage or log line (a server echoing it back is redacted).
// Destroying the adapter aborts what is in flight; those futures finish with a
// Network error.
class RestJsonAdapter final
    : public QObject
    , public ErpAdapter
{
    Q_OBJECT

public:
    static constexpr qint64 maxResponseBytes = 8 * 1024 * 1024;
    static constexpr int maxScanPages = 1000;          // getPart without a server-side lookup
    static constexpr qsizetype rawMessageLimit = 4096; // characters of a server's error body kept

    // What the last response said about the rate limit (X-RateLimit-*).
    struct RateLimit
    {
        std::optional<qint64> limit;
        std::optional<qint64> remaining;
        QDateTime resetAt; // UTC; invalid when unknown
    };

    RestJsonAdapter(QString provider, RestJsonProfile profile, QUrl endpoint, QByteArray credential,
                    std::chrono::milliseconds timeout, QNetworkAccessManager &network, const Clock &clock,
                    QObject *parent = nullptr);
    ~RestJsonAdapter() override;

    // Reads the settings every provider shares: the endpoint URL and
    // "timeout_seconds" (default 30). Throws garagereg::Error naming the setting.
    static std::unique_ptr<RestJsonAdapter> create(const ErpAdapterContext &context, const QString &provider,
                                                   RestJsonProfile profile);

    QString providerName() const override { return m_provider; }
    ErpCapabilities capabilities() const override { return m_profile.capabilities(); }
    QFuture<ErpResult<QString>> testConnection() override;
    QFuture<ErpResult<PartPage>> listParts(const PartQuery &query) override;
    QFuture<ErpResult<std::optional<RemotePart>>> getPart(const QString &partNumber) override;
    QFuture<ErpResult<RemotePart>> createPart(const RemotePart &part) override;
    QFuture<ErpResult<RemotePart>> updatePart(const RemotePart &part, const QString &ifMatch) override;

    const RestJsonProfile &profile() const { return m_profile; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    RateLimit rateLimit() const { return m_rateLimit; }
    int inFlight() const { return int(m_pending.size()); }
    // Every request is checked against the guard's outbound policy first (and sent to the address it checked).
    void setOutboundGuard(OutboundGuard *guard) { m_guard = guard; }
    // PEM CA certificates: when set, the only CAs trusted (the integration's "ca_certificates").
    // Such requests go through a QNetworkAccessManager of this adapter's own, so that
    // no connection made under other trust (Qt keeps one per host) is shared with them.
    void setCaCertificates(const QByteArray &pem);

private:
    struct Outcome;
    struct Pending;
    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body; // JSON; empty for GET
        HttpHeaders headers;
    };
    using Done = std::function<void(const Outcome &)>;

    void send(Request request, Done done);
    void sendChecked(const Request &request, Done done, const OutboundDecision &decision);
    void finish(Pending *pending);
    void later(std::function<void()> work);
    void runLater();

    std::optional<ErpError> credentialProblem() const;
    ErpError errorFor(const Outcome &outcome) const;
    ErpError unexpected(const Outcome &outcome, const QString &problem) const;
    QString redact(QString text) const;
    void noteRateLimit(const Outcome &outcome);

    std::optional<QUrl> urlFor(const QString &path, const RestJsonProfile::QueryItems &query,
                               const QHash<QString, QString> &values, ErpError *error) const;
    void fetchPage(const PartQuery &query, std::function<void(ErpResult<PartPage>)> done);
    ErpResult<PartPage> pageFrom(const Outcome &outcome, const PartQuery &query, int page, qint64 offset,
                                 int pageSize) const;
    ErpResult<RemotePart> recordFrom(const Outcome &outcome, const QJsonObject &fallback) const;
    void scanFor(const QString &partNumber, PartQuery query, int pagesSeen,
                 std::function<void(ErpResult<std::optional<RemotePart>>)> done);
    void sendUpdate(const RemotePart &part, const QJsonObject &body, const QJsonObject &merged, const QString &ifMatch,
                    std::function<void(ErpResult<RemotePart>)> done);

    QString m_provider;
    RestJsonProfile m_profile;
    QUrl m_endpoint;
    QByteArray m_credential;
    std::chrono::milliseconds m_timeout;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QList<Pending *> m_pending;
    QPointer<OutboundGuard> m_guard;
    QByteArray m_caCertificates;                        // the integration's, PEM: the only CAs trusted when set
    std::unique_ptr<QNetworkAccessManager> m_caNetwork; // for those requests
    struct Resolving
    {
        Request request;
        Done done;
    };
    QHash<quint64, Resolving> m_resolving; // by the guard's ticket, while it resolves the host
    QList<std::function<void()>> m_later;
    bool m_laterScheduled = false;
    bool m_closing = false;
    RateLimit m_rateLimit;
};

} // namespace garagereg
