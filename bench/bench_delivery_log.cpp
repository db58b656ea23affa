// The delivery log as the GUI reads it (DeliveryLogModel), on a large log:
// time to the first visible rows, to a status and an event-type filter, to a
// sort, to the end (the reversed sort), the next page, and resident memory.
// The log is generated in SQL (1,000,000 deliveries with 3 attempts each by
// default) unless the database already holds it.
#include "bench/BenchSupport.h"
#include "models/common/Clock.h"
#include "models/items/DeliveryLogModel.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseUrl.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

using namespace garagereg;
using namespace garagereg::bench;

namespace {

qint64 count(const Database &database, const QString &table)
{
    return SqlQuery(database.connection(), QStringLiteral("SELECT count(*) FROM ") + table).scalar().toLongLong();
}

// N events, one delivery each (mostly delivered, some failed or retrying), and
// `attempts` attempts per delivery: set-based SQL, the same on both backends.
void generate(const Database &database, qint64 deliveries, int attempts)
{
    const QSqlDatabase db = database.connection();
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - deliveries * 30000;
    Transaction transaction(db, database.backend());
    SqlQuery(db,
             QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                 " INSERT INTO webhook_events (event_uuid, event_type, payload, body, organization_id, occurred_at,"
                 " created_at) SELECT 'ev-' || i, CASE i % 4 WHEN 0 THEN 'gate.inspection_due'"
                 " WHEN 1 THEN 'work_order.completed' WHEN 2 THEN 'inventory.low_stock' ELSE 'gate.fault_detected'"
                 " END, '{\"gate_id\": \"K-' || i || '\"}', '{\"event_id\": \"ev-' || i || '\"}', 'org-' || (i % 7),"
                 " %2 + CAST(i AS BIGINT) * 30000, %2 + CAST(i AS BIGINT) * 30000 FROM n")
                 .arg(deliveries)
                 .arg(start))
        .exec();
    SqlQuery(db, QStringLiteral(
                     "INSERT INTO webhook_deliveries (request_id, event_id, event_type, endpoint_url, endpoint_host,"
                     " status, attempt_count, last_http_status, first_attempt_at, last_attempt_at, completed_at,"
                     " created_at, updated_at) SELECT 'req-' || id, id, event_type,"
                     " 'https://partner.example.hu/hooks/' || (id % 10),"
                     " 'partner.example.hu', CASE WHEN id % 20 = 0 THEN 'failed' WHEN id % 50 = 1 THEN 'retrying'"
                     " ELSE 'delivered' END, %1, CASE WHEN id % 20 = 0 THEN 500 ELSE 200 END, created_at, created_at,"
                     " created_at, created_at, created_at FROM webhook_events")
                     .arg(attempts))
        .exec();
    QStringList numbers;
    for (int k = 1; k <= attempts; ++k)
        numbers << QStringLiteral("SELECT %1 AS k").arg(k);
    SqlQuery(db, QStringLiteral("INSERT INTO delivery_attempts (delivery_id, attempt_number, started_at, duration_ms,"
                                " request_url, request_headers, response_status) SELECT d.id, k.k, d.created_at + k.k"
                                " * 1000, 12 + k.k, d.endpoint_url, '[]', CASE WHEN k.k < %1 THEN 503 ELSE"
                                " d.last_http_status END FROM webhook_deliveries d CROSS JOIN (%2) k")
                     .arg(attempts)
                     .arg(numbers.join(QStringLiteral(" UNION ALL "))))
        .exec();
    transaction.commit();
    // A year's log has long been vacuumed by autovacuum (statistics, and the
    // visibility map that lets counts use the indexes alone); a fresh one not yet.
    if (!database.url().isSqlite())
        execSql(db, QStringLiteral("VACUUM ANALYZE")); // not preparable on PostgreSQL
}

double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("The database URL."), QStringLiteral("url")},
        {QStringLiteral("deliveries"), QStringLiteral("Deliveries to generate (default 1000000)."), QStringLiteral("n")},
        {QStringLiteral("attempts"), QStringLiteral("Attempts per delivery (default 3)."), QStringLiteral("n")},
        {QStringLiteral("name"), QStringLiteral("The result's name."), QStringLiteral("name")},
    });
    parser.process(app);
    const qint64 deliveries = parser.isSet(QStringLiteral("deliveries"))
                                  ? parser.value(QStringLiteral("deliveries")).toLongLong()
                                  : 1000000;
    const int attempts = parser.isSet(QStringLiteral("attempts")) ? parser.value(QStringLiteral("attempts")).toInt()
                                                                  : 3;
    const QString name = parser.value(QStringLiteral("name")).isEmpty() ? QStringLiteral("delivery_log")
                                                                        : parser.value(QStringLiteral("name"));
    std::unique_ptr<Database> database = Database::open(DatabaseUrl::parse(parser.value(QStringLiteral("database"))),
                                                        qEnvironmentVariable("GARAGEREG_BENCH_PG_PASSWORD"));
    double generateMs = 0;
    if (count(*database, QStringLiteral("webhook_deliveries")) < deliveries)
        generateMs = timed([&] { generate(*database, deliveries, attempts); });
    const qint64 rows = count(*database, QStringLiteral("webhook_deliveries"));
    const qint64 attemptRows = count(*database, QStringLiteral("delivery_attempts"));

    SystemClock clock;
    std::unique_ptr<DeliveryLogModel> model;
    const double firstRows = timed([&] {
        model = std::make_unique<DeliveryLogModel>(*database, clock);
        model->refresh();
    });
    DeliveryFilter failed;
    failed.status = DeliveryStatus::Failed;
    const double statusFilter = timed([&] { model->setFilter(failed); });
    DeliveryFilter byType;
    byType.eventType = QStringLiteral("inventory.low_stock");
    const double typeFilter = timed([&] { model->setFilter(byType); });
    model->setFilter({});
    const double sortByStatus = timed([&] { model->sort(DeliveryLogModel::Status, Qt::AscendingOrder); });
    const double toTheEnd = timed([&] { model->sort(DeliveryLogModel::CreatedAt, Qt::AscendingOrder); });
    const double nextPage = timed([&] { model->fetchMore({}); });
    const bool ok = model->rowCount() > 0 && model->totalCount() == rows;
    const ResourceUse use = ResourceUse::now();

    const QString verify = ok ? QStringLiteral("ok") : QStringLiteral("failed");
    report(name,
           {{QStringLiteral("deliveries"), rows},
            {QStringLiteral("attempts"), attemptRows},
            {QStringLiteral("generate_ms"), generateMs},
            {QStringLiteral("first_rows_ms"), firstRows},
            {QStringLiteral("status_filter_ms"), statusFilter},
            {QStringLiteral("event_filter_ms"), typeFilter},
            {QStringLiteral("sort_status_ms"), sortByStatus},
            {QStringLiteral("to_end_ms"), toTheEnd},
            {QStringLiteral("next_page_ms"), nextPage},
            {QStringLiteral("peak_rss_mb"), use.peakRssMb},
            {QStringLiteral("verify"), verify}},
           QStringLiteral("deliveries=%1 attempts=%2 first_rows_ms=%3 status_filter_ms=%4 event_filter_ms=%5"
                          " sort_status_ms=%6 to_end_ms=%7 next_page_ms=%8 rss_mb=%9 verify=%10")
               .arg(rows)
               .arg(attemptRows)
               .arg(firstRows, 0, 'f', 1)
               .arg(statusFilter, 0, 'f', 1)
               .arg(typeFilter, 0, 'f', 1)
               .arg(sortByStatus, 0, 'f', 1)
               .arg(toTheEnd, 0, 'f', 1)
               .arg(nextPage, 0, 'f', 1)
               .arg(use.peakRssMb, 0, 'f', 0)
               .arg(verify));
    return ok ? 0 : 1;
}
