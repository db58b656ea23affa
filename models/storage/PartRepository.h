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

    const Database &m_database;
    const Clock &m_clock;
    mutable StatementCache m_statements; // the per-record statements of a sync
};

} // namespace garagereg
