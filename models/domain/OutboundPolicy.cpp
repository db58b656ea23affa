#include "models/domain/OutboundPolicy.h"

#include "models/common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace garagereg {

namespace {

struct Range
{
    const char *network;
    int prefix;
};

// Special-purpose ranges (RFC 6890 and its updates) that a webhook has no business reaching.
constexpr Range privateRanges[] = {
    {"0.0.0.0", 8},       // "this network", 0.0.0.0 itself
    {"10.0.0.0", 8},      // private
    {"100.64.0.0", 10},   // carrier-grade NAT
    {"127.0.0.0", 8},     // loopback
    {"169.254.0.0", 16},  // link-local, cloud metadata (169.254.169.254)
    {"172.16.0.0", 12},   // private
    {"192.0.0.0", 24},    // IETF protocol assignments
    {"192.0.2.0", 24},    // documentation
    {"192.168.0.0", 16},  // private
    {"198.18.0.0", 15},   // benchmarking
    {"198.51.100.0", 24}, // documentation
    {"203.0.113.0", 24},  // documentation
    {"224.0.0.0", 4},     // multicast
    {"240.0.0.0", 4},     // reserved, broadcast
    {"::", 96},           // unspecified, loopback (::1), IPv4-compatible
    {"64:ff9b:1::", 48},  // local-use NAT64
    {"100::", 64},        // discard
    {"2001:db8::", 32},   // documentation
    {"fc00::", 7},        // unique local (cloud metadata fd00:ec2::254 too)
    {"fe80::", 10},       // link-local
    {"fec0::", 10},       // site-local (deprecated)
    {"ff00::", 8},        // multicast
};

// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is its IPv4 address.
QHostAddress plain(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4)
            return QHostAddress(v4);
    }
    return address;
}

// The IPv4 address inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address, which a gateway would reach.
std::optional<QHostAddress> embeddedIPv4(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    const auto v4At = [&bytes](int offset) {
        return QHostAddress(quint32(bytes[offset]) << 24 | quint32(bytes[offset + 1]) << 16
                            | quint32(bytes[offset + 2]) << 8 | quint32(bytes[offset + 3]));
    };
    if (address.isInSubnet(QHostAddress(QStringLiteral("64:ff9b::")), 96))
        return v4At(12);
    if (address.isInSubnet(QHostAddress(QStringLiteral("2002::")), 16))
        return v4At(2);
    return std::nullopt;
}

bool inNetwork(const QHostAddress &address, const QString &network)
{
    const auto [subnet, prefix] = OutboundPolicy::parseNetwork(network);
    return !subnet.isNull() && address.isInSubnet(subnet, prefix);
}

QStringList stringList(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw Error(OutboundPolicy::tr("The outbound policy's \"%1\" is not a list.").arg(key));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            throw Error(OutboundPolicy::tr("The outbound policy's \"%1\" holds something other than text.").arg(key));
        list << item.toString();
    }
    return list;
}

QString hostOf(const QUrl &url)
{
    return OutboundPolicy::normalizedHost(url.host(QUrl::EncodeUnicode));
}

} // namespace

OutboundPolicy OutboundPolicy::fromJson(const QByteArray &json)
{
    OutboundPolicy policy;
    if (json.trimmed().isEmpty())
        return policy;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error(tr("The stored outbound policy is not a JSON object."));
    const QJsonObject object = document.object();
    policy.httpsOnly = object.value(QLatin1String("https_only")).toBool();
    policy.refusePrivate = object.value(QLatin1String("refuse_private")).toBool();
    policy.allowHosts = stringList(object, QStringLiteral("allow_hosts"));
    policy.denyHosts = stringList(object, QStringLiteral("deny_hosts"));
    policy.allowNetworks = stringList(object, QStringLiteral("allow_networks"));
    policy.denyNetworks = stringList(object, QStringLiteral("deny_networks"));
    if (const QStringList problems = policy.problems(); !problems.isEmpty())
        throw Error(problems.join(QLatin1Char(' ')));
    return policy;
}

QByteArray OutboundPolicy::toJson() const
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("https_only"), httpsOnly},
                             {QStringLiteral("refuse_private"), refusePrivate},
                             {QStringLiteral("allow_hosts"), QJsonArray::fromStringList(allowHosts)},
                             {QStringLiteral("deny_hosts"), QJsonArray::fromStringList(denyHosts)},
                             {QStringLiteral("allow_networks"), QJsonArray::fromStringList(allowNetworks)},
                             {QStringLiteral("deny_networks"), QJsonArray::fromStringList(denyNetworks)},
                         })
        .toJson(QJsonDocument::Compact);
}

QStringList OutboundPolicy::problems() const
{
    QStringList problems;
    for (const QStringList *hosts : {&allowHosts, &denyHosts}) {
        for (const QString &pattern : *hosts) {
            QString name = pattern.startsWith(QLatin1String("*.")) ? pattern.mid(2) : pattern;
            if (name.endsWith(QLatin1Char('.')))
                name.chop(1);
            const QUrl asUrl(QStringLiteral("http://") + name, QUrl::StrictMode);
            const bool valid = !name.isEmpty() && !QUrl::toAce(name).isEmpty() && asUrl.isValid()
                               && asUrl.path().isEmpty() && asUrl.port() == -1 && asUrl.userInfo().isEmpty()
                               && !name.contains(QLatin1Char('*'));
            if (!valid)
                problems << tr("\"%1\" is not a host name or a pattern like *.example.com.").arg(pattern);
        }
    }
    for (const QStringList *networks : {&allowNetworks, &denyNetworks}) {
        for (const QString &network : *networks) {
            if (parseNetwork(network).first.isNull())
                problems << tr("\"%1\" is not a network like 10.0.0.0/8 or fd00::/8.").arg(network);
        }
    }
    return problems;
}

bool OutboundPolicy::allowsEverything() const
{
    return !httpsOnly && !checksAddresses() && allowHosts.isEmpty() && denyHosts.isEmpty();
}

bool OutboundPolicy::needsResolution(const QUrl &url) const
{
    return checksAddresses() && QHostAddress(url.host()).isNull();
}

QString OutboundPolicy::normalizedHost(const QString &host)
{
    QString normalized = host.toLower();
    if (normalized.endsWith(QLatin1Char('.')))
        normalized.chop(1);
    return normalized;
}

bool OutboundPolicy::hostMatches(const QString &pattern, const QString &host)
{
    const bool below = pattern.startsWith(QLatin1String("*."));
    const QString name = below ? pattern.mid(2) : pattern;
    const QByteArray ace = QUrl::toAce(name);
    const QString normalized = normalizedHost(ace.isEmpty() ? name : QString::fromLatin1(ace));
    if (normalized.isEmpty())
        return false;
    return below ? host.endsWith(QLatin1Char('.') + normalized) : host == normalized;
}

std::pair<QHostAddress, int> OutboundPolicy::parseNetwork(const QString &text)
{
    if (!text.contains(QLatin1Char('/'))) {
        const QHostAddress address(text.trimmed());
        if (address.isNull())
            return {};
        return {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
    }
    const std::pair<QHostAddress, int> parsed = QHostAddress::parseSubnet(text.trimmed());
    if (parsed.first.isNull() || parsed.second < 0)
        return {};
    return parsed;
}

bool OutboundPolicy::isPrivateAddress(const QHostAddress &address)
{
    const QHostAddress checked = plain(address);
    for (const Range &range : privateRanges) {
        if (checked.isInSubnet(QHostAddress(QLatin1String(range.network)), range.prefix))
            return true;
    }
    if (const std::optional<QHostAddress> embedded = embeddedIPv4(checked))
        return isPrivateAddress(*embedded);
    return false;
}

QString OutboundPolicy::nameRefusal(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("the outbound policy allows only http and https URLs");
    if (httpsOnly && scheme != QLatin1String("https"))
        return tr("the outbound policy allows only https (rule https-only)");
    const QString host = hostOf(url);
    for (const QString &pattern : denyHosts) {
        if (hostMatches(pattern, host))
            return tr("the host %1 is on the outbound policy's deny list (rule deny-host %2)").arg(host, pattern);
    }
    return {};
}

QString OutboundPolicy::urlRefusal(const QUrl &url) const
{
    const QHostAddress literal(url.host());
    if (!literal.isNull())
        return refusal(url, {literal});
    if (!checksAddresses())
        return refusal(url, {});
    if (const QString refused = nameRefusal(url); !refused.isEmpty())
        return refused;
    if (allowNetworks.isEmpty() && !allowHosts.isEmpty()) {
        const QString host = hostOf(url);
        for (const QString &pattern : allowHosts) {
            if (hostMatches(pattern, host))
                return {};
        }
        return tr("%1 is on none of the outbound policy's allow lists (rules allow-host, allow-network)").arg(host);
    }
    return {};
}

QString OutboundPolicy::addressRefusal(const QHostAddress &address) const
{
    const QHostAddress checked = plain(address);
    for (const QString &network : denyNetworks) {
        if (inNetwork(checked, network))
            return tr("the address %1 is in a network on the outbound policy's deny list (rule deny-network %2)")
                .arg(checked.toString(), network);
    }
    if (refusePrivate && isPrivateAddress(checked)) {
        bool allowedExplicitly = false;
        for (const QString &network : allowNetworks)
            allowedExplicitly = allowedExplicitly || inNetwork(checked, network);
        if (!allowedExplicitly)
            return tr("the address %1 is private, loopback or link-local, which the outbound policy refuses "
                      "(rule refuse-private)")
                .arg(checked.toString());
    }
    return {};
}

QString OutboundPolicy::refusal(const QUrl &url, const QList<QHostAddress> &addresses) const
{
    if (const QString refused = nameRefusal(url); !refused.isEmpty())
        return refused;
    const QString host = hostOf(url);
    if (checksAddresses() && addresses.isEmpty())
        return tr("the addresses of %1 are unknown, so the outbound policy cannot allow it").arg(host);
    for (const QHostAddress &address : addresses) {
        if (const QString refused = addressRefusal(address); !refused.isEmpty())
            return refused;
    }
    if (allowHosts.isEmpty() && allowNetworks.isEmpty())
        return {};
    for (const QString &pattern : allowHosts) {
        if (hostMatches(pattern, host))
            return {};
    }
    if (!allowNetworks.isEmpty() && !addresses.isEmpty()) {
        bool all = true;
        for (const QHostAddress &address : addresses) {
            bool inOne = false;
            for (const QString &network : allowNetworks)
                inOne = inOne || inNetwork(plain(address), network);
            all = all && inOne;
        }
        if (all)
            return {};
    }
    return tr("%1 is on none of the outbound policy's allow lists (rules allow-host, allow-network)").arg(host);
}

QStringList OutboundPolicy::describe() const
{
    const auto list = [](const QStringList &items) {
        return items.isEmpty() ? tr("(none)") : items.join(QStringLiteral(", "));
    };
    return {
        tr("https-only: %1").arg(httpsOnly ? tr("yes") : tr("no")),
        tr("refuse-private: %1").arg(refusePrivate ? tr("yes") : tr("no")),
        tr("allow-host: %1").arg(list(allowHosts)),
        tr("deny-host: %1").arg(list(denyHosts)),
        tr("allow-network: %1").arg(list(allowNetworks)),
        tr("deny-network: %1").arg(list(denyNetworks)),
    };
}

} // namespace garagereg
