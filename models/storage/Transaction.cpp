#include "models/storage/Transaction.h"

#include "models/storage/SqlQuery.h"

#include <QSqlQuery>

namespace garagereg {

Transaction::Transaction(QSqlDatabase db, Backend backend)
    : m_db(std::move(db))
{
    execSql(m_db, backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK")); // best effort: the error that got us here matters more
    }
}

void Transaction::commit()
{
    execSql(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace garagereg
