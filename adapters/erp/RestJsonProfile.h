#pragma once

#include "adapters/erp/ErpAdapter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace garagereg {

// One REST JSON API as RestJsonAdapter sees it: how to authenticate, where the
// items live, how listings are paged and filtered, how versions and updates
// work, and how a RemotePart maps to the JSON record. Built in for Business
// Central API v2.0 and Billingo API v3; the "rest-json" provider reads one from
// the integration's settings (see docs/rest-json-adapter.md for the format).
//
// Paths and query templates may hold placeholders: {id} (the ERP's id, item
// path only), {value} (the part number, lookup query only), {since} (the change
// cursor, change query only) and {<setting>} for any other integration setting,
// e.g. {company_id}; resolveSettings() fills the settings in.
struct RestJsonProfile
{
    Q_DECLARE_TR_FUNCTIONS(RestJsonProfile)

public:
    using QueryItems = QList<std::pair<QString, QString>>; // name, value template; in order

    enum class AuthType {
        None,
        Bearer, // Authorization: Bearer <credential>
        ApiKey, // <header>: <prefix><credential>
        Basic,  // Authorization: Basic base64(<credential>), the credential being "user:password"
    };
    enum class PagingStyle {
        None,       // one request returns everything
        NextLink,   // the body holds the URL of the next page (OData @odata.nextLink)
        PageNumber, // page=<n>&per_page=<size>; the body says the current and the last page
        Offset,     // offset=<n>&limit=<size>
    };
    enum class CursorFormat { Iso8601, Iso8601Seconds, Date, UnixSeconds, UnixMilliseconds };
    enum class QuoteStyle { None, OData }; // OData: ' in {value} becomes ''
    enum class UpdateMethod { Patch, Put };
    enum class PriceFormat { Number, String };

    struct Auth
    {
        AuthType type = AuthType::None;
        QByteArray header; // ApiKey only
        QByteArray prefix; // ApiKey only, e.g. "token "
    };

    struct Paging
    {
        PagingStyle style = PagingStyle::None;
        int maxPageSize = 100;
        // NextLink
        QString nextLinkKey = QStringLiteral("@odata.nextLink");
        bool preferMaxPageSize = false; // sends Prefer: odata.maxpagesize=<size>
        // PageNumber
        QString pageParam = QStringLiteral("page");
        QString perPageParam = QStringLiteral("per_page");
        QString currentPageKey = QStringLiteral("current_page");
        QString lastPageKey = QStringLiteral("last_page");
        int firstPage = 1;
        // Offset
        QString offsetParam = QStringLiteral("offset");
        QString limitParam = QStringLiteral("limit");
    };

    // "Changed since" listings; without one every listing is a full scan.
    struct ChangeCursor
    {
        QString field;    // the record's change time, e.g. lastModifiedDateTime
        QueryItems query; // with {since}, e.g. $filter=lastModifiedDateTime ge {since}
        CursorFormat format = CursorFormat::Iso8601;
    };

    // Server-side lookup by part number; without one getPart scans every page.
    struct Lookup
    {
        QueryItems query; // with {value}, e.g. $filter=number eq '{value}'
        QuoteStyle quote = QuoteStyle::None;
    };

    struct ETagSupport
    {
        QString field;       // in the record, e.g. @odata.etag; may be empty
        QByteArray header;   // in the response, e.g. ETag; may be empty
        bool ifMatch = true; // send If-Match on updates
    };

    // Top-level keys of the JSON record; an empty key means the API has no such field.
    struct Fields
    {
        QString id;
        QString partNumber;
        // When the API has no part-number field: a line "<marker><part number>"
        // in markerField (Billingo: "PN:" in comment). The other lines are the
        // description when markerField is also the description field.
        QString partNumberMarkerField;
        QString partNumberMarker;
        QString name;
        QString description;
        QString category;
        QString unit;
        QString price;
        PriceFormat priceFormat = PriceFormat::Number;
        QString currency;      // a field, or
        QString fixedCurrency; // the one currency of every price (Business Central: the company's)
        QString vat;
        QString stock;
        bool stockWritable = false;
    };

    QString displayName = QStringLiteral("REST JSON API"); // in messages: "<displayName> answered HTTP 503"
    Auth auth;
    QString listPath;     // relative to the endpoint URL
    QString itemPath;     // with {id}
    QString createPath;   // POST; the list path when empty
    QString itemsKey;     // the array in a list response; empty: the response is the array
    QString totalKey;     // optional: the number of records in all pages
    QueryItems listQuery; // sent with every listing and lookup, e.g. $orderby
    Paging paging;
    std::optional<ChangeCursor> changes;
    std::optional<Lookup> lookup;
    std::optional<ETagSupport> etag;
    UpdateMethod updateMethod = UpdateMethod::Patch; // Patch: only changed fields; Put: the full record
    bool readBeforePut = true;                       // Put: fetch the current record and keep the fields we do not map
    QJsonObject createDefaults;                      // added to every created record, e.g. {"type": "Inventory"}
    QStringList readOnlyFields;                      // never sent, in addition to the id and a read-only stock field
    Fields fields;
    QHash<int, ErpErrorCategory> statusCategories; // overrides of the default mapping per HTTP status
    QHash<QString, int> currencyDecimals;          // overrides of the built-in table

    // Business Central API v2.0 items: companies({company_id})/items, bearer
    // token, @odata.nextLink paging, lastModifiedDateTime cursor, $filter by
    // number, @odata.etag with If-Match on PATCH; prices in {currency}.
    static RestJsonProfile businessCentral();
    // Billingo API v3 products: X-API-KEY, page/per_page (<= 100), full PUT, no
    // change cursor, part number as a "PN:<number>" line in comment, 402 ->
    // Configuration.
    static RestJsonProfile billingo();
    // A profile from its JSON form. Throws garagereg::Error naming the wrong key,
    // spelled from `settingName` ("profile.paging.style").
    static RestJsonProfile fromJson(const QJsonObject &json, const QString &settingName = QStringLiteral("profile"));

    // Replaces {<setting>} placeholders by integration settings. Throws
    // garagereg::Error naming a missing or unusable setting.
    void resolveSettings(const QJsonObject &settings);

    ErpCapabilities capabilities() const;
    // The RemotePart members this profile maps ("partNumber", "name", "unitPriceMinor", ...).
    QStringList mappedFields() const;

    // JSON record -> RemotePart (raw = the record). A value the part cannot hold
    // exactly (a price with more decimals than its currency) is a Validation
    // error naming the field.
    ErpResult<RemotePart> partFromJson(const QJsonObject &record) const;
    // RemotePart -> the writable fields of the record (no id, no read-only stock).
    ErpResult<QJsonObject> jsonFromPart(const RemotePart &part) const;

    // The part number and description held in the marker field's text.
    std::pair<QString, QString> splitMarkerText(const QString &text) const;
    QString joinMarkerText(const QString &partNumber, const QString &description) const;

    // Money: decimal text <-> fixed-point minor units, exactly. HUF and the other
    // zero-decimal currencies (JPY, KRW, ISK, CLP, ...) have 0 decimals, BHD, KWD,
    // OMR, JOD, TND, LYD and IQD have 3, all other ISO codes 2.
    int decimalsOf(const QString &currency) const;
    static int defaultDecimalsOf(const QString &currency);
    // "12999.50" EUR -> 1299950. Trailing zeros beyond the currency's decimals are
    // accepted ("12.340" EUR), other digits are not ("12.345" EUR): nullopt and
    // *problem says why.
    static std::optional<qint64> parseDecimal(QStringView text, int decimals, QString *problem = nullptr);
    // 1299950, 2 -> "12999.50"; 4500000, 0 -> "4500000".
    static QString formatDecimal(qint64 minor, int decimals);
    // Minor units above this are refused: a JSON number (a double) is exact up to
    // 15 significant digits.
    static constexpr qint64 maxMinorUnits = 999'999'999'999'999;
};

} // namespace garagereg
