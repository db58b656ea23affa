#include "models/storage/PartRepository.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/RepositorySupport.h"
#include "models/storage/SqlQuery.h"

namespace garagereg {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, part_number, name, description, category, unit, unit_price_minor, currency, vat_code,"
    " stock_quantity, minimum_stock, supplier, deleted_at, created_at, updated_at FROM parts");
} // namespace

PartRepository::PartRepository(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

void PartRepository::bindFields(SqlQuery &query, const Part &part)
{
    query.bind(QStringLiteral(":part_number"), part.partNumber)
        .bind(QStringLiteral(":name"), part.name)
        .bind(QStringLiteral(":description"), part.description.isNull() ? QString(QLatin1String("")) : part.description)
        .bind(QStringLiteral(":category"), nullableText(part.category))
        .bind(QStringLiteral(":unit"), part.unit)
        .bind(QStringLiteral(":unit_price_minor"), part.unitPriceMinor)
        .bind(QStringLiteral(":currency"), part.currency)
        .bind(QStringLiteral(":vat_code"), nullableText(part.vatCode))
        .bind(QStringLiteral(":stock_quantity"), part.stockQuantity)
        .bind(QStringLiteral(":minimum_stock"), part.minimumStock)
        .bind(QStringLiteral(":supplier"), nullableText(part.supplier))
        .bind(QStringLiteral(":deleted_at"), toDbTime(part.deletedAt))
        .bind(QStringLiteral(":updated_at"), toDbTime(part.updatedAt));
}

Part PartRepository::fromRow(const SqlQuery &query)
{
    Part part;
    part.id = query.value(0).toLongLong();
    part.partNumber = query.value(1).toString();
    part.name = query.value(2).toString();
    part.description = query.value(3).toString();
    part.category = query.value(4).toString();
    part.unit = query.value(5).toString();
    part.unitPriceMinor = query.value(6).toLongLong();
    part.currency = query.value(7).toString();
    part.vatCode = query.value(8).toString();
    part.stockQuantity = query.value(9).toLongLong();
    part.minimumStock = query.value(10).toLongLong();
    part.supplier = query.value(11).toString();
    part.deletedAt = fromDbTime(query.value(12));
    part.createdAt = fromDbTime(query.value(13));
    part.updatedAt = fromDbTime(query.value(14));
    return part;
}

Part PartRepository::prepareCreate(Part part) const
{
    throwIfInvalid(tr("The part"), PartValidator::problems(part));
    part.createdAt = part.updatedAt = m_clock.now();
    return part;
}

void PartRepository::appendValues(QVariantList &values, const Part &part)
{
    values << part.partNumber << part.name
           << (part.description.isNull() ? QString(QLatin1String("")) : part.description) << nullableText(part.category)
           << part.unit << part.unitPriceMinor << part.currency << nullableText(part.vatCode) << part.stockQuantity
           << part.minimumStock << nullableText(part.supplier) << toDbTime(part.deletedAt) << toDbTime(part.createdAt)
           << toDbTime(part.updatedAt);
}

void PartRepository::insertPrepared(QList<Part> &parts)
{
    constexpr qsizetype columns = 14;
    forEachRowChunk(parts.size(), columns, [&](qsizetype start, qsizetype rows) {
        SqlQuery &query = m_statements.get(m_database.connection(), QStringLiteral("insert parts %1").arg(rows), [&] {
            return QStringLiteral(
                       "INSERT INTO parts (part_number, name, description, category, unit, unit_price_minor,"
                       " currency, vat_code, stock_quantity, minimum_stock, supplier, deleted_at, created_at,"
                       " updated_at) VALUES %1 RETURNING id, part_number")
                .arg(rowPlaceholders(rows, columns));
        });
        QVariantList values;
        values.reserve(rows * columns);
        QHash<QString, qsizetype> byNumber;
        for (qsizetype i = start; i < start + rows; ++i) {
            appendValues(values, parts.at(i));
            byNumber.insert(parts.at(i).partNumber, i);
        }
        bindAll(query, values);
        query.exec();
        qsizetype returned = 0;
        while (query.next()) {
            // Matched by number: the order of RETURNING rows is not promised.
            const auto found = byNumber.constFind(query.value(1).toString());
            if (found != byNumber.cend()) {
                parts[*found].id = query.value(0).toLongLong();
                ++returned;
            }
        }
        query.finish();
        if (returned != rows)
            throw Error(tr("Storing %1 parts returned %2 ids.").arg(rows).arg(returned));
        for (qsizetype i = start; i < start + rows; ++i) {
            if (parts.at(i).description.isNull())
                parts[i].description = QLatin1String("");
        }
    });
}

Part PartRepository::create(Part part)
{
    part = prepareCreate(std::move(part));
    if (findByNumber(part.partNumber))
        throw Error(tr("A part with the number \"%1\" already exists.").arg(part.partNumber));
    SqlQuery &query =
        m_statements.get(m_database.connection(),
                         QStringLiteral(
                             "INSERT INTO parts (part_number, name, description, category, unit, unit_price_minor,"
                             " currency, vat_code, stock_quantity, minimum_stock, supplier, deleted_at, created_at,"
                             " updated_at) VALUES (:part_number, :name, :description, :category, :unit,"
                             " :unit_price_minor, :currency, :vat_code, :stock_quantity, :minimum_stock, :supplier,"
                             " :deleted_at, :created_at, :updated_at) RETURNING id"));
    bindFields(query, part);
    query.bind(QStringLiteral(":created_at"), toDbTime(part.createdAt));
    part.id = query.scalar().toLongLong();
    if (part.description.isNull())
        part.description = QLatin1String("");
    return part;
}

Part PartRepository::update(Part part)
{
    throwIfInvalid(tr("The part"), PartValidator::problems(part));
    part.updatedAt = m_clock.now();
    SqlQuery &query =
        m_statements.get(m_database.connection(),
                         QStringLiteral(
                             "UPDATE parts SET part_number = :part_number, name = :name, description = :description,"
                             " category = :category, unit = :unit, unit_price_minor = :unit_price_minor,"
                             " currency = :currency, vat_code = :vat_code, stock_quantity = :stock_quantity,"
                             " minimum_stock = :minimum_stock, supplier = :supplier, deleted_at = :deleted_at,"
                             " updated_at = :updated_at WHERE id = :id"));
    bindFields(query, part);
    query.bind(QStringLiteral(":id"), part.id).exec();
    const bool updated = query.rowsAffected() > 0;
    query.finish();
    if (!updated)
        throw Error(tr("There is no part with id %1.").arg(part.id));
    return *findByNumber(part.partNumber);
}

std::optional<Part> PartRepository::findByNumber(const QString &partNumber) const
{
    SqlQuery &query = m_statements.get(m_database.connection(),
                                       selectColumns + QStringLiteral(" WHERE part_number = :number"));
    query.bind(QStringLiteral(":number"), partNumber).exec();
    std::optional<Part> part;
    if (query.next())
        part = fromRow(query);
    query.finish();
    return part;
}

QHash<QString, Part> PartRepository::findByNumbers(const QStringList &partNumbers) const
{
    QHash<QString, Part> found;
    forEachChunk(partNumbers, [&](const QStringList &chunk) {
        SqlQuery query(m_database.connection(),
                       selectColumns + QStringLiteral(" WHERE part_number IN (%1)").arg(placeholders(chunk.size())));
        bindAll(query, chunk);
        query.exec();
        while (query.next()) {
            Part part = fromRow(query);
            const QString number = part.partNumber;
            found.insert(number, std::move(part));
        }
    });
    return found;
}

QList<Part> PartRepository::list(bool includeDeleted) const
{
    SqlQuery query(m_database.connection(),
                   selectColumns + (includeDeleted ? QString() : QStringLiteral(" WHERE deleted_at IS NULL"))
                       + QStringLiteral(" ORDER BY part_number"));
    query.exec();
    QList<Part> parts;
    while (query.next())
        parts.append(fromRow(query));
    return parts;
}

QList<Part> PartRepository::search(const QString &text, bool lowStockOnly, bool includeDeleted) const
{
    QStringList conditions;
    if (!includeDeleted)
        conditions << QStringLiteral("deleted_at IS NULL");
    if (lowStockOnly)
        conditions << QStringLiteral("stock_quantity < minimum_stock");
    if (!text.isEmpty())
        conditions << QStringLiteral(
            "(LOWER(part_number) LIKE :text OR LOWER(name) LIKE :text2 OR LOWER(category) LIKE :text3)");
    SqlQuery query(m_database.connection(),
                   selectColumns
                       + (conditions.isEmpty() ? QString()
                                               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
                       + QStringLiteral(" ORDER BY part_number"));
    if (!text.isEmpty()) {
        const QString pattern = QLatin1Char('%') + text.toLower() + QLatin1Char('%');
        query.bind(QStringLiteral(":text"), pattern)
            .bind(QStringLiteral(":text2"), pattern)
            .bind(QStringLiteral(":text3"), pattern);
    }
    query.exec();
    QList<Part> parts;
    while (query.next())
        parts.append(fromRow(query));
    return parts;
}

void PartRepository::markDeleted(const QString &partNumber)
{
    const QVariant now = toDbTime(m_clock.now());
    SqlQuery query(m_database.connection(),
                   QStringLiteral("UPDATE parts SET deleted_at = :now, updated_at = :now2 WHERE part_number = :number"
                                  " AND deleted_at IS NULL"));
    query.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":now2"), now)
        .bind(QStringLiteral(":number"), partNumber)
        .exec();
    if (query.rowsAffected() == 0)
        throw Error(tr("There is no part \"%1\" to delete.").arg(partNumber));
}

} // namespace garagereg
