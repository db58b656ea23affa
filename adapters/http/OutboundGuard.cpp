#include "adapters/http/OutboundGuard.h"

#include "models/common/Error.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace garagereg {

Q_LOGGING_CATEGORY(lcOutbound, "garagereg.outbound")

OutboundGuard::OutboundGuard(Loader load, std::chrono::milliseconds reloadInterval, QObject *parent)
    : QObject(parent)
    , m_load(std::move(load))
    , m_reloadInterval(reloadInterval)
{
}

OutboundGuard::OutboundGuard(const OutboundPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
{
}

OutboundGuard::~OutboundGuard()
{
    for (const int id : std::as_const(m_lookupIds)) {
        if (id >= 0)
            QHostInfo::abortHostLookup(id);
    }
}

OutboundPolicy OutboundGuard::policy()
{
    if (m_load && (!m_policy || !m_loadedAgo.isValid() || m_loadedAgo.elapsed() >= m_reloadInterval.count())) {
        try {
            m_policy = m_load();
            m_loadError.clear();
        } catch (const Error &error) {
            // A policy read before stays in force; without one nothing is allowed.
            m_loadError = error.message();
            qCWarning(lcOutbound) << "the outbound policy could not be read:" << error.message();
        }
        m_loadedAgo.start();
    }
    return m_policy.value_or(OutboundPolicy{});
}

OutboundDecision OutboundGuard::decide(const QUrl &url)
{
    const OutboundPolicy current = policy();
    if (!m_policy) {
        return {OutboundDecision::Kind::Failed,
                tr("the outbound policy could not be read: %1").arg(m_loadError),
                false,
                {}};
    }
    if (const QString refused = current.urlRefusal(url); !refused.isEmpty())
        return {OutboundDecision::Kind::Refused, refused, false, {}};
    if (!current.needsResolution(url))
        return {};
    const auto cached = m_resolved.constFind(OutboundPolicy::normalizedHost(url.host(QUrl::EncodeUnicode)));
    if (cached != m_resolved.cend() && cached->age.elapsed() < std::chrono::milliseconds(resolutionCacheTime).count())
        return decideWith(current, url, *cached);
    return {OutboundDecision::Kind::Lookup, {}, false, {}};
}

OutboundDecision OutboundGuard::decideWith(const OutboundPolicy &policy, const QUrl &url, const Cached &resolved) const
{
    if (!resolved.error.isEmpty() || resolved.addresses.isEmpty()) {
        return {OutboundDecision::Kind::Failed,
                resolved.error.isEmpty() ? tr("%1 has no address").arg(url.host()) : resolved.error,
                true,
                {}};
    }
    if (const QString refused = policy.refusal(url, resolved.addresses); !refused.isEmpty())
        return {OutboundDecision::Kind::Refused, refused, false, {}};
    // Every address passed; IPv4 first when there is one (a server listening on
    // 127.0.0.1 only is common), else the resolver's first.
    for (const QHostAddress &address : resolved.addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return {OutboundDecision::Kind::Allowed, {}, false, address};
    }
    return {OutboundDecision::Kind::Allowed, {}, false, resolved.addresses.constFirst()};
}

quint64 OutboundGuard::resolve(const QUrl &url, std::function<void(const OutboundDecision &)> done)
{
    const quint64 ticket = ++m_lastTicket;
    const QString host = OutboundPolicy::normalizedHost(url.host(QUrl::EncodeUnicode));
    m_waiting[host].append(Waiter{ticket, url, std::move(done)});
    if (m_lookupIds.contains(host))
        return ticket; // answered with the lookup already running
    const OutboundDecision now = decide(url);
    if (now.kind != OutboundDecision::Kind::Lookup) {
        // Decided meanwhile (cached by another request): still answered later, never inside the call.
        QMetaObject::invokeMethod(
            this,
            [this, host, ticket, now] {
                QList<Waiter> &waiters = m_waiting[host];
                for (qsizetype i = 0; i < waiters.size(); ++i) {
                    if (waiters.at(i).ticket == ticket) {
                        const Waiter waiter = waiters.takeAt(i);
                        if (waiters.isEmpty() && !m_lookupIds.contains(host))
                            m_waiting.remove(host);
                        waiter.done(now);
                        return;
                    }
                }
            },
            Qt::QueuedConnection);
        return ticket;
    }
    if (m_resolver) {
        m_lookupIds.insert(host, -1);
        QMetaObject::invokeMethod(
            this,
            [this, host] {
                const QList<QHostAddress> addresses = m_resolver(host);
                lookedUp(host, addresses, addresses.isEmpty() ? tr("Host %1 not found").arg(host) : QString());
            },
            Qt::QueuedConnection);
        return ticket;
    }
    const int id = QHostInfo::lookupHost(url.host(QUrl::EncodeUnicode), this, [this, host](const QHostInfo &info) {
        lookedUp(host, info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
    m_lookupIds.insert(host, id);
    return ticket;
}

void OutboundGuard::cancel(quint64 ticket)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).ticket == ticket) {
                it->removeAt(i);
                return; // a running lookup goes on: its answer is cached for the next request
            }
        }
    }
}

void OutboundGuard::lookedUp(const QString &host, const QList<QHostAddress> &addresses, const QString &error)
{
    m_lookupIds.remove(host);
    Cached &cached = m_resolved[host];
    cached.addresses = addresses;
    cached.error = error;
    cached.age.start();
    const Cached resolved = cached;
    const OutboundPolicy current = policy();
    // Taken one at a time: a callback may cancel or add waiters.
    for (;;) {
        const auto waiting = m_waiting.find(host);
        if (waiting == m_waiting.end())
            return;
        if (waiting->isEmpty()) {
            m_waiting.erase(waiting);
            return;
        }
        const Waiter waiter = waiting->takeFirst();
        waiter.done(m_policy ? decideWith(current, waiter.url, resolved) : decide(waiter.url));
    }
}

void OutboundGuard::pinAddress(QNetworkRequest &request, const QHostAddress &address)
{
    QUrl url = request.url();
    const QString name = url.host();
    QByteArray hostHeader = url.host(QUrl::FullyEncoded).toLatin1();
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (url.port() != -1 && url.port() != (https ? 443 : 80))
        hostHeader += ':' + QByteArray::number(url.port());
    QHostAddress target = address;
    target.setScopeId({});
    url.setHost(target.toString());
    request.setUrl(url);
    request.setRawHeader("Host", hostHeader);
    // Certificate verification and SNI use this name, not the address connected to.
    request.setPeerVerifyName(name);
}

QString OutboundGuard::caProblem(const QByteArray &caPem)
{
#if QT_CONFIG(ssl)
    if (QSslCertificate::fromData(caPem, QSsl::Pem).isEmpty())
        return tr("The CA certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----).");
    return {};
#else
    Q_UNUSED(caPem)
    return tr("This build has no TLS support.");
#endif
}

QString OutboundGuard::trustOnly(QNetworkRequest &request, const QByteArray &caPem)
{
    if (caPem.trimmed().isEmpty())
        return {};
#if QT_CONFIG(ssl)
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(caPem, QSsl::Pem);
    if (certificates.isEmpty())
        return caProblem(caPem);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(certificates);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(configuration);
    return {};
#else
    Q_UNUSED(request)
    return caProblem(caPem);
#endif
}

} // namespace garagereg
