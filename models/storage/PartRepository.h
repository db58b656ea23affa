#pragma once

#include "models/domain/Part.h"
#include "models/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace garagereg {

class Clock;
class Database;

// Stores the local spare-part catalogue. Parts are never removed: deletion
// leaves a tombstone (deleted_at) that the ERP sync can propagate.
class PartRepository
{
    Q_DECLARE_TR_FUNCTIONS(PartRepository)

public:
    PartRepository(const Database &database, const Clock &clock);

    Part create(Part part);
    // A new part as create() would store it (validated, timestamps set), not yet stored.
    // Throws garagereg::Error when it is not valid.
    Part prepareCreate(Part part) const;
    // Stores parts from prepareCreate() whose numbers are known to be free, in
    // multi-row statements, and fills in their ids.
    void insertPrepared(QList<Part> &parts);
    Part update(Part part);
    std::optional<Part> findByNumber(const QString &partNumber) const;
    // The parts with these numbers (tombstones too), by number; absent numbers are not here.
    QHash<QString, Part> findByNumbers(const QStringList &partNumbers) const;
    // Live parts ordered by part number; tombstones only when asked for.
    QList<Part> list(bool includeDeleted = false) const;
    // Parts whose number, name or category contains `text` (any case), optionally only those below their minimum stock.
    QList<Part> search(const QString &text, bool lowStockOnly, bool includeDeleted = false) const;
    void markDeleted(const QString &partNumber);

private:
    static Part fromRow(const SqlQuery &query);
    static void bindFields(SqlQuery &query, const Part &part);
    static void appendValues(QVariantList &values, const Part &part);

    const Database &m_database;
    const Clock &m_clock;
    mutable StatementCache m_statements; // the per-record statements of a sync
};

} // namespace garagereg
