#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace garagereg {

// Where outgoing requests (webhook deliveries, test pings, ERP REST calls) may
// go, as an administrator set it (stored in the database, `policy set`). The
// default allows everything, as before the policy existed.
//
// Rules, in the order they are applied (the first that refuses names itself in
// the refusal):
//  1. https-only: an http URL is refused.
//  2. deny hosts: the URL's host matches an entry ("example.com" exactly, or
//     "*.example.com" for every name under example.com, not example.com itself).
//  3. deny networks: any address the host resolves to lies in an entry (CIDR,
//     IPv4 or IPv6; an IPv4-mapped IPv6 address counts as its IPv4 address).
//  4. refuse private: any address is loopback, private, link-local (the cloud
//     metadata address 169.254.169.254 included), CGNAT, unique-local, "this
//     network" (0.0.0.0/8, ::), multicast or reserved - unless an allow-network
//     entry covers it explicitly.
//  5. allow lists: when there are allow hosts or allow networks, the host must
//     match an allow host, or every address must lie in an allow network.
// Addresses are those the name resolved to (OutboundGuard resolves once and
// connects to the checked address), or the literal address in the URL.
class OutboundPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OutboundPolicy)

public:
    bool httpsOnly = false;
    bool refusePrivate = false;
    QStringList allowHosts;
    QStringList denyHosts;
    QStringList allowNetworks;
    QStringList denyNetworks;

    friend bool operator==(const OutboundPolicy &, const OutboundPolicy &) = default;

    // Parses the stored JSON form; throws garagereg::Error naming the problem.
    static OutboundPolicy fromJson(const QByteArray &json);
    QByteArray toJson() const;
    // Every problem of the entries (a host pattern or CIDR that does not parse), one sentence each.
    QStringList problems() const;

    bool allowsEverything() const;
    // Whether any rule looks at addresses: without one, names are never resolved.
    bool checksAddresses() const { return refusePrivate || !allowNetworks.isEmpty() || !denyNetworks.isEmpty(); }
    // True when the URL's host must be resolved before deciding (a name, not a literal address).
    bool needsResolution(const QUrl &url) const;

    // Why the URL is refused, from the URL alone: scheme, host lists and, for a
    // literal address, the address rules. Empty when nothing refuses it so far;
    // a name may still be refused once resolved (refusal() with its addresses).
    QString urlRefusal(const QUrl &url) const;
    // Why a request to `url`, whose host resolved to `addresses`, is refused; empty when allowed.
    QString refusal(const QUrl &url, const QList<QHostAddress> &addresses) const;

    // Loopback, private, link-local, CGNAT, ULA, unspecified, multicast, reserved.
    static bool isPrivateAddress(const QHostAddress &address);
    // The host as compared: lower case, without a trailing dot.
    static QString normalizedHost(const QString &host);
    static bool hostMatches(const QString &pattern, const QString &host);
    // "10.0.0.0/8", "fd00::/8" or a single address; nullopt-like (null address) when invalid.
    static std::pair<QHostAddress, int> parseNetwork(const QString &text);

    // One line per rule, for `policy show` and the settings page.
    QStringList describe() const;

private:
    QString nameRefusal(const QUrl &url) const;
    QString addressRefusal(const QHostAddress &address) const;
};

} // namespace garagereg
