#pragma once

#include "models/storage/DatabaseUrl.h"

#include <QSqlDatabase>

namespace garagereg {

// A write transaction that rolls back unless commit() is called.
// On SQLite it takes the write lock up front (BEGIN IMMEDIATE), so two writers
// wait for each other through the busy timeout instead of failing half-way.
class Transaction
{
public:
    Transaction(QSqlDatabase db, Backend backend);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = true;
};

} // namespace garagereg
