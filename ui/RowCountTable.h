#pragma once

#include "models/storage/DatabaseInspector.h"

#include <QHash>
#include <QStringList>
#include <QTableWidget>

namespace garagereg {

// A read-only table of database tables and their row counts: what the table
// holds, its name and the number of rows. Its height fits its rows, so a page
// does not show an empty scroll area under three lines.
class RowCountTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { ContentsColumn, TableColumn, RowsColumn, ColumnCount };

    explicit RowCountTable(QWidget *parent = nullptr);

    // The tables to list, in this order.
    void setTables(const QStringList &tables);
    QStringList tables() const { return m_tables; }

    // Shows the counts of the listed tables; a listed table without a count
    // (missing from the database) shows a dash.
    void setCounts(const QHash<QString, qint64> &counts);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildRows();

    QStringList m_tables;
    QHash<QString, qint64> m_counts;
};

} // namespace garagereg
