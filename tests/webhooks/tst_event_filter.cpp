#include "models/common/Error.h"
#include "models/webhooks/EventFilter.h"

#include <QJsonDocument>
#include <QtTest>

using namespace garagereg;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const char *payload = R"({"priority": "high", "count": 7, "gate": {"site": "Győr", "floor": 2},
                          "tags": ["szerviz", "sürgős"], "note": null, "active": true})";
} // namespace

class TestEventFilter : public QObject
{
    Q_OBJECT

private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty filter") << R"({})" << true;
        QTest::newRow("list hit") << R"({"priority": ["high", "critical"]})" << true;
        QTest::newRow("list miss") << R"({"priority": ["low"]})" << false;
        QTest::newRow("scalar equal") << R"({"priority": "high"})" << true;
        QTest::newRow("scalar differs") << R"({"priority": "low"})" << false;
        QTest::newRow("number equal") << R"({"count": 7})" << true;
        QTest::newRow("string is not number") << R"({"count": "7"})" << false;
        QTest::newRow("bool equal") << R"({"active": true})" << true;
        QTest::newRow("null equal") << R"({"note": null})" << true;
        QTest::newRow("dotted") << R"({"gate.site": "Győr"})" << true;
        QTest::newRow("dotted miss") << R"({"gate.site": "Pécs"})" << false;
        QTest::newRow("missing field") << R"({"gate.colour": "red"})" << false;
        QTest::newRow("path through scalar") << R"({"priority.x": 1})" << false;
        QTest::newRow("all keys must match") << R"({"priority": "high", "count": 8})" << false;
        QTest::newRow("array contains") << R"({"tags": "sürgős"})" << true;
        QTest::newRow("$eq") << R"({"gate.floor": {"$eq": 2}})" << true;
        QTest::newRow("$ne hit") << R"({"priority": {"$ne": "low"}})" << true;
        QTest::newRow("$ne miss") << R"({"priority": {"$ne": "high"}})" << false;
        QTest::newRow("$ne missing field") << R"({"absent": {"$ne": 1}})" << true;
        QTest::newRow("$in") << R"({"count": {"$in": [1, 7]}})" << true;
        QTest::newRow("$nin hit") << R"({"count": {"$nin": [1, 2]}})" << true;
        QTest::newRow("$nin miss") << R"({"count": {"$nin": [7]}})" << false;
        QTest::newRow("$gt") << R"({"count": {"$gt": 6}})" << true;
        QTest::newRow("$gt equal") << R"({"count": {"$gt": 7}})" << false;
        QTest::newRow("$gte") << R"({"count": {"$gte": 7}})" << true;
        QTest::newRow("$lt") << R"({"count": {"$lt": 7}})" << false;
        QTest::newRow("$lte") << R"({"count": {"$lte": 7}})" << true;
        QTest::newRow("range") << R"({"count": {"$gte": 5, "$lt": 10}})" << true;
        QTest::newRow("range miss") << R"({"count": {"$gte": 8, "$lt": 10}})" << false;
        QTest::newRow("string order") << R"({"priority": {"$gt": "a"}})" << true;
        QTest::newRow("mixed types never order") << R"({"priority": {"$gt": 1}})" << false;
        QTest::newRow("$exists true") << R"({"gate.site": {"$exists": true}})" << true;
        QTest::newRow("$exists false") << R"({"gate.colour": {"$exists": false}})" << true;
        QTest::newRow("$exists null counts") << R"({"note": {"$exists": true}})" << true;
        QTest::newRow("$exists miss") << R"({"gate": {"$exists": false}})" << false;
    }

    void matching()
    {
        QFETCH(QString, filter);
        QFETCH(bool, expected);
        QCOMPARE(EventFilter::parse(json(filter.toUtf8().constData())).matches(json(payload)), expected);
    }

    void invalidFiltersNameTheKey_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown operator") << R"({"count": {"$regex": "x"}})"
                                          << "count";
        QTest::newRow("nested object") << R"({"gate": {"site": "Győr"}})"
                                       << "gate";
        QTest::newRow("empty operators") << R"({"count": {}})"
                                         << "count";
        QTest::newRow("empty list") << R"({"priority": []})"
                                    << "priority";
        QTest::newRow("object in list") << R"({"priority": [{"a": 1}]})"
                                        << "priority";
        QTest::newRow("$in not list") << R"({"priority": {"$in": "high"}})"
                                      << "priority";
        QTest::newRow("$gt bool") << R"({"count": {"$gt": true}})"
                                  << "count";
        QTest::newRow("$exists not bool") << R"({"count": {"$exists": 1}})"
                                          << "count";
        QTest::newRow("$eq list") << R"({"count": {"$eq": [1]}})"
                                  << "count";
        QTest::newRow("empty key") << R"({"": 1})"
                                   << "";
        QTest::newRow("empty segment") << R"({"gate..site": 1})"
                                       << "gate..site";
        QTest::newRow("operator as key") << R"({"$or": [1]})"
                                         << "$or";
    }

    void invalidFiltersNameTheKey()
    {
        QFETCH(QString, filter);
        QFETCH(QString, key);
        const QJsonObject object = json(filter.toUtf8().constData());
        QVERIFY_THROWS_EXCEPTION(Error, EventFilter::parse(object));
        const QStringList problems = EventFilter::problems(object);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("\"%1\"").arg(key)), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_event_filter.moc"
