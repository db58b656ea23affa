#include "adapters/http/WebhookSender.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/SubscriptionService.h"
#include "app/services/WebhookEventService.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Clock.h"
#include "models/items/DeliveryLogModel.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/GuiTestMain.h"
#include "ui/DeliveriesPage.h"
#include "ui/DeliveryDetailDialog.h"
#include "ui/GuiServices.h"
#include "ui/LiveUpdates.h"

#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace garagereg;
using namespace garagereg::test;

namespace {
const QByteArray secret = "deliveries-page-secret-0123456789";
constexpr int waitMs = 20000;

ScriptedResponse respond(int status, QByteArray body = {}, HttpHeaders headers = {})
{
    ScriptedResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers = std::move(headers);
    return response;
}
} // namespace

// The Deliveries page on a real database of each backend, after a real delivery
// to a loopback receiver that answered 500 and then 200.
class TestDeliveriesPage : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    InMemorySecretStore m_secrets;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<WebhookSender> m_sender;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    std::unique_ptr<WebhookEventService> m_events;
    std::unique_ptr<DeliveryEngine> m_engine;
    std::unique_ptr<GuiServices> m_services;
    WebhookSubscription m_subscription;
    QString m_requestId;
    QByteArray m_body;

    Delivery delivery() const { return *DeliveryRepository(*m_database, m_clock).findByRequestId(m_requestId); }

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_sender = std::make_unique<WebhookSender>(*m_network, m_clock);
        m_receiver = std::make_unique<LoopbackReceiver>();
        m_receiver->enqueueResponses(
            {respond(500, "{\"error\":\"try later\"}", {{"Content-Type", "application/json"}}), respond(200, "ok")});
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);

        Integration integration;
        integration.name = QStringLiteral("Kapunapló");
        integration.provider = QStringLiteral("custom");
        WebhookSubscription subscription;
        subscription.integrationId = IntegrationRepository(*m_database, m_clock).create(integration).id;
        subscription.name = QStringLiteral("Ügyeleti rendszer");
        subscription.endpointUrl = m_receiver->url().toString();
        subscription.eventTypes = {QStringLiteral("gate.inspection_due"), QStringLiteral("gate.created")};
        subscription.retryDelaysSeconds = {1};
        const SubscriptionOutcome outcome = awaitFuture(
            SubscriptionService(*m_database, m_secrets, m_clock).create(subscription, secret));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        m_subscription = *outcome.subscription;

        m_engine = std::make_unique<DeliveryEngine>(*m_database, m_secrets, *m_sender, m_clock);
        m_engine->setJitterSource([] { return 0.0; });
        m_services = std::make_unique<GuiServices>(
            GuiServices{*m_database, m_secrets, m_clock, *m_network, *m_events, m_engine.get(), nullptr});

        const TriggeredEvent event =
            m_events->trigger(QStringLiteral("gate.inspection_due"),
                              QJsonDocument::fromJson(R"({"gate_id": "K-7", "site": "Győr"})").object(),
                              QStringLiteral("org-1"), QStringLiteral("K-7"));
        QCOMPARE(event.requestIds.size(), 1);
        m_requestId = event.requestIds.first();
        m_body = DeliveryRepository(*m_database, m_clock).eventBody(event.id);
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(delivery().status, DeliveryStatus::Delivered, waitMs);
        QCOMPARE(m_receiver->requestCount(), 2);
    }

    void cleanup()
    {
        m_services.reset();
        m_engine.reset();
        m_events.reset();
        m_sender.reset();
        m_network.reset();
        m_receiver.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void detailShowsBothAttempts()
    {
        DeliveriesPage page(*m_services);
        page.show();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->data(page.model()->index(0, DeliveryLogModel::Status)).toString(),
                 QStringLiteral("Delivered"));
        // The view colours the status.
        const QModelIndex statusIndex = page.view()->model()->index(0, DeliveryLogModel::Status);
        QVERIFY(page.view()->model()->data(statusIndex, Qt::ForegroundRole).isValid());

        // Enter on the current row opens the detail.
        page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
        QTest::keyClick(page.view(), Qt::Key_Return);
        DeliveryDetailDialog *dialog = page.detailDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->requestId(), m_requestId);

        auto *timeline = child<QTreeWidget>(dialog, "timeline");
        QCOMPARE(timeline->topLevelItemCount(), 2);
        QCOMPARE(timeline->topLevelItem(0)->text(0), QStringLiteral("1"));
        QCOMPARE(timeline->topLevelItem(0)->text(3), QStringLiteral("500"));
        QCOMPARE(timeline->topLevelItem(0)->text(4), QStringLiteral("http"));
        QCOMPARE(timeline->topLevelItem(1)->text(3), QStringLiteral("200"));
        QCOMPARE(timeline->topLevelItem(1)->text(4), QStringLiteral("success"));

        dialog->selectAttempt(0);
        const QString requestHeaders = child<QPlainTextEdit>(dialog, "requestHeaders")->toPlainText();
        QVERIFY2(requestHeaders.contains(QStringLiteral("X-GarageReg-Request-ID: ") + m_requestId),
                 qPrintable(requestHeaders));
        QVERIFY(requestHeaders.contains(QStringLiteral("X-GarageReg-Signature: sha256=")));
        QVERIFY(!requestHeaders.contains(QString::fromLatin1(secret)));
        // The body pretty-printed, the response JSON too.
        const QString requestBody = child<QPlainTextEdit>(dialog, "requestBody")->toPlainText();
        QCOMPARE(requestBody, QString::fromUtf8(QJsonDocument::fromJson(m_body).toJson(QJsonDocument::Indented)));
        QVERIFY(requestBody.contains(QStringLiteral("\"site\": \"Győr\"")));
        QCOMPARE(child<QPlainTextEdit>(dialog, "responseBody")->toPlainText(),
                 QStringLiteral("{\n    \"error\": \"try later\"\n}\n"));
        QVERIFY(child<QPlainTextEdit>(dialog, "responseHeaders")->toPlainText().startsWith(QStringLiteral("HTTP 500")));
        QVERIFY(child<QPlainTextEdit>(dialog, "attemptError")->toPlainText().startsWith(QStringLiteral("http")));
        dialog->selectAttempt(1);
        QCOMPARE(child<QPlainTextEdit>(dialog, "responseBody")->toPlainText(), QStringLiteral("ok"));
        QVERIFY(child<QPlainTextEdit>(dialog, "attemptError")->toPlainText().isEmpty());
    }

    void copyAsCurlHasTheRequestButNotTheSecret()
    {
        DeliveriesPage page(*m_services);
        DeliveryDetailDialog *dialog = page.openDetail(0);
        QVERIFY(dialog);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "copyCurlButton"), Qt::LeftButton);
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QStringLiteral("curl")), qPrintable(command));
        QVERIFY(command.contains(QLatin1Char('\'') + m_receiver->url().toString() + QLatin1Char('\'')));
        QVERIFY(command.contains(QStringLiteral("-H 'X-GarageReg-Request-ID: ") + m_requestId + QLatin1Char('\'')));
        QVERIFY(command.contains(QStringLiteral("-H 'X-GarageReg-Event: gate.inspection_due'")));
        QVERIFY(command.contains(QStringLiteral("-H 'Content-Type: application/json'")));
        const QByteArray signature = m_receiver->requests().last().header("X-GarageReg-Signature");
        QVERIFY(command.contains(QStringLiteral("-H 'X-GarageReg-Signature: ") + QString::fromLatin1(signature)
                                 + QLatin1Char('\'')));
        QVERIFY(command.contains(QStringLiteral("--data-binary '") + QString::fromUtf8(m_body) + QLatin1Char('\'')));
        QVERIFY(!command.contains(QString::fromLatin1(secret)));
    }

    void verifiesTheSignature()
    {
        DeliveriesPage page(*m_services);
        DeliveryDetailDialog *dialog = page.openDetail(0);
        QVERIFY(dialog);
        QVERIFY(dialog->verifySignature(secret).valid);
        const WebhookSignature::Verification wrong = dialog->verifySignature("not-the-secret-0123456789");
        QVERIFY(!wrong.valid);
        QVERIFY(!wrong.reason.isEmpty());
    }

    void resendQueuesANewAttempt()
    {
        DeliveriesPage page(*m_services);
        DeliveryDetailDialog *dialog = page.openDetail(0);
        QVERIFY(dialog);
        QSignalSpy finished(m_engine.get(), &DeliveryEngine::attemptFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "resendButton"), Qt::LeftButton);
        // Queued at once (manual, due now), then sent by the engine the dialog woke.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 3, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(delivery().attemptCount, 3, waitMs);
        QCOMPARE(m_receiver->requests().last().header("X-GarageReg-Request-ID"), m_requestId.toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->attempts().size(), 3, waitMs);
        QVERIFY(dialog->attempts().last().manual);
        QCOMPARE(child<QTreeWidget>(dialog, "timeline")->topLevelItemCount(), 3);
        QVERIFY(finished.size() >= 1);
        QCOMPARE(delivery().status, DeliveryStatus::Delivered);
    }

    void resendWithoutAnEngineOnlyQueues()
    {
        m_engine->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isRunning(), waitMs);
        GuiServices services{*m_database, m_secrets, m_clock, *m_network, *m_events, nullptr, nullptr};
        DeliveriesPage page(services);
        DeliveryDetailDialog *dialog = page.openDetail(0);
        QVERIFY(dialog);
        QVERIFY(dialog->resend());
        const Delivery queued = delivery();
        QCOMPARE(queued.status, DeliveryStatus::Retrying);
        QVERIFY(queued.manualResend);
        QVERIFY(queued.nextAttemptAt.isValid());
        QVERIFY(!queued.completedAt.isValid());
        QCOMPARE(child<QLabel>(dialog, "message")->text(), QStringLiteral("A new attempt is queued."));
    }

    void filtersChangeTheRows()
    {
        // A second event, of another type, that the engine delivers at once.
        m_events->trigger(QStringLiteral("gate.created"),
                          QJsonObject{{QStringLiteral("gate_id"), QStringLiteral("K-8")}});
        m_engine->wake();
        QTRY_COMPARE_WITH_TIMEOUT(DeliveryRepository(*m_database, m_clock).count({}), 2, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(DeliveryRepository(*m_database, m_clock).outstandingCount(), 0, waitMs);

        DeliveriesPage page(*m_services);
        DeliveryLogModel *model = page.model();
        QCOMPARE(model->rowCount(), 2);

        auto *eventType = child<QComboBox>(&page, "eventTypeFilter");
        eventType->setCurrentIndex(eventType->findData(QStringLiteral("gate.created")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->deliveryAt(0).eventType, QStringLiteral("gate.created"));
        eventType->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 2);

        auto *status = child<QComboBox>(&page, "statusFilter");
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        QCOMPARE(model->rowCount(), 0);
        status->setCurrentIndex(status->findData(QStringLiteral("delivered")));
        QCOMPARE(model->rowCount(), 2);
        status->setCurrentIndex(0);

        // The request id search waits for the debounce, then filters.
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        child<QLineEdit>(&page, "requestIdFilter")->setText(m_requestId);
        QCOMPARE(model->rowCount(), 2); // not yet
        QTRY_COMPARE(reset.size(), 1);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->deliveryAt(0).requestId, m_requestId);
        child<QLineEdit>(&page, "requestIdFilter")->clear();

        child<QLineEdit>(&page, "subscriptionFilter")->setText(QString::number(m_subscription.id + 1000));
        page.applyFilter();
        QCOMPARE(model->rowCount(), 0);
        child<QLineEdit>(&page, "subscriptionFilter")->setText(QString::number(m_subscription.id));
        page.applyFilter();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(child<QLabel>(&page, "deliveriesCount")->text().contains(QStringLiteral("2")));
    }

    void showsWhatAnotherProcessQueuesWithoutARefresh()
    {
        LiveUpdates live(*m_database, *m_events, m_engine.get());
        GuiServices services{*m_database, m_secrets, m_clock, *m_network, *m_events, nullptr, nullptr, &live};
        DeliveriesPage page(services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 1);

        // Another process (a second connection, another event service) raises an
        // event: the page shows it from the database's change signal or the poll.
        std::unique_ptr<Database> other = m_testDatabase->connect();
        WebhookEventService otherProcess(*other, m_clock);
        otherProcess.trigger(QStringLiteral("gate.created"),
                             QJsonObject{{QStringLiteral("gate_id"), QStringLiteral("K-9")}});
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, LiveUpdates::pollMs + 5000);
    }
};

GARAGEREG_GUI_TEST_MAIN(TestDeliveriesPage)
#include "tst_deliveries_page.moc"
