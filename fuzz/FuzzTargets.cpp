#include "fuzz/FuzzTargets.h"

#include "adapters/erp/DummyErp.h"
#include "adapters/erp/RestJsonProfile.h"
#include "adapters/http/HttpDates.h"
#include "app/services/WebhookEventService.h"
#include "models/common/Error.h"
#include "models/storage/DatabaseUrl.h"
#include "models/storage/RepositorySupport.h"
#include "models/webhooks/EventFilter.h"
#include "models/webhooks/WebhookRequest.h"
#include "models/webhooks/WebhookSignature.h"
#include "tests/support/FakeClock.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace garagereg::fuzz {

namespace {

// The fixed "now" of every target, so an input behaves the same on every run.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 1, 15), QTime(8, 30, 0), Qt::UTC);
}

// The input up to the first `separator` and what follows it (empty when there is none).
std::pair<QByteArray, std::optional<QByteArray>> splitOnce(QByteArrayView input, QByteArrayView separator)
{
    const qsizetype at = input.indexOf(separator);
    if (at < 0)
        return {input.toByteArray(), std::nullopt};
    return {input.first(at).toByteArray(), input.sliced(at + separator.size()).toByteArray()};
}

// The first `count` lines (without their '\n') and the rest of the input.
std::pair<QList<QByteArray>, QByteArray> takeLines(QByteArrayView input, int count)
{
    QList<QByteArray> lines;
    while (lines.size() < count) {
        const qsizetype end = input.indexOf('\n');
        if (end < 0) {
            lines << input.toByteArray();
            input = {};
            continue;
        }
        lines << input.first(end).toByteArray();
        input = input.sliced(end + 1);
    }
    return {lines, input.toByteArray()};
}

} // namespace

void violated(const char *target, const char *what)
{
    std::fprintf(stderr, "garagereg fuzz target %s: %s\n", target, what);
    std::fflush(stderr);
    std::abort();
}

const QList<Target> &targets()
{
    static const QList<Target> all{
        {"event_filter", feedEventFilter},
        {"event_payload", feedEventPayload},
        {"http_dates", feedHttpDates},
        {"database_url", feedDatabaseUrl},
        {"webhook_signature", feedWebhookSignature},
        {"dummy_erp_state", feedDummyErpState},
        {"rest_api", feedRestApi},
        {"erp_record", feedErpRecord},
    };
    return all;
}

// --- Event filters ----------------------------------------------------------
// A subscription's filter as the CLI (--filter), the GUI and the REST API read
// it: JSON text that must hold an object. Then the filter is matched against a
// payload read like an event's, and stored and read back as the repository does.
Outcome feedEventFilter(QByteArrayView input)
{
    constexpr const char *name = "event_filter";
    const auto [filterText, payloadText] = splitOnce(input, "\n---\n");
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(filterText, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Outcome::Rejected;
    const QJsonObject filters = document.object();

    std::optional<EventFilter> filter;
    try {
        filter = EventFilter::parse(filters);
    } catch (const Error &) {
    }
    if (EventFilter::problems(filters).isEmpty() != filter.has_value())
        violated(name, "EventFilter::problems() and EventFilter::parse() disagree");
    if (!filter)
        return Outcome::Rejected;

    QJsonObject payload;
    try {
        payload = WebhookEventService::parsePayload(payloadText.value_or(QByteArrayLiteral("{}")));
    } catch (const Error &) {
    }
    const bool matched = filter->matches(payload);

    // Stored (event_filters column) and read back, the filter must be accepted and match the same.
    QJsonObject reread;
    try {
        reread = jsonObjectFromText(toJsonText(filters), QStringLiteral("event_filters"));
    } catch (const Error &) {
        violated(name, "a valid filter cannot be read back from its stored text");
    }
    try {
        if (EventFilter::parse(reread).matches(payload) != matched)
            violated(name, "the stored and read back filter matches differently");
    } catch (const Error &) {
        violated(name, "a valid filter is refused after storing and reading it back");
    }
    return Outcome::Accepted;
}

// --- Event payloads ---------------------------------------------------------
// Payload text (CLI --payload, the GUI's trigger page, the REST API's "payload")
// parsed, then wrapped in the delivery envelope, which must be JSON holding it.
Outcome feedEventPayload(QByteArrayView input)
{
    constexpr const char *name = "event_payload";
    QJsonObject payload;
    try {
        payload = WebhookEventService::parsePayload(input.toByteArray());
    } catch (const Error &) {
        return Outcome::Rejected;
    }
    const QByteArray body = WebhookRequest::envelope(QStringLiteral("0b6b2b8e-52d4-4d3c-9a43-4b5a3f2c1d0e"),
                                                     QStringLiteral("gate.opened"), fixedNow(), QStringLiteral("org-1"),
                                                     QString(), payload);
    QJsonParseError parseError{};
    const QJsonDocument envelope = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !envelope.isObject())
        violated(name, "the envelope of an accepted payload is not a JSON object");
    if (envelope.object().value(QStringLiteral("data")).toObject() != payload)
        violated(name, "the envelope's data differs from the payload");
    return Outcome::Accepted;
}

// --- Retry-After and HTTP dates ---------------------------------------------
// A header value as a receiver or an ERP sends it.
Outcome feedHttpDates(QByteArrayView input)
{
    constexpr const char *name = "http_dates";
    const QByteArray value = input.toByteArray();
    const QDateTime now = fixedNow();
    const std::optional<qint64> seconds = parseRetryAfter(value, now);
    if (seconds && (*seconds < 0 || *seconds > maxRetryAfterSeconds))
        violated(name, "Retry-After outside 0 .. maxRetryAfterSeconds");
    const QDateTime date = parseHttpDate(value, now);
    if (date.isValid()) {
        if (date.timeSpec() != Qt::UTC)
            violated(name, "an HTTP-date that is not UTC");
        // Written back as an IMF-fixdate it must read as the same time.
        if (date.date().year() >= 1000 && date.date().year() <= 9999) {
            const QByteArray fixdate =
                QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
            if (parseHttpDate(fixdate, now) != date)
                violated(name, "an HTTP-date does not survive being written as an IMF-fixdate");
        }
    }
    return seconds || date.isValid() ? Outcome::Accepted : Outcome::Rejected;
}

// --- Database URLs ----------------------------------------------------------
// --database, GARAGEREG_DATABASE and the settings page. The canonical form is
// what the settings page stores, so it must parse back to the same URL.
Outcome feedDatabaseUrl(QByteArrayView input)
{
    constexpr const char *name = "database_url";
    DatabaseUrl url;
    try {
        url = DatabaseUrl::parse(QString::fromUtf8(input));
    } catch (const Error &) {
        return Outcome::Rejected;
    }
    const QString canonical = url.toString();
    (void)url.passwordSecretKey();
    try {
        if (!(DatabaseUrl::parse(canonical) == url))
            violated(name, "the canonical form parses to another URL");
    } catch (const Error &) {
        violated(name, "the canonical form of an accepted URL is refused");
    }
    return Outcome::Accepted;
}

// --- Signature headers ------------------------------------------------------
// What a receiver checks (CLI `verify`, the delivery dialog): lines
//   scheme (garagereg | standard-webhooks), secret, webhook-id,
//   webhook-timestamp (empty: none), tolerance seconds (empty: 300),
//   the signature header value,
// then the body.
Outcome feedWebhookSignature(QByteArrayView input)
{
    constexpr const char *name = "webhook_signature";
    const auto [lines, body] = takeLines(input, 6);
    const SignatureScheme scheme = lines.at(0) == "standard-webhooks" ? SignatureScheme::StandardWebhooks
                                                                      : SignatureScheme::GarageReg;
    const QByteArray &secret = lines.at(1);
    const QString id = QString::fromUtf8(lines.at(2));
    std::optional<qint64> timestamp;
    if (!lines.at(3).isEmpty()) {
        bool ok = false;
        timestamp = QString::fromUtf8(lines.at(3)).toLongLong(&ok); // as the CLI reads --timestamp
        if (!ok)
            return Outcome::Rejected;
    }
    qint64 tolerance = 300;
    if (!lines.at(4).isEmpty()) {
        bool ok = false;
        tolerance = QString::fromUtf8(lines.at(4)).toInt(&ok);
        if (!ok || tolerance < 0 || tolerance > 365 * 24 * 3600) // the CLI's --tolerance range
            return Outcome::Rejected;
    }
    const QByteArray &header = lines.at(5);
    const QDateTime now = fixedNow();

    const WebhookSignature::Verification verification = WebhookSignature::verify(scheme, secret, body, header, id,
                                                                                 timestamp, tolerance, now);
    if (!verification.valid && verification.reason.isEmpty())
        violated(name, "a refused signature without a reason");
    // The delivery dialog checks an attempt at the attempt's own time.
    if (timestamp)
        (void)WebhookSignature::verify(scheme, secret, body, header, id, timestamp, 300,
                                       QDateTime::fromSecsSinceEpoch(*timestamp, Qt::UTC));

    // A signature made now with a usable secret verifies.
    if (WebhookSignature::secretProblem(scheme, secret).isEmpty()) {
        if (scheme == SignatureScheme::GarageReg) {
            const QByteArray fresh = WebhookSignature::garageReg(secret, body);
            if (!WebhookSignature::verify(scheme, secret, body, fresh, id, std::nullopt, tolerance, now).valid)
                violated(name, "a fresh garagereg signature does not verify");
        } else if (!id.isEmpty()) {
            const qint64 at = now.toSecsSinceEpoch();
            try {
                const QByteArray fresh = WebhookSignature::standardWebhooks({secret}, id, at, body);
                if (!WebhookSignature::verify(scheme, secret, body, fresh, id, at, tolerance, now).valid)
                    violated(name, "a fresh standard-webhooks signature does not verify");
            } catch (const Error &) {
                violated(name, "signing with a secret secretProblem() accepts throws");
            }
        }
    }
    return verification.valid ? Outcome::Accepted : Outcome::Rejected;
}

// --- Dummy ERP state file ---------------------------------------------------
// A state file (docs/dummy-erp.md) loaded over the sample catalogue. Refused:
// nothing changed. Accepted: saved and loaded again it is the same, and every
// part is listed exactly once across the pages.
Outcome feedDummyErpState(QByteArrayView input)
{
    constexpr const char *name = "dummy_erp_state";
    const test::FakeClock clock(fixedNow());
    DummyErp erp(clock);
    erp.addSeedParts();
    const QList<RemotePart> before = erp.parts();
    try {
        erp.loadJson(input.toByteArray(), QStringLiteral("fuzz.json"));
    } catch (const Error &) {
        if (erp.parts() != before)
            violated(name, "a refused file changed the parts");
        return Outcome::Rejected;
    }
    const QList<RemotePart> loaded = erp.parts();

    DummyErp copy(clock);
    try {
        copy.loadJson(erp.toJson(), QStringLiteral("saved.json"));
    } catch (const Error &) {
        violated(name, "the saved state of an accepted file is refused");
    }
    if (copy.parts() != loaded)
        violated(name, "the saved state loads as other parts");

    PartQuery query;
    query.pageSize = 7;
    qsizetype listed = 0;
    for (qsizetype page = 0;; ++page) {
        if (page > loaded.size() / query.pageSize + 1)
            violated(name, "listing does not end");
        const ErpResult<PartPage> result = erp.list(query);
        if (!result.ok() || !result.value)
            violated(name, "listing a loaded state fails");
        listed += result.value->parts.size();
        if (result.value->nextPageToken.isEmpty())
            break;
        query.pageToken = result.value->nextPageToken;
    }
    if (listed != loaded.size())
        violated(name, "the pages do not hold every part exactly once");
    return Outcome::Accepted;
}

// --- ERP records (REST JSON adapter) ----------------------------------------
// A record as an ERP's REST API returns it, read through a built-in profile or
// through a profile given in the input (the "profile" setting of an integration,
// which the REST API and the CLI accept). Lines: "business-central", "billingo"
// or "profile"; for "profile" the profile JSON, a line "---"; then the record JSON.
Outcome feedErpRecord(QByteArrayView input)
{
    constexpr const char *name = "erp_record";
    auto [choice, rest] = takeLines(input, 1);
    RestJsonProfile profile;
    QByteArray recordText = rest;
    try {
        if (choice.at(0) == "business-central") {
            profile = RestJsonProfile::businessCentral();
        } else if (choice.at(0) == "billingo") {
            profile = RestJsonProfile::billingo();
        } else if (choice.at(0) == "profile") {
            const auto [profileText, afterProfile] = splitOnce(rest, "\n---\n");
            const QJsonDocument document = QJsonDocument::fromJson(profileText);
            if (!document.isObject())
                return Outcome::Rejected;
            profile = RestJsonProfile::fromJson(document.object());
            recordText = afterProfile.value_or(QByteArray());
        } else {
            return Outcome::Rejected;
        }
        profile.resolveSettings(QJsonObject{{QStringLiteral("company_id"), QStringLiteral("c1")},
                                            {QStringLiteral("currency"), QStringLiteral("EUR")},
                                            {QStringLiteral("tenant_id"), QStringLiteral("t1")}});
    } catch (const Error &) {
        return Outcome::Rejected;
    }
    (void)profile.capabilities();

    // Money text as the profile reads it: what parses formats back to the same amount.
    const QJsonDocument document = QJsonDocument::fromJson(recordText);
    if (!document.isObject())
        return Outcome::Rejected;
    const QJsonObject record = document.object();
    for (const QJsonValue &value : record) {
        if (!value.isString())
            continue;
        for (const int decimals : {0, 2, 3}) {
            const std::optional<qint64> minor = RestJsonProfile::parseDecimal(value.toString(), decimals);
            if (minor
                && RestJsonProfile::parseDecimal(RestJsonProfile::formatDecimal(*minor, decimals), decimals) != minor)
                violated(name, "a decimal amount does not survive formatting and parsing again");
        }
    }

    const ErpResult<RemotePart> part = profile.partFromJson(record);
    if (!part.ok())
        return Outcome::Rejected;
    if (!part.value || part.value->raw != record)
        violated(name, "an accepted record without its raw form");
    // Written back (an export of what was read) it must not crash; refusals are results.
    (void)profile.jsonFromPart(*part.value);
    return Outcome::Accepted;
}

} // namespace garagereg::fuzz
