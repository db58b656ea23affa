#include "ui/DashboardPage.h"

#include "ui/RowCountTable.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace garagereg {

SummaryCard::SummaryCard(Section section, QWidget *parent)
    : QFrame(parent)
    , m_section(section)
{
    setObjectName(QStringLiteral("card-") + SectionInfo::key(section));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("cardValue"));
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    m_value->setForegroundRole(QPalette::Highlight);

    // The table the number counts, by its name in the schema.
    m_caption = new QLabel(SectionInfo::primaryTable(section), this);
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont captionFont = m_caption->font();
    captionFont.setFamily(QStringLiteral("monospace"));
    captionFont.setStyleHint(QFont::TypeWriter);
    m_caption->setFont(captionFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    retranslateUi();
}

void SummaryCard::setCount(std::optional<qint64> count)
{
    m_count = count;
    m_value->setText(m_count ? QLocale().toString(*m_count) : QStringLiteral("\u2014"));
}

void SummaryCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SummaryCard::retranslateUi()
{
    m_title->setText(SectionInfo::title(m_section));
    m_caption->setToolTip(SectionInfo::tableDescription(SectionInfo::primaryTable(m_section)));
    setCount(m_count); // the number format follows the language
}

DashboardPage::DashboardPage(QWidget *parent)
    : Page(Section::Dashboard, parent)
{
    auto *cards = new QGridLayout;
    cards->setHorizontalSpacing(12);
    cards->setVerticalSpacing(12);
    constexpr int columns = 5;
    QStringList tables;
    for (const Section section : SectionInfo::all()) {
        if (section == Section::Dashboard)
            continue;
        auto *card = new SummaryCard(section, this);
        cards->addWidget(card, int(m_cards.size()) / columns, int(m_cards.size()) % columns);
        m_cards.append(card);
        tables += SectionInfo::tables(section);
    }
    for (int column = 0; column < columns; ++column)
        cards->setColumnStretch(column, 1);
    contentLayout()->addLayout(cards);
    contentLayout()->addSpacing(12);

    m_tablesHeading = new QLabel(this);
    m_tablesHeading->setObjectName(QStringLiteral("tablesHeading"));
    QFont headingFont = m_tablesHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_tablesHeading->setFont(headingFont);
    m_table = new RowCountTable(this);
    m_table->setTables(tables);
    contentLayout()->addWidget(m_tablesHeading);
    contentLayout()->addWidget(m_table);
    DashboardPage::retranslateUi();
}

void DashboardPage::setRowCounts(const RowCounts &counts)
{
    for (SummaryCard *card : std::as_const(m_cards)) {
        const auto count = counts.constFind(SectionInfo::primaryTable(card->section()));
        card->setCount(count == counts.constEnd() ? std::nullopt : std::optional<qint64>(*count));
    }

    // The tables of the sections first, in section order, then the rest of the
    // schema (history, metadata, cursors) by name.
    QStringList tables;
    for (const Section section : SectionInfo::all())
        tables += SectionInfo::tables(section);
    QStringList others;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (!tables.contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    m_table->setTables(tables + others);
    m_table->setCounts(counts);
}

void DashboardPage::retranslateUi()
{
    Page::retranslateUi();
    m_tablesHeading->setText(tr("Every table of the database"));
}

} // namespace garagereg
