#include "ui/PartsPage.h"

#include "models/common/Error.h"
#include "models/items/PartTableModel.h"
#include "ui/GuiServices.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace garagereg {

namespace {

// Paints rows below their minimum stock in a warm tint, whatever the style.
class LowStockDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(PartTableModel::LowStockRole).toBool())
            painter->fillRect(option.rect, QColor(255, 228, 196));
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace

PartsPage::PartsPage(GuiServices &services, QWidget *parent)
    : Page(Section::Parts, parent)
    , m_model(new PartTableModel(services.database, services.clock, this))
    , m_search(new QLineEdit)
    , m_lowStockOnly(new QCheckBox)
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("partSearch"));
    m_search->setClearButtonEnabled(true);
    m_lowStockOnly->setObjectName(QStringLiteral("lowStockOnly"));
    m_table->setObjectName(QStringLiteral("partsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LowStockDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows stay fast
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("partsStatus"));

    // Typing waits a moment before querying, so a fast typist causes one query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PartsPage::reload);
    connect(m_lowStockOnly, &QCheckBox::toggled, this, &PartsPage::reload);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_lowStockOnly);
    contentLayout()->addLayout(filters);
    setContentFillsHeight(true);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(m_status);
    retranslateUi();
    reload();
}

void PartsPage::reload()
{
    try {
        m_model->setSearchText(m_search->text());
        m_model->setLowStockOnly(m_lowStockOnly->isChecked());
        int low = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            low += m_model->partAt(row).isLowOnStock() ? 1 : 0;
        m_status->setText(tr("%n part(s) shown, ", nullptr, m_model->rowCount())
                          + tr("%n below minimum stock.", nullptr, low));
    } catch (const Error &error) {
        m_status->setText(tr("The catalogue could not be read: %1").arg(error.message()));
    }
}

void PartsPage::setRowCounts(const RowCounts &)
{
    reload();
}

void PartsPage::retranslateUi()
{
    Page::retranslateUi();
    m_search->setPlaceholderText(tr("Search by part number, name or category"));
    m_lowStockOnly->setText(tr("Only below minimum stock"));
    reload();
}

} // namespace garagereg
