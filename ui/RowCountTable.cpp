#include "ui/RowCountTable.h"

#include "ui/Sections.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace garagereg {

RowCountTable::RowCountTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("rowCountTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(ContentsColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(TableColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setMinimumSectionSize(120);
    retranslateUi();
}

void RowCountTable::setTables(const QStringList &tables)
{
    m_tables = tables;
    rebuildRows();
}

void RowCountTable::setCounts(const QHash<QString, qint64> &counts)
{
    m_counts = counts;
    rebuildRows();
}

void RowCountTable::rebuildRows()
{
    setRowCount(int(m_tables.size()));
    const QLocale locale;
    for (int row = 0; row < m_tables.size(); ++row) {
        const QString &table = m_tables.at(row);

        auto *contents = new QTableWidgetItem(SectionInfo::tableDescription(table));
        auto *name = new QTableWidgetItem(table);
        name->setForeground(palette().brush(QPalette::PlaceholderText));
        QFont mono = name->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        name->setFont(mono);

        auto *rows = new QTableWidgetItem;
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const auto count = m_counts.constFind(table);
        if (count != m_counts.constEnd()) {
            rows->setText(locale.toString(*count));
            rows->setData(Qt::UserRole, *count);
        } else {
            rows->setText(QStringLiteral("\u2014"));
            rows->setToolTip(tr("The database has no table \"%1\".").arg(table));
        }
        setItem(row, ContentsColumn, contents);
        setItem(row, TableColumn, name);
        setItem(row, RowsColumn, rows);
    }
    updateGeometry();
}

QSize RowCountTable::sizeHint() const
{
    const int rowsHeight = verticalHeader()->defaultSectionSize() * rowCount();
    const int height = horizontalHeader()->sizeHint().height() + rowsHeight + 2 * frameWidth();
    return {QTableWidget::sizeHint().width(), height};
}

QSize RowCountTable::minimumSizeHint() const
{
    return {QTableWidget::minimumSizeHint().width(), sizeHint().height()};
}

void RowCountTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void RowCountTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Contents"), tr("Table"), tr("Rows")});
    horizontalHeaderItem(RowsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Table descriptions and number formats follow the language.
    rebuildRows();
}

} // namespace garagereg
