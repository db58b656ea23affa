#pragma once

#include "models/domain/OutboundPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkRequest;
class QSslCertificate;

namespace garagereg {

// What the policy says about one request.
struct OutboundDecision
{
    enum class Kind {
        Allowed, // send; to `address` when it is set
        Refused, // the policy refuses it: a final failure, never retried
        Failed,  // could not decide (the name does not resolve, the policy cannot be read): try again later
        Lookup,  // the name must be resolved first: call OutboundGuard::resolve()
    };
    Kind kind = Kind::Allowed;
    QString message;      // for Refused and Failed: names the rule or the cause
    bool dns = false;     // Failed because the name did not resolve
    QHostAddress address; // Allowed after resolution: connect here, not to the name
};

// Applies the outbound policy to every outgoing request (WebhookSender for
// deliveries and test pings, RestJsonAdapter for ERP calls).
//
// When a rule looks at addresses, the host name is resolved here (QHostInfo,
// asynchronously), every address it resolves to is checked, and the request is
// sent to the checked address with the original name kept for the Host header,
// TLS SNI and certificate verification (QNetworkRequest::setPeerVerifyName).
// So the address checked is the address connected to: a name that resolves to
// 127.0.0.1, or changes its answer between the check and the connection (DNS
// rebinding), cannot get past the check. Resolutions are cached for
// resolutionCacheTime; with no address rule nothing is resolved.
//
// With a proxy (QNetworkAccessManager's, or the system's), the proxy is told
// to connect to the checked address; where the proxy connects from is its own
// network's business.
class OutboundGuard : public QObject
{
    Q_OBJECT

public:
    using Loader = std::function<OutboundPolicy()>;

    // `load` reads the policy (it may throw garagereg::Error); it is called at
    // most once per `reloadInterval` while requests are being checked.
    explicit OutboundGuard(Loader load, std::chrono::milliseconds reloadInterval = std::chrono::seconds(5),
                           QObject *parent = nullptr);
    // A fixed policy (tests, one-shot commands).
    explicit OutboundGuard(const OutboundPolicy &policy, QObject *parent = nullptr);
    ~OutboundGuard() override;

    static constexpr std::chrono::seconds resolutionCacheTime{30};

    // Decides from the URL and the cached resolutions; Lookup when the name must be resolved first.
    OutboundDecision decide(const QUrl &url);
    // Resolves the URL's host and decides; `done` is called once, later, on this
    // object's thread (never inside the call). Returns a ticket for cancel().
    quint64 resolve(const QUrl &url, std::function<void(const OutboundDecision &)> done);
    // `done` of that ticket is not called.
    void cancel(quint64 ticket);

    // The policy in force now (reloaded when due).
    OutboundPolicy policy();

    // Tests: answers lookups instead of the system's resolver (still later, never inside resolve()).
    using Resolver = std::function<QList<QHostAddress>(const QString &host)>;
    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }

    // Points the request at `address`, keeping the URL's host for the Host
    // header, TLS SNI and certificate verification.
    static void pinAddress(QNetworkRequest &request, const QHostAddress &address);
    // The request trusts only these CA certificates (PEM, one or more), instead of
    // the system's. Empty: the system's. Returns a problem when the PEM holds no certificate.
    static QString trustOnly(QNetworkRequest &request, const QByteArray &caPem);
    // Empty when the PEM text holds at least one certificate, else why not.
    static QString caProblem(const QByteArray &caPem);

private:
    struct Lookup;
    struct Cached
    {
        QList<QHostAddress> addresses;
        QString error;
        QElapsedTimer age;
    };

    OutboundDecision decideWith(const OutboundPolicy &policy, const QUrl &url, const Cached &resolved) const;
    void lookedUp(const QString &host, const QList<QHostAddress> &addresses, const QString &error);

    Loader m_load;
    Resolver m_resolver;
    std::chrono::milliseconds m_reloadInterval{0};
    std::optional<OutboundPolicy> m_policy;
    QString m_loadError;
    QElapsedTimer m_loadedAgo;
    QHash<QString, Cached> m_resolved;
    struct Waiter
    {
        quint64 ticket;
        QUrl url;
        std::function<void(const OutboundDecision &)> done;
    };
    QHash<QString, QList<Waiter>> m_waiting; // by host, while its lookup runs
    QHash<QString, int> m_lookupIds;
    quint64 m_lastTicket = 0;
};

} // namespace garagereg
