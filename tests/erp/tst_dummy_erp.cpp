#include "adapters/erp/DummyErp.h"
#include "adapters/erp/DummyErpAdapter.h"
#include "adapters/erp/ErpAdapterRegistry.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Error.h"
#include "models/domain/Integration.h"
#include "tests/support/FakeClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace garagereg;
using namespace garagereg::test;

namespace {

RemotePart newPart(const QString &partNumber = QStringLiteral("TST-001"))
{
    RemotePart part;
    part.partNumber = partNumber;
    part.name = QStringLiteral("Teszt alkatrész – kapuzár");
    part.description = QStringLiteral("Próbadarab");
    part.category = QStringLiteral("Mechanika");
    part.unit = QStringLiteral("db");
    part.unitPriceMinor = 12990;
    part.currency = QStringLiteral("HUF");
    part.vatCode = QStringLiteral("27%");
    part.stockQuantity = 3;
    return part;
}

// Every page of a listing, straight from the server API.
QList<RemotePart> listAll(DummyErp &erp, PartQuery query, int *pages = nullptr)
{
    QList<RemotePart> all;
    int count = 0;
    while (count < 1000) {
        const ErpResult<PartPage> result = erp.list(query);
        if (!result.ok()) {
            qWarning() << "list failed:" << result.error.message;
            return {};
        }
        ++count;
        all << result.value->parts;
        if (result.value->nextPageToken.isEmpty())
            break;
        query.pageToken = result.value->nextPageToken;
    }
    if (pages)
        *pages = count;
    return all;
}

QStringList idsOf(const QList<RemotePart> &parts)
{
    QStringList ids;
    for (const RemotePart &part : parts)
        ids << part.externalId;
    return ids;
}

QStringList partNumbersOf(const QList<RemotePart> &parts)
{
    QStringList numbers;
    for (const RemotePart &part : parts)
        numbers << part.partNumber;
    return numbers;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// One line per request as the client saw it, for comparing runs.
QStringList outcomesOf(const DummyErp &erp)
{
    QStringList lines;
    for (const DummyErpRequest &request : erp.requests())
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(dummyErpOperationName(request.operation), request.partNumber)
                     .arg(int(request.outcome))
                     .arg(request.httpStatus.value_or(0))
                     .arg(request.simulations.join(QLatin1Char(',')));
    return lines;
}

QJsonObject validFilePart()
{
    QJsonObject part;
    part.insert(QStringLiteral("external_id"), QStringLiteral("ITEM-0001"));
    part.insert(QStringLiteral("part_number"), QStringLiteral("KM-800"));
    part.insert(QStringLiteral("name"), QStringLiteral("Kapunyitó motor 800 N"));
    part.insert(QStringLiteral("unit"), QStringLiteral("db"));
    part.insert(QStringLiteral("unit_price_minor"), 89900);
    part.insert(QStringLiteral("currency"), QStringLiteral("HUF"));
    part.insert(QStringLiteral("vat_code"), QStringLiteral("27%"));
    part.insert(QStringLiteral("stock_quantity"), 7);
    part.insert(QStringLiteral("etag"), QStringLiteral("W/\"1\""));
    part.insert(QStringLiteral("modified_at"), QStringLiteral("2026-01-15T08:30:00.125Z"));
    part.insert(QStringLiteral("deleted"), false);
    return part;
}

QByteArray fileWith(const QJsonArray &parts)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("garagereg-dummy-erp/1"));
    root.insert(QStringLiteral("parts"), parts);
    return QJsonDocument(root).toJson();
}

// The factory's input, with the references it needs kept alive.
struct FactoryInput
{
    Integration integration;
    QNetworkAccessManager network;
    FakeClock clock;

    FactoryInput()
    {
        integration.name = QStringLiteral("Dummy");
        integration.type = IntegrationType::Erp;
        integration.provider = QStringLiteral("dummy");
    }

    std::unique_ptr<ErpAdapter> create() const
    {
        return createDummyErpAdapter(
            ErpAdapterContext{integration, {}, const_cast<QNetworkAccessManager &>(network), clock});
    }
};

DummyErpAdapter *asDummy(const std::unique_ptr<ErpAdapter> &adapter)
{
    return dynamic_cast<DummyErpAdapter *>(adapter.get());
}

} // namespace

class TestDummyErp : public QObject
{
    Q_OBJECT

private slots:
    void seedCatalogue();
    void timestampsIncreaseEvenWhenTheClockStandsStill();
    void pagingWithEqualTimestampsAcrossAPageBoundary_data();
    void pagingWithEqualTimestampsAcrossAPageBoundary();
    void pagingOverTheAdapter();
    void pageSizeLimitAndBadTokens();
    void modifiedSinceIsInclusive();
    void dateOnlyTimestamps();
    void createUpdateAndEtagConflict();
    void validationErrorsNameTheField_data();
    void validationErrorsNameTheField();
    void duplicatePartNumber();
    void readOnlyStock();
    void tombstones();
    void rateLimitWithRetryAfter();
    void transientServerErrors();
    void timeouts();
    void sessionExpiry();
    void concurrentEditBetweenReadAndWrite();
    void lostResponseStoresTheChange();
    void onNextRequestHook();
    void sameSeedSameFaults();
    void requestRecord();
    void fileRoundTrip();
    void malformedFileIsReportedAndLeftAlone_data();
    void malformedFileIsReportedAndLeftAlone();
    void fileBackedAdapterPersistsAcrossInstances();
    void fileBackedAdapterSeesHandEditsAndNeverOverwritesABrokenFile();
    void factorySettings();
    void factorySettingsErrors_data();
    void factorySettingsErrors();
    void futuresNeverFinishSynchronously();
    void latencyDelaysTheAnswer();
    void destroyingTheAdapterAnswersWaitingFutures();
};

void TestDummyErp::seedCatalogue()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    const QList<RemotePart> parts = erp.parts();
    QVERIFY2(parts.size() >= 10, qPrintable(QString::number(parts.size())));
    QCOMPARE(erp.liveCount(), parts.size());

    const QStringList names = [&] {
        QStringList list;
        for (const RemotePart &part : parts)
            list << part.name;
        return list;
    }();
    for (const QString &expected :
         {QStringLiteral("Kapunyitó motor 800 N"), QStringLiteral("Távirányító 4 csatornás"),
          QStringLiteral("Fotocella pár"), QStringLiteral("Villogó lámpa 24 V"), QStringLiteral("Fogasléc M4 1 m"),
          QStringLiteral("Vezérlőpanel"), QStringLiteral("Akkumulátor 12 V 1,2 Ah"),
          QStringLiteral("Rugó szekcionált kapuhoz"), QStringLiteral("Kulcsos kapcsoló")})
        QVERIFY2(names.contains(expected), qPrintable(expected));

    QSet<QString> currencies, units, vatCodes, etags, ids, numbers;
    for (const RemotePart &part : parts) {
        currencies << part.currency;
        units << part.unit;
        vatCodes << part.vatCode;
        etags << part.etag;
        ids << part.externalId;
        numbers << part.partNumber;
        QVERIFY(DummyErp::knownVatCodes().contains(part.vatCode));
        QVERIFY(part.unitPriceMinor.has_value());
        QVERIFY(*part.unitPriceMinor > 0);
        QVERIFY(part.etag.startsWith(QStringLiteral("W/\"")));
        QVERIFY(part.modifiedAt.isValid());
        QCOMPARE(part.modifiedAt.timeSpec(), Qt::UTC);
        QVERIFY(!part.deleted);
        QCOMPARE(part.raw.value(QStringLiteral("part_number")).toString(), part.partNumber);
    }
    QVERIFY(currencies.contains(QStringLiteral("HUF")));
    QVERIFY(currencies.contains(QStringLiteral("EUR")));
    QVERIFY(units.contains(QStringLiteral("db")));
    QVERIFY(units.contains(QStringLiteral("m")));
    QVERIFY(units.contains(QStringLiteral("pár")));
    QVERIFY(vatCodes.contains(QStringLiteral("27%")));
    QVERIFY(vatCodes.contains(QStringLiteral("5%")));
    QVERIFY(vatCodes.contains(QStringLiteral("AAM")));
    QVERIFY(vatCodes.contains(QStringLiteral("TAM")));
    QCOMPARE(etags.size(), parts.size());
    QCOMPARE(ids.size(), parts.size());
    QCOMPARE(numbers.size(), parts.size());
    QCOMPARE(parts.first().externalId, QStringLiteral("ITEM-0001"));

    // HUF has no decimals, EUR has cents.
    QCOMPARE(erp.part(QStringLiteral("KM-800"))->unitPriceMinor, 89900);
    QCOMPARE(erp.part(QStringLiteral("KM-800"))->currency, QStringLiteral("HUF"));
    QCOMPARE(erp.part(QStringLiteral("GKM-1000"))->unitPriceMinor, 32900); // 329.00 EUR
    QCOMPARE(erp.part(QStringLiteral("GKM-1000"))->currency, QStringLiteral("EUR"));

    // Seeding is not a request.
    QVERIFY(erp.requests().isEmpty());
}

void TestDummyErp::timestampsIncreaseEvenWhenTheClockStandsStill()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    const QList<RemotePart> parts = erp.parts();
    QCOMPARE(parts.first().modifiedAt, clock.now());
    for (qsizetype i = 1; i < parts.size(); ++i)
        QCOMPARE(parts.at(i).modifiedAt, parts.at(i - 1).modifiedAt.addMSecs(1));

    // A write after the clock moved gets the clock's time.
    clock.advanceMs(60000);
    const RemotePart edited = erp.outsideEdit(QStringLiteral("VL-24"), [](RemotePart &part) { part.stockQuantity = 1; });
    QCOMPARE(edited.modifiedAt, clock.now());
    QVERIFY(edited.etag != parts.at(5).etag);

    // Forced equal timestamps.
    DummyErpOptions options;
    options.strictlyIncreasingTimestamps = false;
    erp.setOptions(options);
    clock.advanceMs(1000);
    const RemotePart a = erp.outsideEdit(QStringLiteral("KM-800"), {});
    const RemotePart b = erp.outsideEdit(QStringLiteral("FC-PAR"), {});
    QCOMPARE(a.modifiedAt, clock.now());
    QCOMPARE(b.modifiedAt, clock.now());
    QVERIFY(a.etag != b.etag);
}

void TestDummyErp::pagingWithEqualTimestampsAcrossAPageBoundary_data()
{
    QTest::addColumn<DummyErpPaging>("paging");
    QTest::newRow("next link") << DummyErpPaging::NextLink;
    QTest::newRow("offset") << DummyErpPaging::Offset;
}

void TestDummyErp::pagingWithEqualTimestampsAcrossAPageBoundary()
{
    QFETCH(DummyErpPaging, paging);
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    DummyErpOptions options;
    options.paging = paging;
    options.strictlyIncreasingTimestamps = false;
    erp.setOptions(options);

    // Five parts share one timestamp; pages of 2 split them across three pages.
    clock.advanceMs(3600 * 1000);
    const QDateTime shared = clock.now();
    const QStringList sharing{QStringLiteral("VP-24"), QStringLiteral("KM-800"), QStringLiteral("BEV-2"),
                              QStringLiteral("FC-PAR"), QStringLiteral("TR-433-4")};
    for (const QString &number : sharing)
        QCOMPARE(erp.outsideEdit(number, {}).modifiedAt, shared);
    clock.advanceMs(1);
    erp.outsideEdit(QStringLiteral("VL-24"), {});

    PartQuery query;
    query.modifiedSince = shared;
    query.pageSize = 2;
    int pages = 0;
    const QList<RemotePart> changed = listAll(erp, query, &pages);
    QCOMPARE(pages, 3);
    QCOMPARE(changed.size(), 6);
    const QStringList ids = idsOf(changed);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 6); // each once
    QStringList expected = sharing;
    expected << QStringLiteral("VL-24");
    QStringList numbers = partNumbersOf(changed);
    QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    // Oldest first, ties by external id.
    for (qsizetype i = 0; i < 5; ++i)
        QCOMPARE(changed.at(i).modifiedAt, shared);
    QCOMPARE(changed.last().partNumber, QStringLiteral("VL-24"));
    for (qsizetype i = 1; i < changed.size(); ++i)
        QVERIFY(changed.at(i - 1).modifiedAt < changed.at(i).modifiedAt
                || changed.at(i - 1).externalId < changed.at(i).externalId);

    // The whole catalogue in pages of 2: every part exactly once.
    query.modifiedSince = {};
    const QList<RemotePart> everything = listAll(erp, query, &pages);
    QCOMPARE(everything.size(), erp.liveCount());
    const QStringList allIds = idsOf(everything);
    QCOMPARE(QSet<QString>(allIds.cbegin(), allIds.cend()).size(), erp.liveCount());
    QCOMPARE(pages, (erp.liveCount() + 1) / 2);

    // Pages of 1, 3, 5 and 100 give the same sequence.
    for (int size : {1, 3, 5, 100}) {
        query.pageSize = size;
        QCOMPARE(idsOf(listAll(erp, query)), allIds);
    }
}

void TestDummyErp::pagingOverTheAdapter()
{
    FakeClock clock;
    auto erp = std::make_shared<DummyErp>(clock);
    erp->addSeedParts();
    DummyErpAdapter adapter(erp);

    PartQuery query;
    query.pageSize = 4;
    QStringList ids;
    int pages = 0;
    while (true) {
        const ErpResult<PartPage> page = awaitFuture(adapter.listParts(query));
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        ++pages;
        QVERIFY(page.value->parts.size() <= 4);
        ids << idsOf(page.value->parts);
        if (page.value->nextPageToken.isEmpty())
            break;
        query.pageToken = page.value->nextPageToken;
    }
    QCOMPARE(ids, idsOf(erp->parts()));
    QCOMPARE(pages, (erp->liveCount() + 3) / 4);
}

void TestDummyErp::pageSizeLimitAndBadTokens()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    DummyErpOptions options;
    options.pageSizeLimit = 5;
    erp.setOptions(options);

    PartQuery query;
    query.pageSize = 100;
    const ErpResult<PartPage> first = erp.list(query);
    QVERIFY(first.ok());
    QCOMPARE(first.value->parts.size(), 5);
    QVERIFY(!first.value->nextPageToken.isEmpty());

    query.pageToken = QStringLiteral("not-a-token");
    const ErpResult<PartPage> bad = erp.list(query);
    QCOMPARE(bad.error.category, ErpErrorCategory::Validation);
    QCOMPARE(bad.error.httpStatus, 400);
    QVERIFY2(bad.error.message.contains(QStringLiteral("page_token")), qPrintable(bad.error.message));

    query.pageToken.clear();
    query.pageSize = 0;
    const ErpResult<PartPage> zero = erp.list(query);
    QCOMPARE(zero.error.category, ErpErrorCategory::Validation);
    QVERIFY2(zero.error.message.contains(QStringLiteral("page_size")), qPrintable(zero.error.message));
}

void TestDummyErp::modifiedSinceIsInclusive()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    clock.advanceMs(5000);
    const RemotePart edited = erp.outsideEdit(QStringLiteral("KK-KULCS"), {});

    PartQuery query;
    query.modifiedSince = edited.modifiedAt;
    QCOMPARE(partNumbersOf(listAll(erp, query)), QStringList{QStringLiteral("KK-KULCS")});
    query.modifiedSince = edited.modifiedAt.addMSecs(1);
    QVERIFY(listAll(erp, query).isEmpty());
    query.modifiedSince = edited.modifiedAt.addMSecs(-1);
    QCOMPARE(partNumbersOf(listAll(erp, query)), QStringList{QStringLiteral("KK-KULCS")});
    // The seeds' last timestamp is still included when asked for.
    const QList<RemotePart> all = erp.parts();
    query.modifiedSince = all.at(all.size() - 2).modifiedAt;
    QCOMPARE(listAll(erp, query).size(), 2);
}

void TestDummyErp::dateOnlyTimestamps()
{
    FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 15, 0, 500), Qt::UTC));
    DummyErp erp(clock);
    erp.addSeedParts();
    clock.set(QDateTime(QDate(2026, 3, 4), QTime(9, 0, 0), Qt::UTC));
    erp.outsideEdit(QStringLiteral("AKK-12-1.2"), {});

    PartQuery query;
    query.modifiedSince = QDateTime(QDate(2026, 3, 4), QTime(23, 59, 59, 999), Qt::UTC);
    QVERIFY(listAll(erp, query).isEmpty()); // exact comparison

    DummyErpOptions options;
    options.dateOnlyTimestamps = true;
    erp.setOptions(options);
    QCOMPARE(partNumbersOf(listAll(erp, query)), QStringList{QStringLiteral("AKK-12-1.2")}); // same day
    query.modifiedSince = QDateTime(QDate(2026, 3, 5), QTime(0, 0), Qt::UTC);
    QVERIFY(listAll(erp, query).isEmpty());
    query.modifiedSince = QDateTime(QDate(2026, 3, 2), QTime(23, 0), Qt::UTC);
    QCOMPARE(listAll(erp, query).size(), erp.liveCount()); // the seeds' day counts whole
    query.pageSize = 3;                                    // and paging still returns each once
    const QStringList ids = idsOf(listAll(erp, query));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), erp.liveCount());

    auto shared = std::make_shared<DummyErp>(clock, options);
    QVERIFY(DummyErpAdapter(shared).capabilities().dateOnlyCursor);
}

void TestDummyErp::createUpdateAndEtagConflict()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    const int before = erp.liveCount();

    clock.advanceMs(1000);
    const ErpResult<RemotePart> created = erp.create(newPart());
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QCOMPARE(created.value->externalId, QStringLiteral("ITEM-%1").arg(before + 1, 4, 10, QLatin1Char('0')));
    QCOMPARE(created.value->modifiedAt, clock.now());
    QVERIFY(!created.value->etag.isEmpty());
    QCOMPARE(created.value->name, QStringLiteral("Teszt alkatrész – kapuzár"));
    QCOMPARE(erp.liveCount(), before + 1);

    const auto fetched = erp.get(QStringLiteral("TST-001"));
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value->value(), *created.value);
    QVERIFY(!erp.get(QStringLiteral("NO-SUCH")).value->has_value());

    // Update with the right ETag: new ETag, later time.
    RemotePart change = *created.value;
    change.unitPriceMinor = 13990;
    change.description = QStringLiteral("Árváltozás");
    const ErpResult<RemotePart> updated = erp.update(change, created.value->etag);
    QVERIFY2(updated.ok(), qPrintable(updated.error.message));
    QVERIFY(updated.value->etag != created.value->etag);
    QVERIFY(updated.value->modifiedAt > created.value->modifiedAt);
    QCOMPARE(updated.value->unitPriceMinor, 13990);
    QCOMPARE(updated.value->stockQuantity, 3); // unset fields keep theirs; this one was sent unchanged

    // The stale ETag: 412 naming the current ETag, nothing changes.
    change.unitPriceMinor = 1;
    const ErpResult<RemotePart> stale = erp.update(change, created.value->etag);
    QCOMPARE(stale.error.category, ErpErrorCategory::Conflict);
    QCOMPARE(stale.error.httpStatus, 412);
    QVERIFY2(stale.error.message.contains(updated.value->etag), qPrintable(stale.error.message));
    QVERIFY(stale.error.rawMessage.contains(QStringLiteral("etag")));
    QCOMPARE(erp.part(QStringLiteral("TST-001"))->unitPriceMinor, 13990);

    // Without If-Match the last write wins; by part number when there is no id.
    RemotePart byNumber = newPart();
    byNumber.unitPriceMinor = std::nullopt;
    byNumber.stockQuantity = std::nullopt;
    byNumber.name = QStringLiteral("Átnevezett kapuzár");
    const ErpResult<RemotePart> blind = erp.update(byNumber, {});
    QVERIFY2(blind.ok(), qPrintable(blind.error.message));
    QCOMPARE(blind.value->externalId, created.value->externalId);
    QCOMPARE(blind.value->name, QStringLiteral("Átnevezett kapuzár"));
    QCOMPARE(blind.value->unitPriceMinor, 13990); // unset: kept
    QCOMPARE(blind.value->stockQuantity, 3);

    RemotePart unknown = newPart(QStringLiteral("NO-SUCH"));
    const ErpResult<RemotePart> missing = erp.update(unknown, {});
    QCOMPARE(missing.error.category, ErpErrorCategory::NotFound);
    QCOMPARE(missing.error.httpStatus, 404);

    // Defaults for what a create leaves out.
    RemotePart minimal;
    minimal.partNumber = QStringLiteral("MIN-1");
    minimal.name = QStringLiteral("Csak név");
    const ErpResult<RemotePart> defaults = erp.create(minimal);
    QVERIFY(defaults.ok());
    QCOMPARE(defaults.value->unit, QStringLiteral("db"));
    QCOMPARE(defaults.value->currency, QStringLiteral("HUF"));
    QCOMPARE(defaults.value->vatCode, QStringLiteral("27%"));
    QVERIFY(!defaults.value->unitPriceMinor.has_value());
}

void TestDummyErp::validationErrorsNameTheField_data()
{
    QTest::addColumn<bool>("update");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("partNumber");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("vatCode");

    for (bool update : {false, true}) {
        const char *what = update ? "update" : "create";
        const QString number = update ? QStringLiteral("TST-001") : QStringLiteral("TST-002");
        QTest::addRow("%s: missing name", what) << update << QStringLiteral("name") << number << QStringLiteral("  ")
                                                << qint64(100) << QStringLiteral("HUF") << QStringLiteral("27%");
        QTest::addRow("%s: negative price", what)
            << update << QStringLiteral("unit_price_minor") << number << QStringLiteral("Zár") << qint64(-1)
            << QStringLiteral("HUF") << QStringLiteral("27%");
        QTest::addRow("%s: unknown VAT code", what)
            << update << QStringLiteral("vat_code") << number << QStringLiteral("Zár") << qint64(100)
            << QStringLiteral("HUF") << QStringLiteral("28%");
        QTest::addRow("%s: unknown currency", what)
            << update << QStringLiteral("currency") << number << QStringLiteral("Zár") << qint64(100)
            << QStringLiteral("XYZ") << QStringLiteral("27%");
    }
    QTest::addRow("create: missing part number")
        << false << QStringLiteral("part_number") << QString() << QStringLiteral("Zár") << qint64(100)
        << QStringLiteral("HUF") << QStringLiteral("27%");
}

void TestDummyErp::validationErrorsNameTheField()
{
    QFETCH(bool, update);
    QFETCH(QString, field);
    QFETCH(QString, partNumber);
    QFETCH(QString, name);
    QFETCH(qint64, price);
    QFETCH(QString, currency);
    QFETCH(QString, vatCode);

    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    const RemotePart existing = *erp.create(newPart()).value;
    const QList<RemotePart> before = erp.parts();

    RemotePart part = update ? existing : newPart();
    part.partNumber = partNumber;
    part.name = name;
    part.unitPriceMinor = price;
    part.currency = currency;
    part.vatCode = vatCode;
    const ErpResult<RemotePart> result = update ? erp.update(part, existing.etag) : erp.create(part);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.category, ErpErrorCategory::Validation);
    QCOMPARE(result.error.httpStatus, 422);
    QVERIFY(!result.error.isRetryable());
    QVERIFY2(result.error.message.contains(field), qPrintable(result.error.message));
    QVERIFY2(!result.error.message.contains(QStringLiteral("already exists")), qPrintable(result.error.message));
    QVERIFY(!result.error.rawMessage.isEmpty());
    QCOMPARE(erp.parts(), before);
    QCOMPARE(erp.requests().constLast().outcome, ErpErrorCategory::Validation);
    QVERIFY(!erp.requests().constLast().applied);
}

void TestDummyErp::duplicatePartNumber()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    const int before = erp.liveCount();

    const ErpResult<RemotePart> duplicate = erp.create(newPart(QStringLiteral("KM-800")));
    QCOMPARE(duplicate.error.category, ErpErrorCategory::Validation);
    QCOMPARE(duplicate.error.httpStatus, 422);
    QVERIFY2(duplicate.error.message.contains(QStringLiteral("part_number")), qPrintable(duplicate.error.message));
    QVERIFY2(duplicate.error.message.contains(QStringLiteral("KM-800")), qPrintable(duplicate.error.message));
    QCOMPARE(erp.liveCount(), before);

    // Renaming onto another part's number is a duplicate too.
    RemotePart rename = *erp.part(QStringLiteral("VL-24"));
    rename.partNumber = QStringLiteral("FC-PAR");
    const ErpResult<RemotePart> renamed = erp.update(rename, rename.etag);
    QCOMPARE(renamed.error.category, ErpErrorCategory::Validation);
    QVERIFY(renamed.error.message.contains(QStringLiteral("part_number")));

    // Outside adds are checked as well.
    QVERIFY_THROWS_EXCEPTION(Error, erp.outsideCreate(newPart(QStringLiteral("KM-800"))));
}

void TestDummyErp::readOnlyStock()
{
    FakeClock clock;
    DummyErpOptions options;
    options.stockReadOnly = true;
    auto erp = std::make_shared<DummyErp>(clock, options);
    erp->addSeedParts();
    QVERIFY(!DummyErpAdapter(erp).capabilities().writableStock);
    DummyErpOptions writable;
    QVERIFY(DummyErpAdapter(std::make_shared<DummyErp>(clock, writable)).capabilities().writableStock);

    RemotePart part = *erp->part(QStringLiteral("KM-800"));
    part.stockQuantity = 99;
    const ErpResult<RemotePart> changed = erp->update(part, part.etag);
    QCOMPARE(changed.error.category, ErpErrorCategory::Validation);
    QVERIFY2(changed.error.message.contains(QStringLiteral("stock_quantity")), qPrintable(changed.error.message));
    QCOMPARE(erp->part(QStringLiteral("KM-800"))->stockQuantity, 7);

    part.stockQuantity = 7; // unchanged stock is fine
    part.name = QStringLiteral("Kapunyitó motor 800 N (új)");
    const ErpResult<RemotePart> same = erp->update(part, part.etag);
    QVERIFY2(same.ok(), qPrintable(same.error.message));
    part = *same.value;
    part.stockQuantity = std::nullopt; // and so is leaving it out
    QVERIFY(erp->update(part, part.etag).ok());

    const ErpResult<RemotePart> created = erp->create(newPart());
    QCOMPARE(created.error.category, ErpErrorCategory::Validation);
    QVERIFY(created.error.message.contains(QStringLiteral("stock_quantity")));
    RemotePart noStock = newPart();
    noStock.stockQuantity = std::nullopt;
    QVERIFY(erp->create(noStock).ok());

    // The ERP itself still changes stock.
    QCOMPARE(erp->outsideEdit(QStringLiteral("KM-800"), [](RemotePart &p) { p.stockQuantity = 4; }).stockQuantity, 4);
}

void TestDummyErp::tombstones()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    const int before = erp.liveCount();
    const RemotePart original = *erp.part(QStringLiteral("FL-M4-1"));

    clock.advanceMs(10000);
    const RemotePart tombstone = erp.outsideDelete(QStringLiteral("FL-M4-1"));
    QVERIFY(tombstone.deleted);
    QCOMPARE(tombstone.externalId, original.externalId);
    QCOMPARE(tombstone.modifiedAt, clock.now());
    QVERIFY(tombstone.etag != original.etag);
    QCOMPARE(erp.liveCount(), before - 1);
    QVERIFY(!erp.get(QStringLiteral("FL-M4-1")).value->has_value());
    QVERIFY(!erp.part(QStringLiteral("FL-M4-1")).has_value());
    QVERIFY(erp.partById(original.externalId)->deleted);

    // The change feed shows it; a full listing keeps it at its new place.
    PartQuery query;
    query.modifiedSince = tombstone.modifiedAt;
    const QList<RemotePart> changes = listAll(erp, query);
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first().deleted);
    QCOMPARE(changes.first().partNumber, QStringLiteral("FL-M4-1"));
    query.modifiedSince = {};
    QCOMPARE(listAll(erp, query).constLast(), tombstone);

    // Updating it is 404; the number may be used again by a new record.
    RemotePart update = original;
    const ErpResult<RemotePart> gone = erp.update(update, {});
    QCOMPARE(gone.error.category, ErpErrorCategory::NotFound);
    const ErpResult<RemotePart> again = erp.create(newPart(QStringLiteral("FL-M4-1")));
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QVERIFY(again.value->externalId != original.externalId);
    QVERIFY_THROWS_EXCEPTION(Error, erp.outsideDelete(QStringLiteral("NO-SUCH")));
}

void TestDummyErp::rateLimitWithRetryAfter()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();

    erp.failNextCalls(ErpErrorCategory::RateLimited, 2, 30);
    for (int i = 0; i < 2; ++i) {
        const auto limited = erp.get(QStringLiteral("KM-800"));
        QCOMPARE(limited.error.category, ErpErrorCategory::RateLimited);
        QCOMPARE(limited.error.httpStatus, 429);
        QCOMPARE(limited.error.retryAfterSeconds, 30);
        QVERIFY(limited.error.isRetryable());
    }
    QVERIFY(erp.get(QStringLiteral("KM-800")).ok());

    DummyErpOptions options;
    options.rateLimitProbability = 1;
    options.retryAfterSeconds = 7;
    erp.setOptions(options);
    const ErpResult<RemotePart> create = erp.create(newPart());
    QCOMPARE(create.error.category, ErpErrorCategory::RateLimited);
    QCOMPARE(create.error.retryAfterSeconds, 7);
    QVERIFY(!erp.part(QStringLiteral("TST-001")).has_value()); // nothing stored
    QCOMPARE(erp.requests().constLast().simulations, QStringList{QStringLiteral("rate_limit")});

    // Half the requests, roughly, with p = 0.5.
    options.rateLimitProbability = 0.5;
    erp.setOptions(options);
    int limited = 0;
    for (int i = 0; i < 200; ++i)
        limited += erp.testConnection().error.category == ErpErrorCategory::RateLimited ? 1 : 0;
    QVERIFY2(limited > 60 && limited < 140, qPrintable(QString::number(limited)));
}

void TestDummyErp::transientServerErrors()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();

    erp.failNextCalls(ErpErrorCategory::Server, 1, std::nullopt, 500);
    erp.failNextCalls(ErpErrorCategory::Server, 1);
    const auto first = erp.testConnection();
    QCOMPARE(first.error.category, ErpErrorCategory::Server);
    QCOMPARE(first.error.httpStatus, 500);
    const auto second = erp.create(newPart());
    QCOMPARE(second.error.httpStatus, 503);
    QVERIFY(second.error.isRetryable());
    QVERIFY(!erp.part(QStringLiteral("TST-001")).has_value());
    QVERIFY(erp.create(newPart()).ok());

    DummyErpOptions options;
    options.serverErrorProbability = 1;
    erp.setOptions(options);
    QSet<int> statuses;
    for (int i = 0; i < 20; ++i) {
        const auto result = erp.get(QStringLiteral("KM-800"));
        QCOMPARE(result.error.category, ErpErrorCategory::Server);
        statuses << result.error.httpStatus.value_or(0);
    }
    QCOMPARE(statuses, (QSet<int>{500, 503}));
}

void TestDummyErp::timeouts()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    DummyErpOptions options;
    options.timeoutProbability = 1;
    erp.setOptions(options);

    const ErpResult<RemotePart> create = erp.create(newPart());
    QCOMPARE(create.error.category, ErpErrorCategory::Timeout);
    QVERIFY(!create.error.httpStatus.has_value());
    QVERIFY(create.error.isRetryable());
    QVERIFY(!erp.part(QStringLiteral("TST-001")).has_value());
    QVERIFY(!erp.requests().constLast().applied);

    erp.setOptions({});
    erp.failNextCalls(ErpErrorCategory::Timeout);
    QCOMPARE(erp.list({}).error.category, ErpErrorCategory::Timeout);
    QVERIFY(erp.list({}).ok());
}

void TestDummyErp::sessionExpiry()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();

    erp.expireSession();
    const auto expired = erp.get(QStringLiteral("KM-800"));
    QCOMPARE(expired.error.category, ErpErrorCategory::Authentication);
    QCOMPARE(expired.error.httpStatus, 401);
    QVERIFY(!expired.error.isRetryable());
    const auto again = erp.get(QStringLiteral("KM-800"));
    QVERIFY(again.ok());
    // get (401), login, get
    QCOMPARE(erp.requests().size(), 3);
    QCOMPARE(erp.requests().at(1).operation, DummyErpOperation::Login);
    QCOMPARE(erp.requests().at(2).operation, DummyErpOperation::Get);
    QCOMPARE(erp.requestCount(DummyErpOperation::Login), 1);

    DummyErpOptions options;
    options.authExpiryProbability = 1;
    erp.setOptions(options);
    QCOMPARE(erp.testConnection().error.httpStatus, 401);
    QCOMPARE(erp.requests().constLast().simulations, QStringList{QStringLiteral("auth_expiry")});
}

void TestDummyErp::concurrentEditBetweenReadAndWrite()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();

    // Read, someone edits in the ERP, our write with the old ETag fails.
    const RemotePart read = erp.get(QStringLiteral("VP-24")).value->value();
    erp.editBeforeNextWrite(QStringLiteral("VP-24"), [](RemotePart &part) { part.unitPriceMinor = 36900; });
    RemotePart ours = read;
    ours.name = QStringLiteral("Vezérlőpanel 24 V");
    const ErpResult<RemotePart> write = erp.update(ours, read.etag);
    QCOMPARE(write.error.category, ErpErrorCategory::Conflict);
    const RemotePart theirs = *erp.part(QStringLiteral("VP-24"));
    QCOMPARE(theirs.unitPriceMinor, 36900);
    QCOMPARE(theirs.name, QStringLiteral("Vezérlőpanel"));
    QVERIFY(theirs.etag != read.etag);
    QVERIFY(write.error.message.contains(theirs.etag));
    QCOMPARE(erp.requests().constLast().simulations, QStringList{QStringLiteral("concurrent_edit")});

    // Re-read and write again: it goes through, and the edit was one-shot.
    ours.unitPriceMinor = theirs.unitPriceMinor;
    const ErpResult<RemotePart> retry = erp.update(ours, theirs.etag);
    QVERIFY2(retry.ok(), qPrintable(retry.error.message));
    QCOMPARE(retry.value->name, QStringLiteral("Vezérlőpanel 24 V"));

    // Without a part number the edit hits the part being written; default edit changes the description.
    erp.editBeforeNextWrite();
    const ErpResult<RemotePart> second = erp.update(*retry.value, retry.value->etag);
    QCOMPARE(second.error.category, ErpErrorCategory::Conflict);
    QVERIFY(erp.part(QStringLiteral("VP-24"))->description != retry.value->description);

    // By probability: every update meets an outside edit.
    DummyErpOptions options;
    options.concurrentEditProbability = 1;
    erp.setOptions(options);
    const RemotePart current = *erp.part(QStringLiteral("KM-800"));
    QCOMPARE(erp.update(current, current.etag).error.category, ErpErrorCategory::Conflict);
    QVERIFY(erp.part(QStringLiteral("KM-800"))->etag != current.etag);
}

void TestDummyErp::lostResponseStoresTheChange()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();

    erp.loseNextWriteResponse();
    const ErpResult<RemotePart> lost = erp.create(newPart());
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error.category, ErpErrorCategory::Network);
    QVERIFY(lost.error.isRetryable());
    // ... but it is stored, and the natural key finds it.
    const auto found = erp.get(QStringLiteral("TST-001"));
    QVERIFY(found.ok() && found.value->has_value());
    const DummyErpRequest &request = erp.requests().at(erp.requests().size() - 2);
    QCOMPARE(request.operation, DummyErpOperation::Create);
    QVERIFY(request.applied);
    QCOMPARE(request.outcome, ErpErrorCategory::Network);
    QCOMPARE(request.simulations, QStringList{QStringLiteral("lost_response")});

    // A blind retry would duplicate: the server refuses it.
    QCOMPARE(erp.create(newPart()).error.category, ErpErrorCategory::Validation);
    QCOMPARE(erp.appliedCount(DummyErpOperation::Create), 1);

    // Updates too.
    RemotePart change = found.value->value();
    change.unitPriceMinor = 1;
    erp.loseNextWriteResponse();
    QCOMPARE(erp.update(change, change.etag).error.category, ErpErrorCategory::Network);
    QCOMPARE(erp.part(QStringLiteral("TST-001"))->unitPriceMinor, 1);

    // A rejected write does not use up the trigger.
    erp.loseNextWriteResponse();
    RemotePart invalid = newPart(QStringLiteral("TST-002"));
    invalid.name.clear();
    QCOMPARE(erp.create(invalid).error.category, ErpErrorCategory::Validation);
    QCOMPARE(erp.create(newPart(QStringLiteral("TST-002"))).error.category, ErpErrorCategory::Network);
    QVERIFY(erp.part(QStringLiteral("TST-002")).has_value());

    // By probability.
    DummyErpOptions options;
    options.lostResponseProbability = 1;
    erp.setOptions(options);
    QCOMPARE(erp.create(newPart(QStringLiteral("TST-003"))).error.category, ErpErrorCategory::Network);
    QVERIFY(erp.part(QStringLiteral("TST-003")).has_value());
    QVERIFY(erp.get(QStringLiteral("TST-003")).ok()); // reads are not affected
}

void TestDummyErp::onNextRequestHook()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    // Someone creates the same part number between our lookup and our create.
    erp.onNextRequest(DummyErpOperation::Create,
                      [](DummyErp &server) { server.outsideCreate(newPart(QStringLiteral("RACE-1"))); });
    QVERIFY(!erp.get(QStringLiteral("RACE-1")).value->has_value());
    const ErpResult<RemotePart> create = erp.create(newPart(QStringLiteral("RACE-1")));
    QCOMPARE(create.error.category, ErpErrorCategory::Validation);
    QVERIFY(erp.part(QStringLiteral("RACE-1")).has_value());
    QVERIFY(erp.create(newPart(QStringLiteral("RACE-2"))).ok()); // one-shot
}

void TestDummyErp::sameSeedSameFaults()
{
    const auto run = [](quint32 seed) {
        FakeClock clock;
        DummyErpOptions options;
        options.seed = seed;
        options.rateLimitProbability = 0.15;
        options.serverErrorProbability = 0.15;
        options.timeoutProbability = 0.1;
        options.authExpiryProbability = 0.05;
        options.lostResponseProbability = 0.2;
        options.concurrentEditProbability = 0.2;
        DummyErp erp(clock, options);
        erp.addSeedParts();
        for (int i = 0; i < 40; ++i) {
            clock.advanceMs(250);
            switch (i % 4) {
            case 0: erp.list({}); break;
            case 1: erp.get(QStringLiteral("KM-800")); break;
            case 2: erp.create(newPart(QStringLiteral("DET-%1").arg(i))); break;
            case 3: {
                const RemotePart current = *erp.part(QStringLiteral("TR-433-4"));
                erp.update(current, current.etag);
                break;
            }
            }
        }
        return std::make_pair(outcomesOf(erp), erp.toJson());
    };
    const auto first = run(42);
    const auto second = run(42);
    QCOMPARE(first.first, second.first);
    QCOMPARE(first.second, second.second);
    QVERIFY(first.first.join(QLatin1Char('\n')).contains(QStringLiteral("rate_limit")));
    QVERIFY(run(43).first != first.first);

    // setOptions restarts the sequence.
    FakeClock clock;
    DummyErpOptions options;
    options.rateLimitProbability = 0.5;
    DummyErp erp(clock, options);
    QStringList a, b;
    for (int i = 0; i < 20; ++i)
        a << QString::number(int(erp.testConnection().error.category));
    erp.setOptions(options);
    for (int i = 0; i < 20; ++i)
        b << QString::number(int(erp.testConnection().error.category));
    QCOMPARE(a, b);
}

void TestDummyErp::requestRecord()
{
    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    PartQuery query;
    query.pageSize = 10;
    QVERIFY(erp.list(query).ok());
    clock.advanceMs(500);
    QVERIFY(erp.get(QStringLiteral("KM-800")).ok());
    const RemotePart created = *erp.create(newPart()).value;
    erp.failNextCalls(ErpErrorCategory::RateLimited, 1, 5);
    QVERIFY(!erp.update(created, created.etag).ok());
    QVERIFY(erp.update(created, created.etag).ok());

    const QList<DummyErpRequest> requests = erp.requests();
    QCOMPARE(requests.size(), 5);
    for (qsizetype i = 0; i < requests.size(); ++i)
        QCOMPARE(requests.at(i).sequence, i + 1);
    QCOMPARE(requests.at(0).operation, DummyErpOperation::List);
    QVERIFY(requests.at(0).detail.contains(QStringLiteral("page_size=10")));
    QCOMPARE(requests.at(1).operation, DummyErpOperation::Get);
    QCOMPARE(requests.at(1).partNumber, QStringLiteral("KM-800"));
    QCOMPARE(requests.at(1).receivedAt, clock.now());
    QCOMPARE(requests.at(1).httpStatus, 200);
    QCOMPARE(requests.at(2).operation, DummyErpOperation::Create);
    QCOMPARE(requests.at(2).httpStatus, 201);
    QVERIFY(requests.at(2).applied);
    QCOMPARE(requests.at(2).detail, created.externalId);
    QCOMPARE(requests.at(3).operation, DummyErpOperation::Update);
    QCOMPARE(requests.at(3).ifMatch, created.etag);
    QCOMPARE(requests.at(3).outcome, ErpErrorCategory::RateLimited);
    QCOMPARE(requests.at(3).httpStatus, 429);
    QCOMPARE(requests.at(3).simulations, QStringList{QStringLiteral("injected")});
    QVERIFY(!requests.at(3).applied);
    QCOMPARE(requests.at(4).outcome, ErpErrorCategory::None);
    QVERIFY(requests.at(4).applied);

    QCOMPARE(erp.requestCount(DummyErpOperation::Create), 1);
    QCOMPARE(erp.requestCount(DummyErpOperation::Update), 2);
    QCOMPARE(erp.appliedCount(DummyErpOperation::Update), 1);
    QCOMPARE(dummyErpOperationName(DummyErpOperation::Create), QStringLiteral("create"));

    erp.clearRequests();
    QVERIFY(erp.requests().isEmpty());
}

void TestDummyErp::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("erp.json"));

    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    clock.advanceMs(1234);
    erp.outsideDelete(QStringLiteral("VL-24"));
    RemotePart bare = newPart(QStringLiteral("ŐZ-ÁRVÍZTŰRŐ"));
    bare.unitPriceMinor = std::nullopt;
    bare.stockQuantity = std::nullopt;
    bare.description = QStringLiteral("Árvíztűrő tükörfúrógép \"idézőjellel\"");
    erp.outsideCreate(bare);
    erp.save(path);

    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.contains("\"format\": \"garagereg-dummy-erp/1\""));
    QVERIFY(bytes.contains("\"modified_at\": \"2026-01-15T08:30:00.125Z\""));
    QVERIFY(bytes.contains(QStringLiteral("Kapunyitó motor 800 N").toUtf8()));
    QVERIFY(bytes.contains("\"unit_price_minor\": null"));
    QVERIFY(bytes.contains("\"deleted\": true"));

    FakeClock otherClock(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    DummyErp loaded(otherClock);
    loaded.load(path);
    QCOMPARE(loaded.parts(), erp.parts());
    QCOMPARE(loaded.toJson(), bytes);

    // New writes after a load do not reuse ETags or ids.
    const RemotePart created = loaded.outsideCreate(newPart());
    QCOMPARE(created.externalId, QStringLiteral("ITEM-%1").arg(erp.parts().size() + 1, 4, 10, QLatin1Char('0')));
    for (const RemotePart &part : erp.parts())
        QVERIFY(part.etag != created.etag);

    // A hand-made record without etag and time gets them.
    QJsonObject handMade = validFilePart();
    handMade.remove(QStringLiteral("etag"));
    handMade.remove(QStringLiteral("modified_at"));
    handMade.remove(QStringLiteral("unit"));
    QVERIFY(writeFile(path, fileWith({handMade})));
    DummyErp fromHand(clock);
    fromHand.load(path);
    QCOMPARE(fromHand.liveCount(), 1);
    QVERIFY(!fromHand.parts().first().etag.isEmpty());
    QVERIFY(fromHand.parts().first().modifiedAt.isValid());
    QCOMPARE(fromHand.parts().first().unit, QStringLiteral("db"));
}

void TestDummyErp::malformedFileIsReportedAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("broken JSON") << QByteArray("{\"format\": \"garagereg-dummy-erp/1\",\n \"parts\": [\n"
                                               "  {\"external_id\": \"ITEM-0001\",, }\n]}\n")
                                 << QStringLiteral("line 3");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("top level");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other/2", "parts": []})")
                                  << QStringLiteral("\"format\"");
    QTest::newRow("no parts") << QByteArray(R"({"format": "garagereg-dummy-erp/1"})") << QStringLiteral("\"parts\"");

    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject part = validFilePart();
        if (value.isUndefined())
            part.remove(key);
        else
            part.insert(key, value);
        return fileWith({part});
    };
    QTest::newRow("missing name") << with(QStringLiteral("name"), QJsonValue::Undefined) << QStringLiteral("name");
    QTest::newRow("negative price") << with(QStringLiteral("unit_price_minor"), -5)
                                    << QStringLiteral("unit_price_minor");
    QTest::newRow("fractional price") << with(QStringLiteral("unit_price_minor"), 12.5)
                                      << QStringLiteral("unit_price_minor");
    QTest::newRow("price as text") << with(QStringLiteral("unit_price_minor"), QStringLiteral("100"))
                                   << QStringLiteral("unit_price_minor");
    QTest::newRow("unknown VAT code") << with(QStringLiteral("vat_code"), QStringLiteral("28%"))
                                      << QStringLiteral("vat_code");
    QTest::newRow("unknown currency") << with(QStringLiteral("currency"), QStringLiteral("FT"))
                                      << QStringLiteral("currency");
    QTest::newRow("bad time") << with(QStringLiteral("modified_at"), QStringLiteral("tegnap"))
                              << QStringLiteral("modified_at");
    QTest::newRow("time without zone") << with(QStringLiteral("modified_at"), QStringLiteral("2026-01-15T08:30:00"))
                                       << QStringLiteral("modified_at");
    QTest::newRow("deleted not a bool") << with(QStringLiteral("deleted"), QStringLiteral("yes"))
                                        << QStringLiteral("deleted");
    QTest::newRow("unknown field") << with(QStringLiteral("colour"), QStringLiteral("red")) << QStringLiteral("colour");

    QJsonObject second = validFilePart();
    second.insert(QStringLiteral("external_id"), QStringLiteral("ITEM-0002"));
    QTest::newRow("duplicate part number") << fileWith({validFilePart(), second}) << QStringLiteral("part_number");
    QTest::newRow("duplicate external id")
        << fileWith({validFilePart(), validFilePart()}) << QStringLiteral("external_id");
}

void TestDummyErp::malformedFileIsReportedAndLeftAlone()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(path, content));

    FakeClock clock;
    DummyErp erp(clock);
    erp.addSeedParts();
    const QList<RemotePart> before = erp.parts();
    try {
        erp.load(path);
        QFAIL("load() accepted a malformed file");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }
    QCOMPARE(erp.parts(), before);
    QCOMPARE(readFile(path), content);

    // The factory refuses it too and does not write it.
    FactoryInput input;
    input.integration.endpointUrl = QUrl::fromLocalFile(path).toString();
    QVERIFY_THROWS_EXCEPTION(Error, input.create());
    QCOMPARE(readFile(path), content);
}

void TestDummyErp::fileBackedAdapterPersistsAcrossInstances()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared-erp.json"));
    FactoryInput input;
    input.integration.endpointUrl = QUrl::fromLocalFile(path).toString();

    QString createdId;
    {
        const auto adapter = input.create();
        QVERIFY(QFile::exists(path)); // created with the seed parts
        const int seeded = asDummy(adapter)->erp()->liveCount();
        QVERIFY(seeded >= 10);
        const ErpResult<QString> hello = awaitFuture(adapter->testConnection());
        QVERIFY2(hello.ok(), qPrintable(hello.error.message));
        QVERIFY2(hello.value->contains(QString::number(seeded)), qPrintable(*hello.value));
        QVERIFY2(hello.value->contains(path), qPrintable(*hello.value));

        const ErpResult<RemotePart> created = awaitFuture(adapter->createPart(newPart()));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        createdId = created.value->externalId;
        QVERIFY(readFile(path).contains("TST-001")); // saved after the write
    }

    const auto second = input.create();
    const auto found = awaitFuture(second->getPart(QStringLiteral("TST-001")));
    QVERIFY2(found.ok(), qPrintable(found.error.message));
    QVERIFY(found.value->has_value());
    QCOMPARE(found.value->value().externalId, createdId);
    QCOMPARE(found.value->value().name, QStringLiteral("Teszt alkatrész – kapuzár"));

    // Two adapters open at once see each other's writes.
    const auto third = input.create();
    RemotePart change = found.value->value();
    change.unitPriceMinor = 555;
    QVERIFY(awaitFuture(second->updatePart(change, change.etag)).ok());
    const auto seen = awaitFuture(third->getPart(QStringLiteral("TST-001")));
    QVERIFY(seen.ok());
    QCOMPARE(seen.value->value().unitPriceMinor, 555);
    // ... and a stale ETag from the other one conflicts.
    QCOMPARE(awaitFuture(third->updatePart(change, change.etag)).error.category, ErpErrorCategory::Conflict);
}

void TestDummyErp::fileBackedAdapterSeesHandEditsAndNeverOverwritesABrokenFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("erp.json"));
    FakeClock clock;
    auto erp = std::make_shared<DummyErp>(clock);
    erp->addSeedParts();
    DummyErpAdapter adapter(erp, path);
    QVERIFY(QFile::exists(path));

    // A person edits the file by hand.
    QJsonDocument document = QJsonDocument::fromJson(readFile(path));
    QJsonObject root = document.object();
    QJsonArray parts = root.value(QStringLiteral("parts")).toArray();
    QJsonObject first = parts.at(0).toObject();
    first.insert(QStringLiteral("name"), QStringLiteral("Kézzel átírt név"));
    first.insert(QStringLiteral("modified_at"), QStringLiteral("2026-02-01T12:00:00.000Z"));
    first.insert(QStringLiteral("etag"), QStringLiteral("W/\"900\""));
    parts.replace(0, first);
    root.insert(QStringLiteral("parts"), parts);
    QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
    const QString number = first.value(QStringLiteral("part_number")).toString();
    const auto edited = awaitFuture(adapter.getPart(number));
    QVERIFY2(edited.ok(), qPrintable(edited.error.message));
    QCOMPARE(edited.value->value().name, QStringLiteral("Kézzel átírt név"));
    QCOMPARE(edited.value->value().etag, QStringLiteral("W/\"900\""));
    // The next ETag continues after the largest one seen.
    const auto created = awaitFuture(adapter.createPart(newPart()));
    QVERIFY(created.ok());
    QCOMPARE(created.value->etag, QStringLiteral("W/\"901\""));

    // A broken file: requests fail with Configuration and the file stays as it is.
    const QByteArray broken("{\"format\": \"garagereg-dummy-erp/1\", \"parts\": [ oops ]}");
    QVERIFY(writeFile(path, broken));
    const auto read = awaitFuture(adapter.getPart(number));
    QCOMPARE(read.error.category, ErpErrorCategory::Configuration);
    QVERIFY2(read.error.message.contains(path), qPrintable(read.error.message));
    const auto write = awaitFuture(adapter.createPart(newPart(QStringLiteral("TST-002"))));
    QCOMPARE(write.error.category, ErpErrorCategory::Configuration);
    QCOMPARE(readFile(path), broken);

    // Fixed by hand: back in business with the file's content.
    QVERIFY(writeFile(path, fileWith({validFilePart()})));
    const auto listed = awaitFuture(adapter.listParts({}));
    QVERIFY2(listed.ok(), qPrintable(listed.error.message));
    QCOMPARE(partNumbersOf(listed.value->parts), QStringList{QStringLiteral("KM-800")});
}

void TestDummyErp::factorySettings()
{
    FactoryInput input;
    QJsonObject settings;
    settings.insert(QStringLiteral("seed"), 7);
    settings.insert(QStringLiteral("latency_ms"), QStringLiteral("25"));
    settings.insert(QStringLiteral("rate_limit_probability"), 0.25);
    settings.insert(QStringLiteral("retry_after_seconds"), 9);
    settings.insert(QStringLiteral("server_error_probability"), 0.1);
    settings.insert(QStringLiteral("timeout_probability"), 0.05);
    settings.insert(QStringLiteral("lost_response_probability"), 0.2);
    settings.insert(QStringLiteral("concurrent_edit_probability"), 0.3);
    settings.insert(QStringLiteral("auth_expiry_probability"), 0.01);
    settings.insert(QStringLiteral("stock_read_only"), true);
    settings.insert(QStringLiteral("date_only_timestamps"), QStringLiteral("true"));
    settings.insert(QStringLiteral("page_size_limit"), 50);
    settings.insert(QStringLiteral("paging"), QStringLiteral("offset"));
    settings.insert(QStringLiteral("conflict_policy"), QStringLiteral("manual")); // someone else's
    input.integration.settings = settings;

    const auto adapter = input.create();
    QCOMPARE(adapter->providerName(), QStringLiteral("dummy"));
    const DummyErpOptions &options = asDummy(adapter)->erp()->options();
    QCOMPARE(options.seed, 7u);
    QCOMPARE(options.latencyMs, 25);
    QCOMPARE(options.rateLimitProbability, 0.25);
    QCOMPARE(options.retryAfterSeconds, 9);
    QCOMPARE(options.serverErrorProbability, 0.1);
    QCOMPARE(options.timeoutProbability, 0.05);
    QCOMPARE(options.lostResponseProbability, 0.2);
    QCOMPARE(options.concurrentEditProbability, 0.3);
    QCOMPARE(options.authExpiryProbability, 0.01);
    QVERIFY(options.stockReadOnly);
    QVERIFY(options.dateOnlyTimestamps);
    QCOMPARE(options.pageSizeLimit, 50);
    QCOMPARE(options.paging, DummyErpPaging::Offset);
    QVERIFY(asDummy(adapter)->filePath().isEmpty());
    QVERIFY(asDummy(adapter)->erp()->liveCount() >= 10);

    const ErpCapabilities capabilities = adapter->capabilities();
    QVERIFY(capabilities.deltaQueries);
    QVERIFY(capabilities.etags);
    QVERIFY(capabilities.naturalKeyLookup);
    QVERIFY(capabilities.deletes);
    QVERIFY(capabilities.dateOnlyCursor);
    QVERIFY(!capabilities.writableStock);

    // Defaults: no faults, in memory.
    FactoryInput plain;
    plain.integration.endpointUrl = QStringLiteral("https://erp.example.hu/api");
    const auto defaults = plain.create();
    QCOMPARE(asDummy(defaults)->erp()->options(), DummyErpOptions{});
    const ErpResult<QString> hello = awaitFuture(defaults->testConnection());
    QVERIFY(hello.ok());
    QCOMPARE(*hello.value, QStringLiteral("Dummy ERP with %1 parts").arg(DummyErp::seedParts().size()));

    // Registered as "dummy".
    QVERIFY(ErpAdapterRegistry::withBuiltInProviders().supports(QStringLiteral("dummy")));
}

void TestDummyErp::factorySettingsErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("negative latency") << QStringLiteral("latency_ms") << QJsonValue(-1);
    QTest::newRow("latency as words") << QStringLiteral("latency_ms") << QJsonValue(QStringLiteral("slow"));
    QTest::newRow("fractional latency") << QStringLiteral("latency_ms") << QJsonValue(1.5);
    QTest::newRow("probability above 1") << QStringLiteral("rate_limit_probability") << QJsonValue(1.5);
    QTest::newRow("probability below 0") << QStringLiteral("server_error_probability") << QJsonValue(-0.1);
    QTest::newRow("probability as bool") << QStringLiteral("timeout_probability") << QJsonValue(true);
    QTest::newRow("lost response") << QStringLiteral("lost_response_probability") << QJsonValue(2);
    QTest::newRow("concurrent edit") << QStringLiteral("concurrent_edit_probability") << QJsonValue(QJsonArray{});
    QTest::newRow("auth expiry") << QStringLiteral("auth_expiry_probability") << QJsonValue(QStringLiteral("often"));
    QTest::newRow("retry after") << QStringLiteral("retry_after_seconds") << QJsonValue(-3);
    QTest::newRow("negative seed") << QStringLiteral("seed") << QJsonValue(-1);
    QTest::newRow("huge seed") << QStringLiteral("seed") << QJsonValue(1e12);
    QTest::newRow("stock flag") << QStringLiteral("stock_read_only") << QJsonValue(QStringLiteral("maybe"));
    QTest::newRow("date flag") << QStringLiteral("date_only_timestamps") << QJsonValue(1);
    QTest::newRow("page size zero") << QStringLiteral("page_size_limit") << QJsonValue(0);
    QTest::newRow("paging style") << QStringLiteral("paging") << QJsonValue(QStringLiteral("pages"));
}

void TestDummyErp::factorySettingsErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    FactoryInput input;
    QJsonObject settings;
    settings.insert(key, value);
    input.integration.settings = settings;
    try {
        input.create();
        QFAIL("the factory accepted a bad setting");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("\"%1\"").arg(key)), qPrintable(error.message()));
    }
}

void TestDummyErp::futuresNeverFinishSynchronously()
{
    FakeClock clock;
    auto erp = std::make_shared<DummyErp>(clock);
    erp->addSeedParts();
    DummyErpAdapter adapter(erp);

    auto test = adapter.testConnection();
    auto list = adapter.listParts({});
    auto get = adapter.getPart(QStringLiteral("KM-800"));
    auto create = adapter.createPart(newPart());
    RemotePart current = *erp->part(QStringLiteral("FC-PAR"));
    auto update = adapter.updatePart(current, current.etag);
    QVERIFY(!test.isFinished());
    QVERIFY(!list.isFinished());
    QVERIFY(!get.isFinished());
    QVERIFY(!create.isFinished());
    QVERIFY(!update.isFinished());
    // Nothing reached the server yet either.
    QVERIFY(erp->requests().isEmpty());

    QVERIFY(awaitFuture(test).ok());
    QVERIFY(awaitFuture(list).ok());
    QVERIFY(awaitFuture(get).value->has_value());
    QVERIFY(awaitFuture(create).ok());
    QVERIFY(awaitFuture(update).ok());
    // Answered in the order asked.
    QCOMPARE(erp->requests().size(), 5);
    QCOMPARE(erp->requests().at(0).operation, DummyErpOperation::TestConnection);
    QCOMPARE(erp->requests().at(4).operation, DummyErpOperation::Update);

    // Failures come through the future as well.
    erp->failNextCalls(ErpErrorCategory::RateLimited, 1, 3);
    auto limited = adapter.getPart(QStringLiteral("KM-800"));
    QVERIFY(!limited.isFinished());
    const auto result = awaitFuture(limited);
    QCOMPARE(result.error.category, ErpErrorCategory::RateLimited);
    QCOMPARE(result.error.retryAfterSeconds, 3);
}

void TestDummyErp::latencyDelaysTheAnswer()
{
    FakeClock clock;
    DummyErpOptions options;
    options.latencyMs = 60;
    auto erp = std::make_shared<DummyErp>(clock, options);
    erp->addSeedParts();
    DummyErpAdapter adapter(erp);
    QElapsedTimer timer;
    timer.start();
    auto future = adapter.getPart(QStringLiteral("KM-800"));
    QVERIFY(!future.isFinished());
    QVERIFY(awaitFuture(future).ok());
    QVERIFY2(timer.elapsed() >= 55, qPrintable(QString::number(timer.elapsed())));
}

void TestDummyErp::destroyingTheAdapterAnswersWaitingFutures()
{
    FakeClock clock;
    DummyErpOptions options;
    options.latencyMs = 10000;
    auto erp = std::make_shared<DummyErp>(clock, options);
    erp->addSeedParts();
    auto adapter = std::make_unique<DummyErpAdapter>(erp);
    auto future = adapter->createPart(newPart());
    adapter.reset();
    QVERIFY(future.isFinished());
    QVERIFY(!future.isCanceled());
    QCOMPARE(future.result().error.category, ErpErrorCategory::Network);
    QVERIFY(!erp->part(QStringLiteral("TST-001")).has_value()); // never reached the server
}

QTEST_GUILESS_MAIN(TestDummyErp)
#include "tst_dummy_erp.moc"
