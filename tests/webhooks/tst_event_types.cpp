#include "models/common/Error.h"
#include "models/webhooks/EventTypes.h"

#include <QtTest>

using namespace garagereg;

class TestEventTypes : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHoldsTheProductTypes()
    {
        QCOMPARE(EventTypes::all().size(), 12);
        for (const char *type :
             {"gate.created", "gate.updated", "gate.inspection_due", "gate.fault_detected", "work_order.created",
              "work_order.completed", "inventory.item_created", "inventory.low_stock", "inventory.movement",
              "maintenance.scheduled", "maintenance.completed", "ping"}) {
            QVERIFY2(EventTypes::isKnown(QLatin1String(type)), type);
            QVERIFY2(!EventTypes::description(QLatin1String(type)).isEmpty(), type);
        }
    }

    void unknownTypesAreNamed()
    {
        QVERIFY(!EventTypes::isKnown(QStringLiteral("gate.exploded")));
        try {
            EventTypes::requireKnown({QStringLiteral("gate.created"), QStringLiteral("gate.exploded")});
            QFAIL("an unknown type was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("gate.exploded")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("work_order.completed")), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestEventTypes)
#include "tst_event_types.moc"
