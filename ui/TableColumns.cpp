#include "ui/TableColumns.h"

#include <QHeaderView>
#include <QTableView>

namespace garagereg {

void fitColumnsOnce(QTableView *table, int widestColumn)
{
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > widestColumn)
            header->resizeSection(column, widestColumn);
    }
}

} // namespace garagereg
