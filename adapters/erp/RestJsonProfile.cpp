#include "adapters/erp/RestJsonProfile.h"

#include "models/common/Error.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace garagereg {

namespace {

const QString idPlaceholder = QStringLiteral("id");
const QString valuePlaceholder = QStringLiteral("value");
const QString sincePlaceholder = QStringLiteral("since");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}"));
    return pattern;
}

const QRegularExpression &currencyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern;
}

QStringList placeholdersIn(const QString &text)
{
    QStringList names;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext())
        names << matches.next().captured(1);
    return names;
}

// The JSON type as people call it, for messages.
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return QString();
}

// Reads one JSON object of the profile; every problem is a garagereg::Error
// naming the key by its full path ("profile.paging.style").
class ProfileReader
{
    Q_DECLARE_TR_FUNCTIONS(RestJsonProfile)

public:
    ProfileReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
    }

    QString keyPath(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    [[noreturn]] void fail(const QString &key, const QString &problem) const
    {
        throw Error(tr("The integration setting %1 is wrong: %2").arg(keyPath(key), problem));
    }

    QString string(const QString &key, const QString &fallback = QString(), bool required = false) const
    {
        if (!has(key)) {
            if (required)
                fail(key, tr("it is missing; give a string."));
            return fallback;
        }
        const QJsonValue v = value(key);
        if (!v.isString())
            fail(key, tr("it is %1; give a string.").arg(typeName(v)));
        if (required && v.toString().trimmed().isEmpty())
            fail(key, tr("it is empty."));
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = value(key);
        if (!v.isBool())
            fail(key, tr("it is %1; give true or false.").arg(typeName(v)));
        return v.toBool();
    }

    int integer(const QString &key, int fallback, int minimum, int maximum) const
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = value(key);
        const double number = v.toDouble(std::nan(""));
        if (!v.isDouble() || number != std::floor(number) || number < minimum || number > maximum)
            fail(key, tr("it must be a whole number from %1 to %2.").arg(minimum).arg(maximum));
        return int(number);
    }

    QJsonObject object(const QString &key, bool required = false) const
    {
        if (!has(key)) {
            if (required)
                fail(key, tr("it is missing; give an object."));
            return {};
        }
        const QJsonValue v = value(key);
        if (!v.isObject())
            fail(key, tr("it is %1; give an object.").arg(typeName(v)));
        return v.toObject();
    }

    ProfileReader child(const QString &key, bool required = false) const
    {
        return ProfileReader(object(key, required), keyPath(key));
    }

    // One of the given names; the index into names.
    int choice(const QString &key, const QStringList &names, int fallback) const
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = value(key);
        const int index = v.isString() ? int(names.indexOf(v.toString())) : -1;
        if (index < 0)
            fail(key, tr("it is %1; it must be one of %2.")
                          .arg(v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : typeName(v),
                               names.join(QStringLiteral(", "))));
        return index;
    }

    // {"name": "value template", ...}; the values are strings or numbers.
    RestJsonProfile::QueryItems query(const QString &key) const
    {
        RestJsonProfile::QueryItems items;
        const QJsonObject query = object(key);
        for (auto it = query.begin(); it != query.end(); ++it) {
            if (it.key().isEmpty())
                fail(key, tr("a query parameter has no name."));
            if (it.value().isString())
                items.append({it.key(), it.value().toString()});
            else if (it.value().isDouble())
                items.append({it.key(), QString::number(it.value().toDouble(), 'f', QLocale::FloatingPointShortest)});
            else
                fail(key, tr("the parameter \"%1\" is %2; give a string.").arg(it.key(), typeName(it.value())));
        }
        return items;
    }

    // A field: "key", or {"field": "key", ...} read by the caller.
    QString fieldName(const QString &key) const
    {
        if (!has(key))
            return {};
        const QJsonValue v = value(key);
        if (v.isString()) {
            if (v.toString().isEmpty())
                fail(key, tr("it is empty; leave it out when the API has no such field."));
            return v.toString();
        }
        if (v.isObject())
            return child(key).string(QStringLiteral("field"), QString(), true);
        fail(key, tr("it is %1; give the JSON key as a string.").arg(typeName(v)));
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// The reserved placeholders a template may hold; the others are settings.
void checkPlaceholders(const QString &text, const QStringList &allowed, const QString &where)
{
    for (const QString &name : placeholdersIn(text)) {
        if ((name == idPlaceholder || name == valuePlaceholder || name == sincePlaceholder) && !allowed.contains(name))
            throw Error(RestJsonProfile::tr("The integration setting %1 uses {%2}, which only %3 may use.")
                            .arg(where, name,
                                 name == idPlaceholder      ? QStringLiteral("paths.item")
                                 : name == valuePlaceholder ? QStringLiteral("lookup.query")
                                                            : QStringLiteral("changes.query")));
    }
}

std::optional<ErpErrorCategory> categoryFromName(const QString &name)
{
    static const QList<std::pair<QString, ErpErrorCategory>> names{
        {QStringLiteral("network"), ErpErrorCategory::Network},
        {QStringLiteral("timeout"), ErpErrorCategory::Timeout},
        {QStringLiteral("rate_limited"), ErpErrorCategory::RateLimited},
        {QStringLiteral("server"), ErpErrorCategory::Server},
        {QStringLiteral("authentication"), ErpErrorCategory::Authentication},
        {QStringLiteral("validation"), ErpErrorCategory::Validation},
        {QStringLiteral("conflict"), ErpErrorCategory::Conflict},
        {QStringLiteral("not_found"), ErpErrorCategory::NotFound},
        {QStringLiteral("not_supported"), ErpErrorCategory::NotSupported},
        {QStringLiteral("configuration"), ErpErrorCategory::Configuration},
    };
    for (const auto &[candidate, category] : names) {
        if (candidate == name)
            return category;
    }
    return std::nullopt;
}

ErpError validationError(const QString &message, const QString &raw = QString())
{
    ErpError error;
    error.category = ErpErrorCategory::Validation;
    error.message = message;
    error.rawMessage = raw;
    return error;
}

// A record's text value: strings as they are, whole numbers without a fraction.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min())
            return QString::number(whole);
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

// A JSON number or numeric string as exact decimal text; empty when it is neither.
QString decimalTextOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min())
            return QString::number(whole);
        // The shortest text that reads back as the same double: exactly what the
        // server wrote, for up to 15 significant digits.
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    return QString();
}

} // namespace

RestJsonProfile RestJsonProfile::businessCentral()
{
    RestJsonProfile profile;
    profile.displayName = QStringLiteral("Business Central");
    profile.auth.type = AuthType::Bearer;
    profile.listPath = QStringLiteral("companies({company_id})/items");
    profile.itemPath = QStringLiteral("companies({company_id})/items({id})");
    profile.itemsKey = QStringLiteral("value");
    profile.paging.style = PagingStyle::NextLink;
    profile.paging.nextLinkKey = QStringLiteral("@odata.nextLink");
    profile.paging.preferMaxPageSize = true;
    profile.paging.maxPageSize = 1000;
    profile.changes = ChangeCursor{QStringLiteral("lastModifiedDateTime"),
                                   {{QStringLiteral("$filter"), QStringLiteral("lastModifiedDateTime ge {since}")},
                                    {QStringLiteral("$orderby"), QStringLiteral("lastModifiedDateTime asc")}},
                                   CursorFormat::Iso8601};
    profile.lookup = Lookup{{{QStringLiteral("$filter"), QStringLiteral("number eq '{value}'")}}, QuoteStyle::OData};
    profile.etag = ETagSupport{QStringLiteral("@odata.etag"), QByteArrayLiteral("ETag"), true};
    profile.updateMethod = UpdateMethod::Patch;
    profile.createDefaults = QJsonObject{{QStringLiteral("type"), QStringLiteral("Inventory")}};
    profile.readOnlyFields = {QStringLiteral("@odata.etag"), QStringLiteral("lastModifiedDateTime"),
                              QStringLiteral("itemCategoryId"), QStringLiteral("baseUnitOfMeasureId"),
                              QStringLiteral("taxGroupId")};
    profile.fields.id = QStringLiteral("id");
    profile.fields.partNumber = QStringLiteral("number");
    profile.fields.name = QStringLiteral("displayName");
    profile.fields.category = QStringLiteral("itemCategoryCode");
    profile.fields.unit = QStringLiteral("baseUnitOfMeasureCode");
    profile.fields.price = QStringLiteral("unitPrice");
    profile.fields.priceFormat = PriceFormat::Number;
    profile.fields.fixedCurrency = QStringLiteral("{currency}"); // the company's local currency, from the settings
    profile.fields.vat = QStringLiteral("taxGroupCode");
    profile.fields.stock = QStringLiteral("inventory");
    profile.fields.stockWritable = false; // read-only in the API
    return profile;
}

RestJsonProfile RestJsonProfile::billingo()
{
    RestJsonProfile profile;
    profile.displayName = QStringLiteral("Billingo");
    profile.auth.type = AuthType::ApiKey;
    profile.auth.header = QByteArrayLiteral("X-API-KEY");
    profile.listPath = QStringLiteral("products");
    profile.itemPath = QStringLiteral("products/{id}");
    profile.itemsKey = QStringLiteral("data");
    profile.totalKey = QStringLiteral("total");
    profile.paging.style = PagingStyle::PageNumber;
    profile.paging.pageParam = QStringLiteral("page");
    profile.paging.perPageParam = QStringLiteral("per_page");
    profile.paging.currentPageKey = QStringLiteral("current_page");
    profile.paging.lastPageKey = QStringLiteral("last_page");
    profile.paging.firstPage = 1;
    profile.paging.maxPageSize = 100;
    profile.updateMethod = UpdateMethod::Put;
    profile.readBeforePut = true;
    profile.fields.id = QStringLiteral("id");
    profile.fields.partNumberMarkerField = QStringLiteral("comment");
    profile.fields.partNumberMarker = QStringLiteral("PN:");
    profile.fields.name = QStringLiteral("name");
    profile.fields.description = QStringLiteral("comment");
    profile.fields.unit = QStringLiteral("unit");
    profile.fields.price = QStringLiteral("net_unit_price");
    profile.fields.priceFormat = PriceFormat::Number;
    profile.fields.currency = QStringLiteral("currency");
    profile.fields.vat = QStringLiteral("vat");
    profile.statusCategories.insert(402, ErpErrorCategory::Configuration); // no subscription with API access
    return profile;
}

RestJsonProfile RestJsonProfile::fromJson(const QJsonObject &json, const QString &settingName)
{
    const ProfileReader root(json, settingName);
    RestJsonProfile profile;
    profile.displayName = root.string(QStringLiteral("name"), profile.displayName);

    // auth
    if (!root.has(QStringLiteral("auth")))
        root.fail(QStringLiteral("auth"), tr("it is missing; give {\"type\": \"none\"} for an API without one."));
    const ProfileReader auth = root.child(QStringLiteral("auth"));
    if (!auth.has(QStringLiteral("type")))
        auth.fail(QStringLiteral("type"), tr("it is missing; give none, bearer, api_key or basic."));
    profile.auth.type = AuthType(auth.choice(QStringLiteral("type"),
                                             {QStringLiteral("none"), QStringLiteral("bearer"),
                                              QStringLiteral("api_key"), QStringLiteral("basic")},
                                             0));
    if (profile.auth.type == AuthType::ApiKey) {
        const QString header = auth.string(QStringLiteral("header"), QString(), true);
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
        if (!token.match(header).hasMatch())
            auth.fail(QStringLiteral("header"), tr("\"%1\" is not an HTTP header name.").arg(header));
        profile.auth.header = header.toLatin1();
        const QString prefix = auth.string(QStringLiteral("prefix"));
        if (prefix.contains(QLatin1Char('\r')) || prefix.contains(QLatin1Char('\n')))
            auth.fail(QStringLiteral("prefix"), tr("it contains a line break."));
        profile.auth.prefix = prefix.toUtf8();
    }

    // paths
    const ProfileReader paths = root.child(QStringLiteral("paths"), true);
    profile.listPath = paths.string(QStringLiteral("list"), QString(), true);
    profile.itemPath = paths.string(QStringLiteral("item"), QString(), true);
    profile.createPath = paths.string(QStringLiteral("create"));
    if (!placeholdersIn(profile.itemPath).contains(idPlaceholder))
        paths.fail(QStringLiteral("item"), tr("it must contain {id}, e.g. \"items/{id}\"."));
    checkPlaceholders(profile.listPath, {}, paths.keyPath(QStringLiteral("list")));
    checkPlaceholders(profile.itemPath, {idPlaceholder}, paths.keyPath(QStringLiteral("item")));
    checkPlaceholders(profile.createPath, {}, paths.keyPath(QStringLiteral("create")));
    for (const auto &[key, path] :
         {std::pair{QStringLiteral("list"), profile.listPath}, std::pair{QStringLiteral("item"), profile.itemPath},
          std::pair{QStringLiteral("create"), profile.createPath}}) {
        if (path.startsWith(QLatin1Char('/')) || path.contains(QStringLiteral("://")) || path.contains(QLatin1Char('?'))
            || path.contains(QLatin1Char('#')))
            paths.fail(key, tr("\"%1\" must be a path relative to the endpoint URL, without a leading /, a query or "
                               "a fragment.")
                                .arg(path));
    }

    profile.itemsKey = root.string(QStringLiteral("items_key"));
    profile.totalKey = root.string(QStringLiteral("total_key"));
    profile.listQuery = root.query(QStringLiteral("list_query"));
    for (const auto &[name, value] : std::as_const(profile.listQuery))
        checkPlaceholders(value, {}, root.keyPath(QStringLiteral("list_query.")) + name);

    // paging
    const ProfileReader paging = root.child(QStringLiteral("paging"));
    profile.paging.style = PagingStyle(paging.choice(QStringLiteral("style"),
                                                     {QStringLiteral("none"), QStringLiteral("next_link"),
                                                      QStringLiteral("page"), QStringLiteral("offset")},
                                                     0));
    profile.paging.maxPageSize = paging.integer(QStringLiteral("max_page_size"), 100, 1, 10000);
    profile.paging.nextLinkKey = paging.string(QStringLiteral("next_link_key"), profile.paging.nextLinkKey);
    profile.paging.preferMaxPageSize = paging.boolean(QStringLiteral("prefer_max_page_size"), false);
    profile.paging.pageParam = paging.string(QStringLiteral("page_param"), profile.paging.pageParam);
    profile.paging.perPageParam = paging.string(QStringLiteral("per_page_param"), profile.paging.perPageParam);
    profile.paging.currentPageKey = paging.string(QStringLiteral("current_page_key"), profile.paging.currentPageKey);
    profile.paging.lastPageKey = paging.string(QStringLiteral("last_page_key"), profile.paging.lastPageKey);
    profile.paging.firstPage = paging.integer(QStringLiteral("first_page"), 1, 0, 1);
    profile.paging.offsetParam = paging.string(QStringLiteral("offset_param"), profile.paging.offsetParam);
    profile.paging.limitParam = paging.string(QStringLiteral("limit_param"), profile.paging.limitParam);
    if (profile.paging.style == PagingStyle::NextLink && profile.paging.nextLinkKey.isEmpty())
        paging.fail(QStringLiteral("next_link_key"), tr("it is empty."));
    if (profile.paging.style != PagingStyle::None && profile.itemsKey.isEmpty()
        && profile.paging.style != PagingStyle::Offset)
        root.fail(QStringLiteral("items_key"),
                  tr("it is missing; with paging style %1 the list response is an object, so name its array.")
                      .arg(paging.value(QStringLiteral("style")).toString()));

    // changes
    if (root.has(QStringLiteral("changes"))) {
        const ProfileReader changes = root.child(QStringLiteral("changes"));
        ChangeCursor cursor;
        cursor.field = changes.string(QStringLiteral("field"), QString(), true);
        cursor.query = changes.query(QStringLiteral("query"));
        bool usesSince = false;
        for (const auto &[name, value] : std::as_const(cursor.query)) {
            checkPlaceholders(value, {sincePlaceholder}, changes.keyPath(QStringLiteral("query.")) + name);
            usesSince = usesSince || placeholdersIn(value).contains(sincePlaceholder);
        }
        if (!usesSince)
            changes.fail(QStringLiteral("query"),
                         tr("no parameter uses {since}, e.g. {\"modified_since\": \"{since}\"}."));
        cursor.format = CursorFormat(
            changes.choice(QStringLiteral("format"),
                           {QStringLiteral("iso8601"), QStringLiteral("iso8601_seconds"), QStringLiteral("date"),
                            QStringLiteral("unix_seconds"), QStringLiteral("unix_ms")},
                           0));
        profile.changes = cursor;
    }

    // lookup
    if (root.has(QStringLiteral("lookup"))) {
        const ProfileReader lookup = root.child(QStringLiteral("lookup"));
        Lookup result;
        result.query = lookup.query(QStringLiteral("query"));
        bool usesValue = false;
        for (const auto &[name, value] : std::as_const(result.query)) {
            checkPlaceholders(value, {valuePlaceholder}, lookup.keyPath(QStringLiteral("query.")) + name);
            usesValue = usesValue || placeholdersIn(value).contains(valuePlaceholder);
        }
        if (!usesValue)
            lookup.fail(QStringLiteral("query"), tr("no parameter uses {value}, e.g. {\"sku\": \"{value}\"}."));
        result.quote = QuoteStyle(
            lookup.choice(QStringLiteral("quote"), {QStringLiteral("none"), QStringLiteral("odata")}, 0));
        profile.lookup = result;
    }

    // etag
    if (root.has(QStringLiteral("etag"))) {
        const ProfileReader etag = root.child(QStringLiteral("etag"));
        ETagSupport support;
        support.field = etag.string(QStringLiteral("field"));
        support.header = etag.string(QStringLiteral("header")).toLatin1();
        support.ifMatch = etag.boolean(QStringLiteral("if_match"), true);
        if (support.field.isEmpty() && support.header.isEmpty())
            root.fail(QStringLiteral("etag"), tr("give its \"field\" in the record or its response \"header\"."));
        profile.etag = support;
    }

    // update
    const ProfileReader update = root.child(QStringLiteral("update"));
    profile.updateMethod = UpdateMethod(
        update.choice(QStringLiteral("method"), {QStringLiteral("patch"), QStringLiteral("put")}, 0));
    profile.readBeforePut = update.boolean(QStringLiteral("read_before_put"), true);

    profile.createDefaults = root.object(QStringLiteral("create_defaults"));
    if (root.has(QStringLiteral("read_only_fields"))) {
        const QJsonValue list = root.value(QStringLiteral("read_only_fields"));
        if (!list.isArray())
            root.fail(QStringLiteral("read_only_fields"), tr("it is %1; give an array of strings.").arg(typeName(list)));
        for (const QJsonValue &item : list.toArray()) {
            if (!item.isString())
                root.fail(QStringLiteral("read_only_fields"), tr("it holds %1; give strings.").arg(typeName(item)));
            profile.readOnlyFields << item.toString();
        }
    }

    // fields
    const ProfileReader fields = root.child(QStringLiteral("fields"), true);
    profile.fields.id = fields.fieldName(QStringLiteral("id"));
    if (profile.fields.id.isEmpty())
        fields.fail(QStringLiteral("id"), tr("it is missing; give the key of the ERP's own id."));
    const QJsonValue partNumber = fields.value(QStringLiteral("part_number"));
    if (partNumber.isObject() && partNumber.toObject().contains(QStringLiteral("marker"))) {
        const ProfileReader marker = fields.child(QStringLiteral("part_number"));
        profile.fields.partNumberMarkerField = marker.string(QStringLiteral("field"), QString(), true);
        profile.fields.partNumberMarker = marker.string(QStringLiteral("marker"), QString(), true);
        if (profile.fields.partNumberMarker.contains(QLatin1Char('\n')))
            marker.fail(QStringLiteral("marker"), tr("it contains a line break."));
    } else {
        profile.fields.partNumber = fields.fieldName(QStringLiteral("part_number"));
        if (profile.fields.partNumber.isEmpty())
            fields.fail(QStringLiteral("part_number"),
                        tr("it is missing; give the key of the part number, or {\"field\": \"comment\", \"marker\": "
                           "\"PN:\"} to keep it as a line in a text field."));
    }
    profile.fields.name = fields.fieldName(QStringLiteral("name"));
    if (profile.fields.name.isEmpty())
        fields.fail(QStringLiteral("name"), tr("it is missing; give the key of the part's name."));
    profile.fields.description = fields.fieldName(QStringLiteral("description"));
    profile.fields.category = fields.fieldName(QStringLiteral("category"));
    profile.fields.unit = fields.fieldName(QStringLiteral("unit"));
    profile.fields.vat = fields.fieldName(QStringLiteral("vat"));
    profile.fields.price = fields.fieldName(QStringLiteral("price"));
    if (fields.value(QStringLiteral("price")).isObject()) {
        const ProfileReader price = fields.child(QStringLiteral("price"));
        profile.fields.priceFormat = PriceFormat(
            price.choice(QStringLiteral("format"), {QStringLiteral("number"), QStringLiteral("string")}, 0));
    }
    const QJsonValue currency = fields.value(QStringLiteral("currency"));
    if (currency.isObject() && currency.toObject().contains(QStringLiteral("fixed"))) {
        const ProfileReader fixed = fields.child(QStringLiteral("currency"));
        profile.fields.fixedCurrency = fixed.string(QStringLiteral("fixed"), QString(), true);
        if (placeholdersIn(profile.fields.fixedCurrency).isEmpty()
            && !currencyPattern().match(profile.fields.fixedCurrency).hasMatch())
            fixed.fail(QStringLiteral("fixed"),
                       tr("\"%1\" is not an ISO 4217 code such as HUF or EUR.").arg(profile.fields.fixedCurrency));
        checkPlaceholders(profile.fields.fixedCurrency, {}, fixed.keyPath(QStringLiteral("fixed")));
    } else {
        profile.fields.currency = fields.fieldName(QStringLiteral("currency"));
    }
    if (!profile.fields.price.isEmpty() && profile.fields.currency.isEmpty() && profile.fields.fixedCurrency.isEmpty())
        fields.fail(QStringLiteral("currency"),
                    tr("a price needs its currency: give the key of the currency, or {\"fixed\": \"HUF\"}."));
    profile.fields.stock = fields.fieldName(QStringLiteral("stock"));
    if (fields.value(QStringLiteral("stock")).isObject())
        profile.fields.stockWritable = fields.child(QStringLiteral("stock")).boolean(QStringLiteral("writable"), false);
    if (profile.changes && profile.fields.id == profile.changes->field)
        fields.fail(QStringLiteral("id"), tr("it is the same key as changes.field."));

    // status_categories
    const ProfileReader statuses = root.child(QStringLiteral("status_categories"));
    const QJsonObject statusObject = root.object(QStringLiteral("status_categories"));
    for (auto it = statusObject.begin(); it != statusObject.end(); ++it) {
        bool ok = false;
        const int status = it.key().toInt(&ok);
        if (!ok || status < 300 || status > 599)
            statuses.fail(it.key(), tr("\"%1\" is not an HTTP error status from 300 to 599.").arg(it.key()));
        const std::optional<ErpErrorCategory> category = it.value().isString() ? categoryFromName(it.value().toString())
                                                                               : std::nullopt;
        if (!category)
            statuses.fail(it.key(), tr("give one of network, timeout, rate_limited, server, authentication, "
                                       "validation, conflict, not_found, not_supported, configuration."));
        profile.statusCategories.insert(status, *category);
    }

    // currency_decimals
    const ProfileReader decimals = root.child(QStringLiteral("currency_decimals"));
    const QJsonObject decimalsObject = root.object(QStringLiteral("currency_decimals"));
    for (auto it = decimalsObject.begin(); it != decimalsObject.end(); ++it) {
        if (!currencyPattern().match(it.key()).hasMatch())
            decimals.fail(it.key(), tr("\"%1\" is not an ISO 4217 code such as HUF or EUR.").arg(it.key()));
        profile.currencyDecimals.insert(it.key(), decimals.integer(it.key(), 2, 0, 4));
    }
    return profile;
}

void RestJsonProfile::resolveSettings(const QJsonObject &settings)
{
    // In paths a setting's value is percent-encoded here, so it stays one segment.
    const auto resolve = [&settings](QString &text, const QString &where, bool path = false) {
        for (const QString &name : placeholdersIn(text)) {
            if (name == idPlaceholder || name == valuePlaceholder || name == sincePlaceholder)
                continue;
            const QJsonValue value = settings.value(name);
            QString replacement;
            if (value.isString())
                replacement = value.toString().trimmed();
            else if (value.isDouble())
                replacement = textOf(value);
            if (replacement.isEmpty())
                throw Error(tr("The integration setting %1 is missing or empty; %2 needs it.")
                                .arg(name, where.isEmpty() ? tr("the profile") : where));
            if (replacement.contains(QLatin1Char('{')) || replacement.contains(QLatin1Char('}')))
                throw Error(tr("The integration setting %1 must not contain { or }.").arg(name));
            text.replace(QLatin1Char('{') + name + QLatin1Char('}'),
                         path ? QString::fromLatin1(QUrl::toPercentEncoding(replacement)) : replacement);
        }
    };
    resolve(listPath, QStringLiteral("the list path"), true);
    resolve(itemPath, QStringLiteral("the item path"), true);
    resolve(createPath, QStringLiteral("the create path"), true);
    for (auto &[name, value] : listQuery)
        resolve(value, QStringLiteral("the list query"));
    if (changes) {
        for (auto &[name, value] : changes->query)
            resolve(value, QStringLiteral("the change query"));
    }
    if (lookup) {
        for (auto &[name, value] : lookup->query)
            resolve(value, QStringLiteral("the lookup query"));
    }
    if (!fields.fixedCurrency.isEmpty()) {
        const bool fromSetting = !placeholdersIn(fields.fixedCurrency).isEmpty();
        const QString before = fields.fixedCurrency;
        resolve(fields.fixedCurrency, tr("the currency of %1's prices").arg(displayName));
        fields.fixedCurrency = fields.fixedCurrency.toUpper();
        if (!currencyPattern().match(fields.fixedCurrency).hasMatch())
            throw Error(tr("The integration setting %1 is \"%2\", which is not an ISO 4217 code such as HUF or EUR.")
                            .arg(fromSetting ? placeholdersIn(before).constFirst() : QStringLiteral("currency"),
                                 fields.fixedCurrency));
    }
}

ErpCapabilities RestJsonProfile::capabilities() const
{
    ErpCapabilities capabilities;
    capabilities.deltaQueries = changes.has_value();
    capabilities.dateOnlyCursor = changes && changes->format == CursorFormat::Date;
    capabilities.etags = etag && etag->ifMatch;
    capabilities.writableStock = !fields.stock.isEmpty() && fields.stockWritable;
    capabilities.naturalKeyLookup = lookup.has_value();
    capabilities.deletes = false;
    return capabilities;
}

QStringList RestJsonProfile::mappedFields() const
{
    QStringList mapped{QStringLiteral("externalId"), QStringLiteral("partNumber"), QStringLiteral("name")};
    if (!fields.description.isEmpty())
        mapped << QStringLiteral("description");
    if (!fields.category.isEmpty())
        mapped << QStringLiteral("category");
    if (!fields.unit.isEmpty())
        mapped << QStringLiteral("unit");
    if (!fields.price.isEmpty())
        mapped << QStringLiteral("unitPriceMinor") << QStringLiteral("currency");
    if (!fields.vat.isEmpty())
        mapped << QStringLiteral("vatCode");
    if (!fields.stock.isEmpty())
        mapped << QStringLiteral("stockQuantity");
    if (etag)
        mapped << QStringLiteral("etag");
    if (changes)
        mapped << QStringLiteral("modifiedAt");
    return mapped;
}

std::pair<QString, QString> RestJsonProfile::splitMarkerText(const QString &text) const
{
    QStringList lines = text.split(QLatin1Char('\n'));
    QString partNumber;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(fields.partNumberMarker)) {
            partNumber = line.mid(fields.partNumberMarker.size()).trimmed();
            lines.removeAt(i);
            break;
        }
    }
    QString rest = lines.join(QLatin1Char('\n'));
    while (rest.endsWith(QLatin1Char('\n')) || rest.endsWith(QLatin1Char('\r')))
        rest.chop(1);
    return {partNumber, rest};
}

QString RestJsonProfile::joinMarkerText(const QString &partNumber, const QString &description) const
{
    const QString marker = fields.partNumberMarker + partNumber;
    if (description.isEmpty())
        return marker;
    return description + QLatin1Char('\n') + marker;
}

ErpResult<RemotePart> RestJsonProfile::partFromJson(const QJsonObject &record) const
{
    RemotePart part;
    part.raw = record;
    part.externalId = textOf(record.value(fields.id));
    if (!fields.partNumber.isEmpty())
        part.partNumber = textOf(record.value(fields.partNumber)).trimmed();
    QString description = fields.description.isEmpty() ? QString() : textOf(record.value(fields.description));
    if (!fields.partNumberMarkerField.isEmpty()) {
        const auto [partNumber, rest] = splitMarkerText(textOf(record.value(fields.partNumberMarkerField)));
        part.partNumber = partNumber;
        if (fields.partNumberMarkerField == fields.description)
            description = rest;
    }
    part.description = description;
    const auto text = [&record](const QString &key) { return key.isEmpty() ? QString() : textOf(record.value(key)); };
    part.name = text(fields.name);
    part.category = text(fields.category);
    part.unit = text(fields.unit);
    part.vatCode = text(fields.vat);

    // Names the record in messages: its part number, else its id.
    const QString who = part.partNumber.isEmpty()
                            ? tr("%1 record %2").arg(displayName, part.externalId)
                            : tr("%1 record %2 (%3)").arg(displayName, part.externalId, part.partNumber);

    if (!fields.price.isEmpty()) {
        part.currency = fields.fixedCurrency.isEmpty() ? text(fields.currency).trimmed().toUpper()
                                                       : fields.fixedCurrency;
        const QJsonValue price = record.value(fields.price);
        if (!price.isNull() && !price.isUndefined()) {
            const QString decimalText = decimalTextOf(price);
            if (decimalText.isEmpty())
                return ErpResult<RemotePart>::failure(validationError(
                    tr("%1: the price field %2 is %3, not a number.").arg(who, fields.price, typeName(price))));
            if (!currencyPattern().match(part.currency).hasMatch())
                return ErpResult<RemotePart>::failure(
                    validationError(tr("%1: the price %2 = %3 has no valid currency (\"%4\" is not an ISO 4217 code).")
                                        .arg(who, fields.price, decimalText, part.currency)));
            QString problem;
            const std::optional<qint64> minor = parseDecimal(decimalText, decimalsOf(part.currency), &problem);
            if (!minor)
                return ErpResult<RemotePart>::failure(
                    validationError(tr("%1: the price field %2 = %3 %4 cannot be stored exactly: %5")
                                        .arg(who, fields.price, decimalText, part.currency, problem),
                                    decimalText));
            part.unitPriceMinor = minor;
        }
    }

    if (!fields.stock.isEmpty()) {
        const QJsonValue stock = record.value(fields.stock);
        const QString stockText = decimalTextOf(stock);
        if (!stockText.isEmpty()) {
            // Whole units only; a fractional stock (kg, m) is left out rather than rounded.
            part.stockQuantity = parseDecimal(stockText, 0);
        }
    }

    if (etag && !etag->field.isEmpty())
        part.etag = textOf(record.value(etag->field));
    if (changes) {
        const QJsonValue modified = record.value(changes->field);
        if (modified.isString()) {
            QDateTime at = QDateTime::fromString(modified.toString(), Qt::ISODateWithMs);
            if (!at.isValid())
                at = QDateTime::fromString(modified.toString(), Qt::ISODate);
            part.modifiedAt = at.toUTC();
        } else if (modified.isDouble()) {
            const qint64 number = modified.toInteger();
            part.modifiedAt = changes->format == CursorFormat::UnixMilliseconds
                                  ? QDateTime::fromMSecsSinceEpoch(number, Qt::UTC)
                                  : QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
        }
    }
    return ErpResult<RemotePart>::success(std::move(part));
}

ErpResult<QJsonObject> RestJsonProfile::jsonFromPart(const RemotePart &part) const
{
    QJsonObject json;
    if (part.partNumber.contains(QLatin1Char('\n')) || part.partNumber.contains(QLatin1Char('\r')))
        return ErpResult<QJsonObject>::failure(validationError(tr("The part number contains a line break.")));
    if (!fields.partNumber.isEmpty())
        json.insert(fields.partNumber, part.partNumber);
    if (!fields.partNumberMarkerField.isEmpty()) {
        const QString description = fields.partNumberMarkerField == fields.description ? part.description : QString();
        json.insert(fields.partNumberMarkerField, joinMarkerText(part.partNumber, description));
    }
    json.insert(fields.name, part.name);
    if (!fields.description.isEmpty() && fields.description != fields.partNumberMarkerField)
        json.insert(fields.description, part.description);
    if (!fields.category.isEmpty())
        json.insert(fields.category, part.category);
    if (!fields.unit.isEmpty())
        json.insert(fields.unit, part.unit);
    if (!fields.vat.isEmpty())
        json.insert(fields.vat, part.vatCode);

    if (!fields.price.isEmpty() && part.unitPriceMinor) {
        const QString currency = part.currency.trimmed().toUpper();
        if (!currencyPattern().match(currency).hasMatch())
            return ErpResult<QJsonObject>::failure(validationError(
                tr("The part's currency \"%1\" is not an ISO 4217 code such as HUF or EUR; %2 needs it for %3.")
                    .arg(part.currency, displayName, fields.price)));
        if (!fields.fixedCurrency.isEmpty() && currency != fields.fixedCurrency)
            return ErpResult<QJsonObject>::failure(
                validationError(tr("The part's price is in %1, but %2 holds every price (%3) in %4; convert it first.")
                                    .arg(currency, displayName, fields.price, fields.fixedCurrency)));
        const qint64 minor = *part.unitPriceMinor;
        if (minor > maxMinorUnits || minor < -maxMinorUnits)
            return ErpResult<QJsonObject>::failure(
                validationError(tr("The price %1 (minor units) is too large for %2.").arg(minor).arg(fields.price)));
        const QString text = formatDecimal(minor, decimalsOf(currency));
        if (fields.priceFormat == PriceFormat::String)
            json.insert(fields.price, text);
        else if (decimalsOf(currency) == 0)
            json.insert(fields.price, minor);
        else
            json.insert(fields.price, text.toDouble()); // the nearest double; written back as the same text
        if (!fields.currency.isEmpty())
            json.insert(fields.currency, currency);
    } else if (!fields.currency.isEmpty() && !part.currency.isEmpty()) {
        json.insert(fields.currency, part.currency.trimmed().toUpper());
    }

    if (!fields.stock.isEmpty() && fields.stockWritable && part.stockQuantity)
        json.insert(fields.stock, *part.stockQuantity);
    return ErpResult<QJsonObject>::success(std::move(json));
}

int RestJsonProfile::decimalsOf(const QString &currency) const
{
    const auto it = currencyDecimals.constFind(currency);
    return it != currencyDecimals.cend() ? *it : defaultDecimalsOf(currency);
}

int RestJsonProfile::defaultDecimalsOf(const QString &currency)
{
    // HUF: GarageReg keeps forints whole (ISO 4217 still lists 2 decimals; nobody uses fillér).
    static const QStringList zero{QStringLiteral("HUF"), QStringLiteral("JPY"), QStringLiteral("KRW"),
                                  QStringLiteral("ISK"), QStringLiteral("CLP"), QStringLiteral("VND"),
                                  QStringLiteral("PYG"), QStringLiteral("UGX"), QStringLiteral("XAF"),
                                  QStringLiteral("XOF"), QStringLiteral("XPF"), QStringLiteral("RWF"),
                                  QStringLiteral("KMF"), QStringLiteral("GNF"), QStringLiteral("DJF"),
                                  QStringLiteral("BIF"), QStringLiteral("VUV")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                   QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("LYD"),
                                   QStringLiteral("IQD")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

std::optional<qint64> RestJsonProfile::parseDecimal(QStringView text, int decimals, QString *problem)
{
    const auto fail = [problem](const QString &why) -> std::optional<qint64> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QStringView rest = text.trimmed();
    bool negative = false;
    if (rest.startsWith(QLatin1Char('-')) || rest.startsWith(QLatin1Char('+'))) {
        negative = rest.front() == QLatin1Char('-');
        rest = rest.mid(1);
    }
    const qsizetype point = rest.indexOf(QLatin1Char('.'));
    const QStringView whole = point < 0 ? rest : rest.left(point);
    QStringView fraction = point < 0 ? QStringView() : rest.mid(point + 1);
    const auto allDigits = [](QStringView digits) {
        return std::all_of(digits.begin(), digits.end(),
                           [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    if (whole.isEmpty() || !allDigits(whole) || !allDigits(fraction) || (point >= 0 && fraction.isEmpty()))
        return fail(tr("\"%1\" is not a decimal number such as 12999.50.").arg(text.toString()));
    // Zeros beyond the currency's decimals change nothing; other digits would be lost.
    while (fraction.size() > decimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > decimals)
        return fail(decimals == 0 ? tr("it has %1 decimals; the currency has none.").arg(fraction.size())
                                  : tr("it has %1 decimals; the currency has %2.").arg(fraction.size()).arg(decimals));
    QString digits = whole.toString() + fraction.toString();
    digits += QString(decimals - fraction.size(), QLatin1Char('0'));
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > 15)
        return fail(tr("it is too large to be kept exactly."));
    const qint64 value = digits.toLongLong();
    return negative ? -value : value;
}

QString RestJsonProfile::formatDecimal(qint64 minor, int decimals)
{
    const bool negative = minor < 0;
    QString digits = QString::number(negative ? -minor : minor);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits = QString(decimals - digits.size() + 1, QLatin1Char('0')) + digits;
        digits.insert(digits.size() - decimals, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

} // namespace garagereg
