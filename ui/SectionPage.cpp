#include "ui/SectionPage.h"

#include "ui/RowCountTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace garagereg {

namespace {

QLabel *makeHeading(QWidget *parent)
{
    auto *heading = new QLabel(parent);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    return heading;
}

} // namespace

SectionPage::SectionPage(Section section, QWidget *parent)
    : Page(section, parent)
{
    m_tablesHeading = makeHeading(this);
    m_tablesHeading->setObjectName(QStringLiteral("tablesHeading"));
    m_table = new RowCountTable(this);
    m_table->setTables(SectionInfo::tables(section));
    contentLayout()->addWidget(m_tablesHeading);
    contentLayout()->addWidget(m_table);
    SectionPage::retranslateUi();
}

void SectionPage::setRowCounts(const RowCounts &counts)
{
    m_table->setCounts(counts);
}

void SectionPage::retranslateUi()
{
    Page::retranslateUi();
    m_tablesHeading->setText(tr("Stored in the database"));
}

} // namespace garagereg
