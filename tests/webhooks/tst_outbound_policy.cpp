#include "models/common/Error.h"
#include "models/domain/OutboundPolicy.h"

#include <QtTest>

using namespace garagereg;

namespace {
QList<QHostAddress> addresses(std::initializer_list<const char *> texts)
{
    QList<QHostAddress> list;
    for (const char *text : texts)
        list << QHostAddress(QLatin1String(text));
    return list;
}
} // namespace

// The outbound policy's rules on URLs and resolved addresses: pure rules, no
// network (tst_outbound_guard sends real requests under them).
class TestOutboundPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultAllowsEverything()
    {
        const OutboundPolicy policy;
        QVERIFY(policy.allowsEverything());
        QVERIFY(!policy.checksAddresses());
        QVERIFY(!policy.needsResolution(QUrl(QStringLiteral("https://example.com/"))));
        QCOMPARE(policy.urlRefusal(QUrl(QStringLiteral("http://127.0.0.1:8080/hook"))), QString());
        QVERIFY(!policy.urlRefusal(QUrl(QStringLiteral("ftp://example.com/"))).isEmpty());
    }

    void privateAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPrivate");
        for (const char *text : {"127.0.0.1",
                                 "127.255.0.9",
                                 "10.1.2.3",
                                 "172.16.0.1",
                                 "172.31.255.255",
                                 "192.168.1.1",
                                 "169.254.169.254",
                                 "169.254.0.1",
                                 "100.64.0.1",
                                 "100.127.255.254",
                                 "0.0.0.0",
                                 "0.1.2.3",
                                 "255.255.255.255",
                                 "224.0.0.1",
                                 "198.18.0.1",
                                 "::1",
                                 "::",
                                 "fe80::1",
                                 "fc00::1",
                                 "fd00:ec2::254",
                                 "ff02::1",
                                 "::ffff:127.0.0.1",
                                 "::ffff:10.0.0.1",
                                 "::ffff:169.254.169.254",
                                 "64:ff9b::7f00:1",
                                 "2002:7f00:1::1",
                                 "::127.0.0.1",
                                 "2001:db8::1"})
            QTest::newRow(text) << QString::fromLatin1(text) << true;
        for (const char *text : {"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.32.0.1", "169.253.255.255",
                                 "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"})
            QTest::newRow(text) << QString::fromLatin1(text) << false;
    }
    void privateAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, isPrivate);
        const QHostAddress parsed(address);
        QVERIFY2(!parsed.isNull(), qPrintable(address));
        QCOMPARE(OutboundPolicy::isPrivateAddress(parsed), isPrivate);
    }

    void refusePrivateChecksEveryResolvedAddress()
    {
        OutboundPolicy policy;
        policy.refusePrivate = true;
        const QUrl url(QStringLiteral("https://hooks.example.com/x"));
        QVERIFY(policy.needsResolution(url));
        QCOMPARE(policy.urlRefusal(url), QString()); // a name: decided once resolved
        QCOMPARE(policy.refusal(url, addresses({"93.184.216.34"})), QString());
        // One private address among public ones is enough to refuse: the name is not to be trusted.
        const QString refused = policy.refusal(url, addresses({"93.184.216.34", "127.0.0.1"}));
        QVERIFY2(refused.contains(QLatin1String("refuse-private")) && refused.contains(QLatin1String("127.0.0.1")),
                 qPrintable(refused));
        QVERIFY(policy.refusal(url, addresses({"::ffff:127.0.0.1"})).contains(QLatin1String("127.0.0.1")));
        QVERIFY(!policy.refusal(url, {}).isEmpty()); // unresolved: never allowed
        // Literal addresses are decided from the URL alone, in every spelling.
        for (const char *literal :
             {"http://127.0.0.1/", "http://[::1]:8080/", "http://[::ffff:7f00:1]/", "http://0.0.0.0:80/",
              "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://100.64.1.1/"}) {
            const QUrl literalUrl{QString::fromLatin1(literal)};
            QVERIFY2(!policy.needsResolution(literalUrl), literal);
            QVERIFY2(policy.urlRefusal(literalUrl).contains(QLatin1String("refuse-private")), literal);
        }
    }

    void allowNetworkExemptsFromRefusePrivate()
    {
        OutboundPolicy policy;
        policy.refusePrivate = true;
        policy.allowNetworks = {QStringLiteral("10.20.0.0/16")};
        const QUrl url(QStringLiteral("https://erp.internal/api"));
        QCOMPARE(policy.refusal(url, addresses({"10.20.3.4"})), QString());
        QVERIFY(policy.refusal(url, addresses({"10.21.3.4"})).contains(QLatin1String("refuse-private")));
        // Allow lists: everything else is refused.
        QVERIFY(policy.refusal(url, addresses({"93.184.216.34"})).contains(QLatin1String("allow")));
    }

    void httpsOnly()
    {
        OutboundPolicy policy;
        policy.httpsOnly = true;
        QVERIFY(policy.urlRefusal(QUrl(QStringLiteral("http://example.com/"))).contains(QLatin1String("https-only")));
        QCOMPARE(policy.urlRefusal(QUrl(QStringLiteral("https://example.com/"))), QString());
        QVERIFY(!policy.needsResolution(QUrl(QStringLiteral("https://example.com/"))));
    }

    void hostLists()
    {
        OutboundPolicy policy;
        policy.denyHosts = {QStringLiteral("*.evil.example"), QStringLiteral("metadata.google.internal")};
        QVERIFY(
            policy.urlRefusal(QUrl(QStringLiteral("https://a.b.evil.example/"))).contains(QLatin1String("deny-host")));
        QVERIFY(policy.urlRefusal(QUrl(QStringLiteral("https://METADATA.google.internal./")))
                    .contains(QLatin1String("deny-host")));
        QCOMPARE(policy.urlRefusal(QUrl(QStringLiteral("https://evil.example/"))), QString()); // *. is below only
        QCOMPARE(policy.urlRefusal(QUrl(QStringLiteral("https://notevil.example/"))), QString());

        OutboundPolicy allow;
        allow.allowHosts = {QStringLiteral("hooks.example.com"), QStringLiteral("*.partner.example")};
        QVERIFY(!allow.checksAddresses());
        QCOMPARE(allow.urlRefusal(QUrl(QStringLiteral("https://hooks.example.com/x"))), QString());
        QCOMPARE(allow.urlRefusal(QUrl(QStringLiteral("https://eu.partner.example/x"))), QString());
        QVERIFY(allow.urlRefusal(QUrl(QStringLiteral("https://example.com/x"))).contains(QLatin1String("allow-host")));
        QVERIFY(allow.urlRefusal(QUrl(QStringLiteral("https://hooks.example.com.evil.example/")))
                    .contains(QLatin1String("allow-host")));
        QVERIFY(allow.urlRefusal(QUrl(QStringLiteral("http://127.0.0.1/"))).contains(QLatin1String("allow")));
    }

    void networkLists()
    {
        OutboundPolicy policy;
        policy.denyNetworks = {QStringLiteral("203.0.113.0/24"), QStringLiteral("2001:db8:1::/48")};
        const QUrl url(QStringLiteral("https://hooks.example.com/"));
        QVERIFY(policy.needsResolution(url));
        QVERIFY(policy.refusal(url, addresses({"203.0.113.7"})).contains(QLatin1String("deny-network 203.0.113.0/24")));
        QVERIFY(policy.refusal(url, addresses({"::ffff:203.0.113.7"})).contains(QLatin1String("deny-network")));
        QVERIFY(policy.refusal(url, addresses({"2001:db8:1:2::5"})).contains(QLatin1String("deny-network")));
        QCOMPARE(policy.refusal(url, addresses({"2001:db8:2::5"})), QString());

        OutboundPolicy allow;
        allow.allowNetworks = {QStringLiteral("198.51.100.0/24")};
        QCOMPARE(allow.refusal(url, addresses({"198.51.100.1", "198.51.100.2"})), QString());
        // Every address must be in an allowed network.
        QVERIFY(!allow.refusal(url, addresses({"198.51.100.1", "8.8.8.8"})).isEmpty());
    }

    void jsonRoundTripAndProblems()
    {
        OutboundPolicy policy;
        policy.httpsOnly = true;
        policy.refusePrivate = true;
        policy.allowHosts = {QStringLiteral("*.example.com")};
        policy.denyNetworks = {QStringLiteral("fd00::/8"), QStringLiteral("192.0.2.1")};
        QCOMPARE(OutboundPolicy::fromJson(policy.toJson()), policy);
        QCOMPARE(OutboundPolicy::fromJson({}), OutboundPolicy());

        OutboundPolicy bad;
        bad.allowHosts = {QStringLiteral("https://example.com/"), QStringLiteral("a*b.example")};
        bad.denyNetworks = {QStringLiteral("10.0.0.0/33"), QStringLiteral("not-a-network")};
        QCOMPARE(bad.problems().size(), 4);
        QVERIFY_THROWS_EXCEPTION(Error, OutboundPolicy::fromJson(bad.toJson()));
        QVERIFY_THROWS_EXCEPTION(Error, OutboundPolicy::fromJson("[1]"));
    }
};

QTEST_GUILESS_MAIN(TestOutboundPolicy)
#include "tst_outbound_policy.moc"
