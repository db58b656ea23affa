#include "models/items/DeliveryLogModel.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

namespace {
const QStringList eventTypes{QStringLiteral("gate.created"), QStringLiteral("inventory.low_stock"),
                             QStringLiteral("work_order.completed")};
constexpr int eventCount = 150; // three recipients each: 450 deliveries
} // namespace

// The delivery log model on a real database of each backend: paging through
// fetchMore, filtering and sorting in SQL, checked by QAbstractItemModelTester.
class TestDeliveryLogModel : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    QList<WebhookSubscription> m_subscriptions;
    QDateTime m_start;
    QStringList m_requestIds; // in insertion order

    void insertDeliveries()
    {
        DeliveryRepository repository(*m_database, m_clock);
        for (int i = 0; i < eventCount; ++i) {
            WebhookEvent event;
            event.eventUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            event.eventType = eventTypes.at(i % eventTypes.size());
            event.payload = QJsonObject{{QStringLiteral("n"), i}};
            event.body = QByteArray("{\"n\":") + QByteArray::number(i) + '}';
            event.occurredAt = m_clock.now();
            m_requestIds << repository.insertEvent(event, m_subscriptions);
            m_clock.advanceMs(1000);
        }
    }

    // One attempt for a delivery, with the given HTTP status.
    void recordAttempt(const QString &requestId, int httpStatus, DeliveryStatus newStatus)
    {
        DeliveryRepository repository(*m_database, m_clock);
        const Delivery delivery = *repository.findByRequestId(requestId);
        AttemptRecord record;
        record.attempt.startedAt = m_clock.now();
        record.attempt.durationMs = 12;
        record.attempt.url = delivery.endpointUrl;
        record.attempt.responseStatus = httpStatus;
        record.attempt.errorClass = httpStatus >= 300 ? QStringLiteral("http") : QString();
        record.newStatus = newStatus;
        record.nextAttemptAt = m_clock.now().addSecs(60);
        record.succeeded = newStatus == DeliveryStatus::Delivered;
        repository.recordAttempt(delivery, record);
    }

    static void fetchAll(DeliveryLogModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        Integration integration;
        integration.name = QStringLiteral("Napló");
        integration.provider = QStringLiteral("custom");
        const qint64 integrationId = IntegrationRepository(*m_database, m_clock).create(integration).id;
        m_subscriptions.clear();
        m_requestIds.clear();
        for (int i = 0; i < 3; ++i) {
            WebhookSubscription subscription;
            subscription.integrationId = integrationId;
            subscription.name = QStringLiteral("Előfizetés %1").arg(i);
            subscription.endpointUrl = QStringLiteral("https://hooks%1.example.test/in").arg(i);
            subscription.eventTypes = eventTypes;
            m_subscriptions << WebhookSubscriptionRepository(*m_database, m_clock).create(subscription);
        }
        m_start = m_clock.now();
        insertDeliveries();
    }

    void cleanup()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void pagesThroughTheLog()
    {
        DeliveryLogModel model(*m_database, m_clock, 200);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.columnCount(), int(DeliveryLogModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 200);
        QCOMPARE(inserted.first().at(2).toInt(), 399);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing more to read
        QCOMPARE(model.rowCount(), 450);

        // Every delivery exactly once, newest first.
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            seen.insert(model.data(model.index(row, DeliveryLogModel::RequestId)).toString());
            if (row > 0)
                QVERIFY(model.deliveryAt(row - 1).createdAt >= model.deliveryAt(row).createdAt);
        }
        QCOMPARE(seen.size(), 450);
        QCOMPARE(QSet<QString>(m_requestIds.begin(), m_requestIds.end()), seen);
        QCOMPARE(model.data(model.index(0, DeliveryLogModel::Status)).toString(), QStringLiteral("Pending"));
        QCOMPARE(model.data(model.index(0, DeliveryLogModel::Status), DeliveryLogModel::StatusRole).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(model.data(model.index(0, DeliveryLogModel::EventType)).toString(), eventTypes.at(2));
        QCOMPARE(model.headerData(DeliveryLogModel::LastHttpStatus, Qt::Horizontal).toString(),
                 QStringLiteral("Last HTTP status"));
    }

    void filtersInTheDatabase()
    {
        DeliveryLogModel model(*m_database, m_clock, 200);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        recordAttempt(m_requestIds.at(0), 500, DeliveryStatus::Retrying);
        recordAttempt(m_requestIds.at(1), 200, DeliveryStatus::Delivered);
        recordAttempt(m_requestIds.at(2), 200, DeliveryStatus::Delivered);

        DeliveryFilter filter;
        filter.eventType = eventTypes.at(1);
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 150);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 150);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.deliveryAt(row).eventType, eventTypes.at(1));

        filter = {};
        filter.subscriptionId = m_subscriptions.at(2).id;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 150);
        QCOMPARE(model.data(model.index(0, DeliveryLogModel::Subscription)).toLongLong(), m_subscriptions.at(2).id);

        filter = {};
        filter.status = DeliveryStatus::Delivered;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.canFetchMore({}));
        filter.status = DeliveryStatus::Retrying;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.deliveryAt(0).requestId, m_requestIds.at(0));
        QCOMPARE(model.data(model.index(0, DeliveryLogModel::LastHttpStatus)).toInt(), 500);
        QVERIFY(!model.data(model.index(0, DeliveryLogModel::NextRetry)).toString().isEmpty());

        filter = {};
        filter.requestId = m_requestIds.at(77);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, DeliveryLogModel::RequestId)).toString(), m_requestIds.at(77));

        // Events 10..19 (one second apart, three deliveries each).
        filter = {};
        filter.since = m_start.addSecs(10);
        filter.until = m_start.addSecs(20);
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 30);
        QCOMPARE(model.rowCount(), 30);

        // refresh() keeps the filter and sees new rows.
        m_clock.set(m_start.addSecs(15).addMSecs(500));
        WebhookEvent event;
        event.eventUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.eventType = eventTypes.at(0);
        event.body = "{}";
        event.occurredAt = m_clock.now();
        DeliveryRepository(*m_database, m_clock).insertEvent(event, {m_subscriptions.first()});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.totalCount(), 31);
        QCOMPARE(model.filter().since, m_start.addSecs(10));
    }

    void sortsInTheDatabase()
    {
        recordAttempt(m_requestIds.at(5), 503, DeliveryStatus::Retrying);
        recordAttempt(m_requestIds.at(5), 502, DeliveryStatus::Retrying);
        recordAttempt(m_requestIds.at(6), 200, DeliveryStatus::Delivered);
        recordAttempt(m_requestIds.at(7), 404, DeliveryStatus::Retrying);

        DeliveryLogModel model(*m_database, m_clock, 200);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();

        model.sort(DeliveryLogModel::Attempts, Qt::DescendingOrder);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.deliveryAt(0).requestId, m_requestIds.at(5));
        QCOMPARE(model.data(model.index(0, DeliveryLogModel::Attempts)).toInt(), 2);

        model.sort(DeliveryLogModel::LastHttpStatus, Qt::DescendingOrder);
        QCOMPARE(model.deliveryAt(0).lastHttpStatus, 502);
        QCOMPARE(model.deliveryAt(1).lastHttpStatus, 404);
        QCOMPARE(model.deliveryAt(2).lastHttpStatus, 200);
        QVERIFY(!model.deliveryAt(3).lastHttpStatus);

        model.sort(DeliveryLogModel::Status, Qt::AscendingOrder);
        QCOMPARE(model.deliveryAt(0).status, DeliveryStatus::Delivered);
        model.sort(DeliveryLogModel::Status, Qt::DescendingOrder);
        QCOMPARE(model.deliveryAt(0).status, DeliveryStatus::Retrying);
        QCOMPARE(model.deliveryAt(1).status, DeliveryStatus::Retrying);
        QCOMPARE(model.deliveryAt(2).status, DeliveryStatus::Pending);

        // The order holds across pages.
        model.sort(DeliveryLogModel::EventType, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 450);
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            seen.insert(model.deliveryAt(row).requestId);
            if (row > 0)
                QVERIFY(model.deliveryAt(row - 1).eventType <= model.deliveryAt(row).eventType);
        }
        QCOMPARE(seen.size(), 450);
        QCOMPARE(model.deliveryAt(0).eventType, eventTypes.at(0));
        QCOMPARE(model.deliveryAt(449).eventType, eventTypes.at(2));

        model.sort(DeliveryLogModel::CreatedAt, Qt::AscendingOrder);
        QCOMPARE(model.deliveryAt(0).createdAt, m_start);
        QCOMPARE(model.rowCount(), 200); // a new order starts again at the first page

        // Columns the database does not sort by change nothing.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(DeliveryLogModel::LastError, Qt::AscendingOrder);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryLogModel)
#include "tst_delivery_log_model.moc"
