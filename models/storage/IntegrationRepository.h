#pragma once

#include "models/domain/Integration.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace garagereg {

class Clock;
class Database;
class SqlQuery;

// Stores integrations. Validates before writing; throws garagereg::Error.
class IntegrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationRepository)

public:
    IntegrationRepository(const Database &database, const Clock &clock);

    // Returns the stored integration with its id and timestamps.
    Integration create(Integration integration);
    Integration update(Integration integration);
    std::optional<Integration> find(qint64 id) const;
    QList<Integration> list() const;
    void setActive(qint64 id, bool active);
    void remove(qint64 id);

private:
    static Integration fromRow(const SqlQuery &query);
    static void bindFields(SqlQuery &query, const Integration &integration);
    void requireExists(qint64 id, int rowsAffected) const;

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace garagereg
